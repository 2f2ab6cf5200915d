/**
 * The rules core: what every process rule and the check that runs them share, below both, so the rules never
 * import the check. Rule ids (kept in src/lib/schema/rule-ids.ts, where a standard's `enforcedBy` needs them),
 * findings, the entries rules judge (read by src/lib/content/entry.ts), positions in a file, the builders of
 * findings at a field or a body node, and the shape of a rule and what it may read.
 */
export { RULE_IDS, type RuleId } from '../../schema/rule-ids.ts';
export type { ParsedEntry, ValidEntry } from '../../content/entry.ts';
export { compareFindings, countFindings, type Finding, type Severity } from './finding.ts';
export { atField, atNode, findingAt } from './findings.ts';
export {
  bodyPosition,
  builtKeyIndex,
  keyIndexOf,
  keyPosition,
  setKeyIndex,
  yamlOffsetPosition,
  type KeyIndex,
  type Position,
} from './positions.ts';
export type { Rule, RuleContext } from './rule.ts';
