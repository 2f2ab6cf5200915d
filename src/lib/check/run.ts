/** Runs rules over a context. A rule that fails on one file is reported, never allowed to stop the check. */
import type { RuleContext, Rule } from '../rules/types.ts';
import { compareFindings, type Finding } from './finding.ts';

export function runRules(context: RuleContext, rules: readonly Rule[]): Finding[] {
  const findings: Finding[] = [];
  for (const rule of rules) {
    if (rule.checkEntry) {
      for (const entry of context.entries) {
        try {
          findings.push(...rule.checkEntry(entry, context));
        } catch (error) {
          findings.push(internalError(rule, entry.source.file, error));
        }
      }
    }
    if (rule.checkTree) {
      try {
        findings.push(...rule.checkTree(context));
      } catch (error) {
        findings.push(internalError(rule, 'content', error));
      }
    }
  }
  return findings.sort(compareFindings);
}

function internalError(rule: Rule, file: string, error: unknown): Finding {
  const reason = error instanceof Error ? error.message : String(error);
  return { rule: rule.id, severity: 'error', file, message: `the ${rule.id} check failed on this file (${reason}); please report this as a bug in the checker` };
}
