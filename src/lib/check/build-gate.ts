/**
 * The build's gate: what the site refuses to publish, judged by the check's own rule functions (`schema`
 * and `mdx-safety`) on each file as the content loader reads it, so the site never needs a second
 * opinion. The sanitiser would make an unsafe body harmless anyway; the gate makes sure nobody publishes
 * a page the check rejects without noticing.
 */
import type { Settings } from '../content/settings.ts';
import { describeIssue } from '../content/errors.ts';
import { mdxSafetyRule } from '../rules/mdx-safety.ts';
import { schemaRule } from '../rules/schema.ts';
import { collectionSchemas } from '../schema/index.ts';
import type { ParsedEntry } from '../content/entry.ts';
import { type Finding, keyPosition } from '../rules/core/index.ts';
import { fileRuleFindings } from './run.ts';

export const GATE_RULES = [schemaRule, mdxSafetyRule] as const;

/**
 * Test-only: builds the site from content the gate refuses (files whose frontmatter cannot be used are
 * still left out), so the browser test can prove the renderer and the page policy hold on their own.
 * The deploy workflow never sets it.
 */
export const GATE_BYPASS_VARIABLE = 'TEST_ONLY_BUILD_CONTENT_THE_CHECK_REJECTS';

export function gateBypassed(env: Record<string, string | undefined>): boolean {
  return env[GATE_BYPASS_VARIABLE] === '1';
}

/** The errors that keep one file off the site. */
export function gateFindings(entry: ParsedEntry, settings: Settings): Finding[] {
  const findings = GATE_RULES.flatMap((rule) => fileRuleFindings(rule, entry, settings)).filter(
    (finding) => finding.severity === 'error',
  );
  // Frontmatter the build cannot use, that `schema` leaves to another rule to explain (a feedback theme without its reason).
  if (entry.data === undefined && findings.length === 0) {
    for (const issue of entry.issues) {
      const { line, column } = keyPosition(entry.source, issue.path);
      findings.push({
        rule: 'schema',
        severity: 'error',
        file: entry.source.file,
        line,
        column,
        message: describeIssue(issue, collectionSchemas[entry.source.collection]).message,
      });
    }
  }
  return findings;
}

/** "content/x.mdx:35: mdx-safety: <script> is not allowed ...", one line per finding, as the build prints them. */
export function describeGateFindings(findings: readonly Finding[]): string {
  return findings
    .map((finding) => `  ${finding.file}${finding.line ? `:${finding.line}` : ''}: ${finding.rule}: ${finding.message}`)
    .join('\n');
}
