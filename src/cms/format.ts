/**
 * The project's Decap formats: every content and settings file is read through the content reader and
 * saved by editing its own text, so a save changes only what the editor changed (src/lib/cms/entry-file.ts).
 */
import { ENTRY_FORMATS, readEntryFile, writeEntryFile, type EntryFileKind } from '../lib/cms/entry-file.ts';
import type { DecapCms } from './decap.ts';

const EXTENSIONS: Record<EntryFileKind, string> = { frontmatter: 'mdx', yaml: 'yaml' };

export function registerEntryFormats(cms: DecapCms): void {
  for (const kind of Object.keys(ENTRY_FORMATS) as EntryFileKind[]) {
    cms.registerCustomFormat(ENTRY_FORMATS[kind], EXTENSIONS[kind], {
      fromFile: (text) => readEntryFile(text, kind),
      toFile: (data, order) => writeEntryFile(data, kind, order),
    });
  }
}
