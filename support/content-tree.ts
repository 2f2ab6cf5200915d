/** Builds throwaway content repositories for checker tests, with the real settings of the sample content. */
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT } from './paths.ts';

export const NO_HISTORY = { available: true, ref: 'HEAD', consultations: new Map() } as const;

/** A temp folder with content/settings copied from the real sample, plus `files` (path -> text or bytes). */
export function makeContentTree(files: Record<string, string | Buffer> = {}, prefix = 'check-'): string {
  const root = mkdtempSync(path.join(os.tmpdir(), prefix));
  cpSync(path.join(ROOT, 'content/settings'), path.join(root, 'content/settings'), { recursive: true });
  writeFiles(root, files);
  return root;
}

export function writeFiles(root: string, files: Record<string, string | Buffer>): void {
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), content);
  }
}
