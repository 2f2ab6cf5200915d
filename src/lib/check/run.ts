/** Runs rules over a context. A rule that fails on one file is reported, never allowed to stop the check. */
import type { ParsedEntry } from '../content/entry.ts';
import type { Settings } from '../content/settings.ts';
import { compareFindings, type FileRule, type Finding, type Rule, type RuleContext } from '../rules/core/index.ts';

/** Findings a rule already gave for an entry (from the check cache), or undefined to run it. */
export type KnownFindings = (entry: ParsedEntry, rule: Rule) => readonly Finding[] | undefined;

export function runRules(context: RuleContext, rules: readonly Rule[], known?: KnownFindings): Finding[] {
  const findings: Finding[] = [];
  for (const rule of rules) {
    if (rule.checkEntry) {
      for (const entry of context.entries)
        findings.push(...(known?.(entry, rule) ?? ruleFindings(rule, entry, context)));
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

/** One rule's findings for one file. */
function ruleFindings(rule: Rule, entry: ParsedEntry, context: RuleContext): Finding[] {
  return guarded(rule, entry, () => rule.checkEntry?.(entry, context) ?? []);
}

/** A `file` rule's findings for one file, from the settings alone: what the check cache keeps, and the build's gate. */
export function fileRuleFindings(rule: FileRule, entry: ParsedEntry, settings: Settings): Finding[] {
  return guarded(rule, entry, () => rule.checkEntry?.(entry, { settings }) ?? []);
}

function guarded(rule: Rule, entry: ParsedEntry, findings: () => Finding[]): Finding[] {
  try {
    return findings();
  } catch (error) {
    return [internalError(rule, entry.source.file, error)];
  }
}

function internalError(rule: Rule, file: string, error: unknown): Finding {
  const reason = error instanceof Error ? error.message : String(error);
  return {
    rule: rule.id,
    severity: 'error',
    file,
    message: `the ${rule.id} check failed on this file (${reason}); please report this as a bug in the checker`,
  };
}
