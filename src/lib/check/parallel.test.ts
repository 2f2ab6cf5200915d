/** Worker threads give the same per-file results as this thread, in the order the files were given. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSettings } from '../content/settings.ts';
import { sourceFileFromText } from '../content/source.ts';
import { parseEntry } from '../content/entry.ts';
import { checkFile } from './file-result.ts';
import type { ContentFile } from '../content/load.ts';
import { checkFilesInParallel } from './parallel.ts';
import type { CollectionName } from '../schema/index.ts';
import { corpusFolder } from '../../../support/corpus.ts';
import { ROOT } from '../../../support/paths.ts';

const CASES = corpusFolder();
const settings = loadSettings(ROOT);

/** Every consultation and feedback report of the bad-input corpus: broken YAML, unsafe MDX, invalid data. */
function corpusFiles(): ContentFile[] {
  return readdirSync(CASES)
    .sort()
    .flatMap((name) =>
      (['consultations', 'feedback'] as CollectionName[]).flatMap((collection) => {
        const dir = path.join(CASES, name, 'content', collection);
        try {
          return readdirSync(dir)
            .sort()
            .map((file) => ({ collection, name: file, path: path.join(dir, file), kind: 'file' as const }));
        } catch {
          return [];
        }
      }),
    );
}

const checkHere = (file: ContentFile) =>
  checkFile(parseEntry(sourceFileFromText(file.collection, file.name, readFileSync(file.path, 'utf8'))), settings);

describe('checkFilesInParallel', () => {
  it('three threads report what one does, file by file', () => {
    const files = corpusFiles();
    expect(files.length).toBeGreaterThan(40);
    const alone = files.map(checkHere);
    const parallel = checkFilesInParallel(files, settings, 3, checkHere);
    expect(parallel).toHaveLength(files.length);
    parallel.forEach((result, at) => {
      const keysOf = (keys: typeof result.keys) => (keys ? new Map(keys.entries()) : undefined);
      expect({ ...result, keys: keysOf(result.keys) }, files[at]!.path).toEqual({
        ...alone[at]!,
        keys: keysOf(alone[at]!.keys),
      });
    });
    expect(parallel.some((result) => result.findings.get('schema')?.length)).toBe(true);
  });
});
