/** What happens to an entry's data just before Decap writes it: empty values removed, the body made MDX-safe. */
import { emptyValuePaths, type DataPath } from '../lib/cms/empty-values.ts';
import { escapeMdxText } from '../lib/cms/escape-mdx.ts';

/** The parts of Decap's Immutable.js entry data used here. */
export interface EntryData {
  toJS(): unknown;
  get(key: string): unknown;
  set(key: string, value: unknown): EntryData;
  deleteIn(path: DataPath): EntryData;
}

export function prepareForSave(data: EntryData): EntryData {
  let prepared = data;
  for (const path of emptyValuePaths(data.toJS())) prepared = prepared.deleteIn(path);
  const body = prepared.get('body');
  return typeof body === 'string' ? prepared.set('body', escapeMdxText(body)) : prepared;
}
