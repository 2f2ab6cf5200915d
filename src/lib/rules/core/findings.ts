/** Builds findings at frontmatter keys and body nodes. */
import type { Node } from 'unist';
import type { ParsedEntry } from '../../content/entry.ts';
import type { Finding, Severity } from './finding.ts';
import { keyPosition, nodePosition, type Position } from './positions.ts';
import type { RuleId } from '../../schema/rule-ids.ts';

export function findingAt(
  rule: RuleId,
  severity: Severity,
  entry: ParsedEntry,
  position: Position,
  message: string,
): Finding {
  return { rule, severity, file: entry.source.file, line: position.line, column: position.column, message };
}

/** A finding at a frontmatter field, e.g. `['documents', 1, 'href']`. */
export function atField(
  rule: RuleId,
  severity: Severity,
  entry: ParsedEntry,
  path: readonly PropertyKey[],
  message: string,
): Finding {
  return findingAt(rule, severity, entry, keyPosition(entry.source, path), message);
}

/** A finding at a node of the MDX body. */
export function atNode(
  rule: RuleId,
  severity: Severity,
  entry: ParsedEntry,
  node: Node | undefined,
  message: string,
): Finding {
  return findingAt(rule, severity, entry, nodePosition(entry.source, node), message);
}
