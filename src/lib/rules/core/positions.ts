/**
 * Maps frontmatter keys and MDX body nodes back to lines and columns of the whole file. Only findings
 * need positions, so they are worked out here, lazily and apart from the data: the YAML is read a
 * second time, with the yaml package (whose documents keep a source range for every node), only for
 * files whose findings point into the frontmatter. Nothing read here ever feeds the data the rules
 * judge, which comes from the content reader (src/lib/content/source.ts) alone.
 */
import { isMap, isScalar, isSeq, parseDocument, type Node as YamlNode } from 'yaml';
import type { Node as UnistNode } from 'unist';
import type { SourceFile } from '../../content/source.ts';

export interface Position {
  line: number;
  column: number;
}

const FILE_START: Position = { line: 1, column: 1 };

/**
 * The position of every path `keyPosition` can reach in one file's frontmatter, keyed by `pathKey`.
 * Built once per file, so rules asking for many fields do not walk the YAML each time, and small enough
 * for the check cache to keep: a cached file then needs no YAML parse at all.
 */
export interface KeyIndex {
  get(pathKey: string): Position | undefined;
  entries(): Iterable<[string, Position]>;
}

const keyIndexes = new WeakMap<SourceFile, KeyIndex>();

/** Lets a file whose YAML was not parsed (its results came from the cache) answer `keyPosition`. */
export function setKeyIndex(source: SourceFile, index: KeyIndex): void {
  keyIndexes.set(source, index);
}

/** The key index of a file if something already asked for a position in it, without building one. */
export function builtKeyIndex(source: SourceFile): KeyIndex | undefined {
  return keyIndexes.get(source);
}

export function keyIndexOf(source: SourceFile): KeyIndex {
  let index = keyIndexes.get(source);
  if (!index) {
    index = buildKeyIndex(source);
    keyIndexes.set(source, index);
  }
  return index;
}

/** Only strings and numbers can equal a parsed YAML key; the type is kept so `0` and `"0"` stay apart. */
function segment(key: unknown): string | undefined {
  if (typeof key === 'string') return `s${key}`;
  if (typeof key === 'number' && !Number.isNaN(key)) return `n${key}`;
  return undefined;
}

export function pathKey(segments: readonly string[]): string {
  return JSON.stringify(segments);
}

/**
 * Mirrors a walk down the document: in a mapping the first pair with the key (a later duplicate is never
 * reached), in a list the item at a numeric index; where a key or item has no range, its parent's offset.
 */
function buildKeyIndex(source: SourceFile): Map<string, Position> {
  const index = new Map<string, Position>();
  const frontmatter = source.frontmatter;
  if (!frontmatter) return index;
  const visit = (node: unknown, segments: string[], offset: number | undefined): void => {
    const add = (key: string, child: unknown, childOffset: number | undefined) => {
      const path = [...segments, key];
      index.set(pathKey(path), childOffset === undefined ? FILE_START : yamlOffsetPosition(source, childOffset));
      visit(child, path, childOffset);
    };
    if (isMap(node)) {
      const seen = new Set<string>();
      for (const pair of node.items) {
        const key = segment(isScalar(pair.key) ? pair.key.value : pair.key);
        if (key === undefined || seen.has(key)) continue;
        seen.add(key);
        add(key, pair.value, (pair.key as YamlNode | null)?.range?.[0] ?? offset);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, position) => {
        if (item) add(`n${position}`, item, (item as YamlNode).range?.[0] ?? offset);
      });
    }
  };
  visit(
    parseDocument(frontmatter.source, { schema: 'core', prettyErrors: false, uniqueKeys: false }).contents,
    [],
    undefined,
  );
  return index;
}

/**
 * The position of the deepest part of `path` that exists in the frontmatter: the key of a mapping entry
 * or the item of a list. A field that is missing altogether points at its parent, or at the top of the file.
 */
export function keyPosition(source: SourceFile, path: readonly PropertyKey[]): Position {
  const index = keyIndexOf(source);
  const segments: string[] = [];
  for (const key of path) {
    const encoded = segment(key);
    if (encoded === undefined) break;
    segments.push(encoded);
  }
  for (let length = segments.length; length > 0; length -= 1) {
    const position = index.get(pathKey(segments.slice(0, length)));
    if (position) return position;
  }
  return FILE_START;
}

/** A character offset inside the YAML source as a file position. */
export function yamlOffsetPosition(source: SourceFile, offset: number): Position {
  const frontmatter = source.frontmatter;
  if (!frontmatter) return FILE_START;
  const before = frontmatter.source.slice(0, Math.max(0, offset));
  const lineStart = before.lastIndexOf('\n') + 1;
  let line = frontmatter.startLine;
  for (let at = before.indexOf('\n'); at >= 0; at = before.indexOf('\n', at + 1)) line += 1;
  return { line, column: before.length - lineStart + 1 };
}

/** The start of a body node, or of the body when the node has no position. */
export function nodePosition(source: SourceFile, node: UnistNode | undefined): Position {
  const start = node?.position?.start;
  return start
    ? { line: start.line + source.bodyStartLine - 1, column: start.column }
    : { line: source.bodyStartLine, column: 1 };
}

/** A 1-based line and column inside the body as a file position. */
export function bodyPosition(source: SourceFile, line: number, column: number): Position {
  return { line: line + source.bodyStartLine - 1, column };
}
