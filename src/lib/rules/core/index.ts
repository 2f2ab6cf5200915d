/**
 * The rules core: what every process rule and the check that runs them share, below both, so the rules never
 * import the check. Rule ids (kept in src/lib/schema/rule-ids.ts, where a standard's `enforcedBy` needs them),
 * findings, the entries rules judge (read by src/lib/content/entry.ts), positions in a file, the builders of
 * findings at a field or a body node, and the shape of a rule: its scope, what it may read, its threshold.
 *
 * Adding a rule takes:
 *
 * 1. its id, from the contract, in RULE_IDS (src/lib/schema/rule-ids.ts);
 * 2. one file, src/lib/rules/<id>.ts, exporting `{ id, scope, checkEntry and/or checkTree, liveThreshold? }
 *    satisfies Rule` (rule.ts): `scope` says what it needs to judge one file, and tsc holds `checkEntry` to
 *    it; `liveThreshold` gives the words a standard's page shows when the rule has a threshold in process.yaml;
 * 3. one line for it in the registry, src/lib/rules/index.ts: tsc fails until the id has its rule there, and
 *    src/lib/rules/index.test.ts fails, naming the file, for a rule module that is not registered;
 * 4. its tests: a passing and a failing example (src/lib/check/rules.test.ts), and corpus cases, a base file
 *    with the edits and the exact findings the check must give (tests/corpus/examples/<rule>.yaml).
 *
 * Nothing else: the check, the cache (per-file reuse for `file` rules), a `--changed-since` check, the CMS
 * preview (`file` and `file-and-today` rules) and the standards pages (`liveThreshold`) all take it from
 * the registry, and the check cache's key already covers any module a rule imports (src/lib/check/cache.ts).
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
export type { DatedFileContext, FileContext, FileRule, Rule, RuleContext, RuleScope } from './rule.ts';
