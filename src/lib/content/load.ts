/**
 * Reads the content tree from disk without Astro: the CLI checks, the CMS and the tests use this; the
 * site uses Astro collections built on the same schemas.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { LineCounter, parseDocument, type Document } from 'yaml';
import { COLLECTION_NAMES, type CollectionName } from '../schema/index.ts';

export interface SourceFile {
  collection: CollectionName;
  /** The file name without `.mdx`. */
  slug: string;
  /** Path relative to the repository root, with forward slashes, e.g. `content/consultations/x.mdx`. */
  file: string;
  /** The raw bytes decoded as UTF-8 (invalid sequences become U+FFFD). */
  text: string;
  bytes: number;
  /** `undefined` when the file has no `---` frontmatter block. */
  frontmatter?: FrontmatterBlock;
  body: string;
  /** 1-based line of the first body line in the file. */
  bodyStartLine: number;
}

export interface FrontmatterBlock {
  /** The YAML source between the fences. */
  source: string;
  /** The parsed document, with source positions for every node. */
  document: Document.Parsed;
  lineCounter: LineCounter;
  /** 1-based file line of the first YAML line. */
  startLine: number;
}

const FRONTMATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n?---[ \t]*(?:\r?\n|$)/;

/** Splits an MDX file into its YAML frontmatter and body. */
export function splitFrontmatter(text: string): { yaml?: string; body: string; bodyStartLine: number } {
  const match = FRONTMATTER.exec(text.replace(/^\uFEFF/, ''));
  if (!match) return { body: text, bodyStartLine: 1 };
  const consumed = match[0];
  return { yaml: match[1] ?? '', body: text.replace(/^\uFEFF/, '').slice(consumed.length), bodyStartLine: consumed.split('\n').length };
}

/**
 * Parses YAML with the YAML 1.2 core schema: dates stay the strings the editor typed, so nothing is
 * ever shifted by a time zone.
 */
export function parseYaml(source: string): { document: Document.Parsed; lineCounter: LineCounter } {
  const lineCounter = new LineCounter();
  const document = parseDocument(source, { lineCounter, schema: 'core', prettyErrors: false, uniqueKeys: true });
  return { document, lineCounter };
}

export function readSourceFile(root: string, collection: CollectionName, fileName: string): SourceFile {
  const absolute = path.join(root, 'content', collection, fileName);
  const buffer = readFileSync(absolute);
  const text = new TextDecoder('utf-8').decode(buffer);
  const { yaml, body, bodyStartLine } = splitFrontmatter(text);
  const source: SourceFile = {
    collection,
    slug: fileName.replace(/\.mdx$/, ''),
    file: `content/${collection}/${fileName}`,
    text,
    bytes: buffer.byteLength,
    body,
    bodyStartLine,
  };
  if (yaml !== undefined) source.frontmatter = { source: yaml, ...parseYaml(yaml), startLine: 2 };
  return source;
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
