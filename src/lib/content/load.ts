/**
 * Lists and reads the content tree from disk: the check, its worker threads, the site's content loader,
 * the command-line tools and the tests all list files here. Entries are listed as they are on disk and
 * never followed: a symbolic link or a folder named `*.mdx` is listed as what it is, never opened, so a
 * link to /etc/passwd or to docs/ cannot be read, checked or published, and its target is never quoted.
 */
import { lstatSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { COLLECTION_NAMES, type CollectionName } from '../schema/index.ts';
import { fileNames, sourceFileFromBytes, type NotAFile, type SourceFile } from './source.ts';


/** What is at a listed path, without following links. */
export type ContentFileKind = 'file' | NotAFile;

export interface ContentFile {
  collection: CollectionName;
  /** The file's name in its collection's folder (`<slug>.mdx`). */
  name: string;
  /** Absolute path of the file. */
  path: string;
  kind: ContentFileKind;
}

function kindOf(entry: { isFile(): boolean; isSymbolicLink(): boolean; isDirectory(): boolean }): ContentFileKind {
  if (entry.isSymbolicLink()) return 'symbolic link';
  if (entry.isFile()) return 'file';
  return entry.isDirectory() ? 'folder' : 'special file';
}

/** A collection's folder, if it is a real folder (a linked folder is not followed either). */
function isRealFolder(dir: string): boolean {
  try {
    return lstatSync(dir).isDirectory();
  } catch {
    return false;
  }
}

/** Every `*.mdx` entry of every collection (or of the ones given), in a stable order: by collection, then by name. */
export function listContentFiles(root: string, collections: readonly CollectionName[] = COLLECTION_NAMES): ContentFile[] {
  const files: ContentFile[] = [];
  for (const collection of collections) {
    const dir = path.join(root, 'content', collection);
    if (!isRealFolder(dir)) continue;
    const entries = readdirSync(dir, { withFileTypes: true }).filter((entry) => entry.name.endsWith('.mdx'));
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      files.push({ collection, name: entry.name, path: path.join(dir, entry.name), kind: kindOf(entry) });
    }
  }
  return files;
}

const NOTHING = new Uint8Array(0);

/** The bytes of a listed file; nothing for a link, folder or special file, which are never opened. */
export function contentBytes(file: ContentFile): Uint8Array {
  return file.kind === 'file' ? readFileSync(file.path) : NOTHING;
}

/** The SourceFile of a listed file, from the bytes `contentBytes` gave. */
export function contentSource(file: ContentFile, bytes: Uint8Array): SourceFile {
  if (file.kind === 'file') return sourceFileFromBytes(file.collection, file.name, bytes);
  return { ...fileNames(file.collection, file.name), text: '', bytes: 0, body: '', bodyStartLine: 1, notAFile: file.kind };
}

/** Every `*.mdx` entry of every collection, read, in the order of `listContentFiles`. */
export function readContentTree(root: string): SourceFile[] {
  return listContentFiles(root).map((file) => contentSource(file, contentBytes(file)));
}
