/**
 * Writes a generated archive as a content repository: the project's settings, strategies and standards
 * (and public/documents) copied as they are, plus the generated consultations and feedback reports.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadSettings } from '../../src/lib/content/settings.ts';
import type { IsoDate } from '../../src/lib/dates/calendar-date.ts';
import { collectionFolder } from '../../src/lib/routes.ts';
import { generateArchive, type GeneratedFile } from './generate.ts';

/** Content kept from the project as it is: it does not grow with the archive. */
export const COPIED_PATHS = [
  'content/settings',
  'content/strategies',
  'content/standards',
  'public/documents',
] as const;

export interface ArchiveTreeOptions {
  /** The project whose settings, strategies and standards are copied. */
  projectRoot: string;
  /** Replaced entirely. */
  outDir: string;
  count: number;
  seed?: number;
  today: IsoDate;
}

export interface ArchiveTree {
  consultations: number;
  feedback: number;
  files: GeneratedFile[];
  /** Paths of the files copied from the project, relative to `outDir`. */
  copied: string[];
}

export function writeArchiveTree(options: ArchiveTreeOptions): ArchiveTree {
  const { projectRoot, outDir } = options;
  const settings = loadSettings(projectRoot);
  rmSync(outDir, { recursive: true, force: true });
  const copied: string[] = [];
  for (const folder of COPIED_PATHS) {
    const from = path.join(projectRoot, folder);
    if (!existsSync(from)) continue;
    cpSync(from, path.join(outDir, folder), { recursive: true });
    for (const entry of readdirSync(from, { recursive: true, withFileTypes: true })) {
      if (entry.isFile())
        copied.push(
          path
            .relative(outDir, path.join(outDir, folder, path.relative(from, entry.parentPath), entry.name))
            .split(path.sep)
            .join('/'),
        );
    }
  }
  mkdirSync(path.join(outDir, collectionFolder('consultations')), { recursive: true });
  mkdirSync(path.join(outDir, collectionFolder('feedback')), { recursive: true });
  const files = generateArchive({
    count: options.count,
    today: options.today,
    settings,
    ...(options.seed === undefined ? {} : { seed: options.seed }),
  });
  for (const file of files) writeFileSync(path.join(outDir, file.path), file.text);
  const feedback = files.filter((file) => file.path.startsWith(collectionFolder('feedback'))).length;
  return { consultations: files.length - feedback, feedback, files, copied: copied.sort() };
}
