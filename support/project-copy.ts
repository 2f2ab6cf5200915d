/** A copy of the project that builds a site from other content: the bench's archives, the hostile-site test. */
import { cpSync, mkdirSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** What the site's build (and its Pagefind configuration) needs from the project, besides content/ and node_modules/. */
export const SITE_FILES = ['astro.config.mjs', 'tsconfig.json', 'package.json', 'src', 'public'];

/** Copies the site's code into `dir` (which holds, or will hold, its own content/) and links the project's packages. */
export function copyProjectInto(dir: string): void {
  for (const file of SITE_FILES) cpSync(path.join(ROOT, file), path.join(dir, file), { recursive: true, force: true });
  linkNodeModules(dir);
}

/** A node_modules of links to the project's packages, so each copy keeps its own Astro and Vite caches. */
export function linkNodeModules(projectDir: string): void {
  const source = path.join(ROOT, 'node_modules');
  const target = path.join(projectDir, 'node_modules');
  rmSync(target, { recursive: true, force: true });
  mkdirSync(target);
  for (const name of readdirSync(source)) {
    if (name === '.astro' || name === '.vite' || name === '.cache') continue;
    symlinkSync(path.join(source, name), path.join(target, name));
  }
}
