/** Maps frontmatter keys and MDX body nodes back to lines and columns of the whole file. */
import { isMap, isScalar, isSeq, type Node as YamlNode } from 'yaml';
import type { Node as UnistNode } from 'unist';
import type { SourceFile } from '../content/source.ts';

export interface Position {
  line: number;
  column: number;
}

const FILE_START: Position = { line: 1, column: 1 };

/**
 * The position of the deepest part of `path` that exists in the frontmatter: the key of a mapping entry
 * or the item of a list. A field that is missing altogether points at its parent, or at the top of the file.
 */
export function keyPosition(source: SourceFile, path: readonly PropertyKey[]): Position {
  const frontmatter = source.frontmatter;
  if (!frontmatter) return FILE_START;
  let node: unknown = frontmatter.document.contents;
  let offset: number | undefined;
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => (isScalar(item.key) ? item.key.value : item.key) === key);
      if (!pair) break;
      offset = (pair.key as YamlNode | null)?.range?.[0] ?? offset;
      node = pair.value;
    } else if (isSeq(node) && typeof key === 'number') {
      const item = node.items[key] as YamlNode | undefined;
      if (!item) break;
      offset = item.range?.[0] ?? offset;
      node = item;
    } else {
      break;
    }
  }
  return offset === undefined ? FILE_START : yamlOffsetPosition(source, offset);
}

/** A character offset inside the YAML source as a file position. */
export function yamlOffsetPosition(source: SourceFile, offset: number): Position {
  const frontmatter = source.frontmatter;
  if (!frontmatter) return FILE_START;
  const { line, col } = frontmatter.lineCounter.linePos(offset);
  return { line: line + frontmatter.startLine - 1, column: col };
}

/** The start of a body node, or of the body when the node has no position. */
export function nodePosition(source: SourceFile, node: UnistNode | undefined): Position {
  const start = node?.position?.start;
  return start ? { line: start.line + source.bodyStartLine - 1, column: start.column } : { line: source.bodyStartLine, column: 1 };
}

/** A 1-based line and column inside the body as a file position. */
export function bodyPosition(source: SourceFile, line: number, column: number): Position {
  return { line: line + source.bodyStartLine - 1, column };
}
