/**
 * How the CMS reads a content or settings file into the data its form edits, and writes the data back:
 * the project's own Decap format (src/cms/format.ts registers it). Reading goes through the content reader
 * (src/lib/content/source.ts), so the form holds what the check and the site read. Writing edits the file's
 * own text (edit-yaml.ts): untouched fields, comments and quotes stay as they were, and the body is written
 * exactly as the form holds it, so an untouched body is the same bytes.
 *
 * Decap gives a format the entry's data and nothing else, so the text the entry was read from travels with
 * the data under SOURCE_KEY. It is never written to the file, and the previews and the draft check drop it.
 */
import { readFields, splitFrontmatter } from '../content/source.ts';
import { isSameData } from '../content/same-data.ts';
import { editYaml, newYaml } from './edit-yaml.ts';

export type EntryFileKind = 'frontmatter' | 'yaml';
type Data = Record<string, unknown>;

export const SOURCE_KEY = '__source';

/** The names the config gives these formats, and src/cms/format.ts registers them under. */
export const ENTRY_FORMATS = { frontmatter: 'hub-frontmatter', yaml: 'hub-yaml' } as const satisfies Record<
  EntryFileKind,
  string
>;

/** The form's data for a file's text. */
export function readEntryFile(text: string, kind: EntryFileKind): Data {
  if (kind === 'yaml') return { ...fieldsOf(text), [SOURCE_KEY]: text };
  const split = splitFrontmatter(text);
  const fields = split.yaml === undefined || split.unclosed ? {} : fieldsOf(split.yaml);
  return { ...fields, body: split.body, [SOURCE_KEY]: text };
}

/** The file's text for the form's data: the text it was read from with only the changes made. */
export function writeEntryFile(data: Data, kind: EntryFileKind, order: readonly string[] = []): string {
  const { [SOURCE_KEY]: source, ...rest } = data;
  const original = typeof source === 'string' ? source : undefined;
  // Saved without a change (whatever the file holds, readable or not): the same bytes.
  if (original !== undefined && isSameData(withoutSource(readEntryFile(original, kind)), rest)) return original;
  if (kind === 'yaml') return original === undefined ? newYaml(rest, order) : editYaml(original, rest);
  const { body, ...fields } = rest;
  const text = typeof body === 'string' ? body : '';
  const parts = original === undefined ? undefined : frontmatterParts(original);
  if (!parts && original !== undefined && splitFrontmatter(original).yaml !== undefined)
    throw new Error('cms: the frontmatter of this file never ends; fix the file before saving it in the CMS');
  if (!parts) return `---\n${newYaml(fields, order)}---\n${text}`;
  return `${parts.opening}${editYaml(parts.yaml, fields)}${parts.closing}${text}`;
}

/** The data without what only the CMS carries: what a preview or the draft check should judge. */
export function withoutSource(data: Data): Data {
  const { [SOURCE_KEY]: _source, ...rest } = data;
  return rest;
}

/** Fields that cannot be read open as an empty form; saving it then fails (editYaml) rather than replace the file. */
function fieldsOf(yaml: string): Data {
  return readFields(yaml).data ?? {};
}

/** The opening fence line (with any byte-order mark), the YAML, and the closing fence line, as written. */
function frontmatterParts(text: string): { opening: string; yaml: string; closing: string } | undefined {
  const split = splitFrontmatter(text);
  if (split.yaml === undefined || split.unclosed) return undefined;
  const opening = text.slice(0, text.indexOf('\n') + 1);
  const head = text.slice(0, text.length - split.body.length);
  return { opening, yaml: split.yaml, closing: head.slice(opening.length + split.yaml.length) };
}
