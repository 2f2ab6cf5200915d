/** What a check reports: one problem in one file, with the position an editor can jump to. */
import type { RuleId } from '../../schema/rule-ids.ts';

export type Severity = 'error' | 'warning';

export interface Finding {
  rule: RuleId;
  severity: Severity;
  /** Path from the repository root, e.g. `content/consultations/library-opening-hours.mdx`. */
  file: string;
  /** 1-based line in the file. */
  line?: number;
  /** 1-based column. */
  column?: number;
  message: string;
}

/** Code-unit order, not locale order, so the output is the same on every machine. */
const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export function compareFindings(a: Finding, b: Finding): number {
  return (
    byCodeUnits(a.file, b.file) ||
    (a.line ?? 0) - (b.line ?? 0) ||
    (a.column ?? 0) - (b.column ?? 0) ||
    byCodeUnits(a.rule, b.rule) ||
    byCodeUnits(a.message, b.message)
  );
}

export function countFindings(findings: readonly Finding[]): { errors: number; warnings: number } {
  let errors = 0;
  for (const finding of findings) if (finding.severity === 'error') errors += 1;
  return { errors, warnings: findings.length - errors };
}
