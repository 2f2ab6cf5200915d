/** What a check reports: one problem in one file, with the position an editor can jump to. */
import type { RuleId } from '../rules/rule-ids.ts';

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

export function compareFindings(a: Finding, b: Finding): number {
  return (
    a.file.localeCompare(b.file) ||
    (a.line ?? 0) - (b.line ?? 0) ||
    (a.column ?? 0) - (b.column ?? 0) ||
    a.rule.localeCompare(b.rule) ||
    a.message.localeCompare(b.message)
  );
}

export function countFindings(findings: readonly Finding[]): { errors: number; warnings: number } {
  let errors = 0;
  for (const finding of findings) if (finding.severity === 'error') errors += 1;
  return { errors, warnings: findings.length - errors };
}
