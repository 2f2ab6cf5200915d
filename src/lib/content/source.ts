/**
 * Turns the text of one content file into a SourceFile. No disk access, so the CMS preview can use it
 * in the browser; src/lib/content/load.ts reads files from disk with it.
 */
import { LineCounter, parseDocument, type Document } from 'yaml';
import type { CollectionName } from '../schema/index.ts';

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

/**
 * The frontmatter of a content file's text as plain data: what the approvals classifier and the history
 * read. Undefined when the file has no frontmatter, or it is not valid YAML or not a mapping.
 */
export function frontmatterData(text: string): Record<string, unknown> | undefined {
  const { yaml } = splitFrontmatter(text);
  if (yaml === undefined) return undefined;
  const { document } = parseYaml(yaml);
  if (document.errors.length) return undefined;
  const value: unknown = document.toJS();
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

const UTF8 = new TextDecoder('utf-8');

/** A content file's text: its bytes decoded as UTF-8, as every reader of content files decodes them. */
export function decodeSource(bytes: Uint8Array): string {
  return UTF8.decode(bytes);
}

/** Builds the SourceFile for `content/<collection>/<fileName>` from its bytes on disk. */
export function sourceFileFromBytes(collection: CollectionName, fileName: string, bytes: Uint8Array): SourceFile {
  return sourceFileFromText(collection, fileName, decodeSource(bytes), bytes.byteLength);
}

/** Builds the SourceFile for `content/<collection>/<fileName>` from its decoded text. */
export function sourceFileFromText(collection: CollectionName, fileName: string, text: string, bytes = new TextEncoder().encode(text).byteLength): SourceFile {
  const { yaml, body, bodyStartLine } = splitFrontmatter(text);
  const source: SourceFile = {
    collection,
    slug: fileName.replace(/\.mdx$/, ''),
    file: `content/${collection}/${fileName}`,
    text,
    bytes,
    body,
    bodyStartLine,
  };
  if (yaml !== undefined) source.frontmatter = { source: yaml, ...parseYaml(yaml), startLine: 2 };
  return source;
}
