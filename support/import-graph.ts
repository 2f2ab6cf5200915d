/**
 * Follows a module's relative imports, as far as they go: static imports and re-exports (not `import type`,
 * which compiles to nothing), dynamic `import()` and worker files named with `new URL()`. Packages and
 * built-ins are listed by specifier, not followed.
 */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';

const IMPORTS = [
  /^\s*(?:import|export)\s+(?!type\b)[^'"]*?from\s+'([^']+)'/gm,
  /^\s*import\s+'([^']+)'/gm,
  /\bimport\(\s*'([^']+)'\s*\)/g,
  /\bnew URL\(\s*'(\.[^']+)',\s*import\.meta\.url\s*\)/g,
];

/** Every module `entry` reaches (absolute paths, `entry` included) and every package or built-in it names. */
export function importGraph(entry: string, seen = new Set<string>()): Set<string> {
  if (seen.has(entry)) return seen;
  // `new URL('..', import.meta.url)` names a folder (the cache hashes src/lib), not a module.
  if (statSync(entry).isDirectory()) return seen;
  seen.add(entry);
  const source = readFileSync(entry, 'utf8');
  for (const pattern of IMPORTS) {
    for (const match of source.matchAll(pattern)) {
      const specifier = match[1]!;
      if (specifier.startsWith('.')) importGraph(path.resolve(path.dirname(entry), specifier), seen);
      else seen.add(specifier);
    }
  }
  return seen;
}
