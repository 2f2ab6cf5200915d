/** What happens to an entry's data just before Decap writes it: empty values removed, a changed body made MDX-safe. */
import { emptyValuePaths, type DataPath } from '../lib/cms/empty-values.ts';
import { SOURCE_KEY } from '../lib/cms/entry-file.ts';
import { makeMdxSafe } from '../lib/cms/escape-mdx.ts';
import { splitFrontmatter } from '../lib/content/source.ts';

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
  if (typeof body !== 'string' || body === originalBody(prepared)) return prepared;
  return prepared.set('body', makeMdxSafe(body));
}

/** The body as the file held it when the entry was opened: an untouched body is saved as it was, byte for byte. */
function originalBody(data: EntryData): string | undefined {
  const source = data.get(SOURCE_KEY);
  return typeof source === 'string' ? splitFrontmatter(source).body : undefined;
}
