/**
 * Reads the content tree from disk without Astro: the CLI checks, the CMS and the tests use this; the
 * site uses Astro collections built on the same schemas.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { COLLECTION_NAMES, type CollectionName } from '../schema/index.ts';
import { sourceFileFromBytes, type SourceFile } from './source.ts';

export { parseYaml, sourceFileFromBytes, sourceFileFromText, splitFrontmatter, type FrontmatterBlock, type SourceFile } from './source.ts';

export interface ContentFile {
  collection: CollectionName;
  /** The file's name in its collection's folder (`<slug>.mdx`). */
  name: string;
  /** Absolute path of the file. */
  path: string;
}

/** Every `.mdx` file of every collection, in a stable order: by collection, then by name. */
export function listContentFiles(root: string): ContentFile[] {
  const files: ContentFile[] = [];
  for (const collection of COLLECTION_NAMES) {
    const dir = path.join(root, 'content', collection);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).sort()) {
      if (name.endsWith('.mdx')) files.push({ collection, name, path: path.join(dir, name) });
    }
  }
  return files;
}

/** Every `.mdx` file of every collection, read, in the order of `listContentFiles`. */
export function readContentTree(root: string): SourceFile[] {
  return listContentFiles(root).map(({ collection, name, path: file }) => sourceFileFromBytes(collection, name, readFileSync(file)));
}
