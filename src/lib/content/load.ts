/**
 * Reads the content tree from disk without Astro: the CLI checks, the CMS and the tests use this; the
 * site uses Astro collections built on the same schemas.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { COLLECTION_NAMES, type CollectionName } from '../schema/index.ts';
import { sourceFileFromText, type SourceFile } from './source.ts';

export { parseYaml, sourceFileFromText, splitFrontmatter, type FrontmatterBlock, type SourceFile } from './source.ts';

export function readSourceFile(root: string, collection: CollectionName, fileName: string): SourceFile {
  const buffer = readFileSync(path.join(root, 'content', collection, fileName));
  return sourceFileFromText(collection, fileName, new TextDecoder('utf-8').decode(buffer), buffer.byteLength);
}

/** Every `.mdx` file of every collection, in a stable order. */
export function readContentTree(root: string): SourceFile[] {
  const files: SourceFile[] = [];
  for (const collection of COLLECTION_NAMES) {
    const dir = path.join(root, 'content', collection);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).sort()) {
      if (name.endsWith('.mdx')) files.push(readSourceFile(root, collection, name));
    }
  }
  return files;
}
