/** Runs one rule in memory over the corpus's clean consultation and feedback report, edited per test. */
import { readFileSync } from 'node:fs';
import { buildContext } from '../src/lib/check/context.ts';
import { runRules } from '../src/lib/check/run.ts';
import { loadSettings } from '../src/lib/content/settings.ts';
import { sourceFileFromText } from '../src/lib/content/source.ts';
import type { Rule } from '../src/lib/rules/core/index.ts';
import { BASE_CONSULTATION, BASE_FEEDBACK } from './corpus.ts';
import { ROOT } from './paths.ts';

export const settings = loadSettings(ROOT);
export const LIBRARY = readFileSync(BASE_CONSULTATION, 'utf8');
export const FEEDBACK = readFileSync(BASE_FEEDBACK, 'utf8');

/** `text` with `from` replaced by `to`; throws when the fixture has no `from`, so a test cannot pass by missing. */
export function edit(text: string, from: string, to: string): string {
  if (!text.includes(from)) throw new Error(`fixture has no "${from}"`);
  return text.replace(from, to);
}

/** `text` with `yaml` added at the end of its frontmatter. */
export function withFields(text: string, yaml: string): string {
  const end = text.indexOf('\n---\n', 4);
  return `${text.slice(0, end + 1)}${yaml.trimEnd()}\n${text.slice(end + 1)}`;
}

/** The rule's findings (severity, line, message) over a consultation and, optionally, its feedback report. */
export function runRule(rule: Rule, files: { consultation?: string; feedback?: string }, today = '2026-11-23') {
  const sources = [
    ...(files.consultation ? [sourceFileFromText('consultations', 'library-hours.mdx', files.consultation)] : []),
    ...(files.feedback ? [sourceFileFromText('feedback', 'library-hours.mdx', files.feedback)] : []),
  ];
  return runRules(buildContext({ sources, settings, today }), [rule]).map(({ severity, file, line, message }) => ({
    severity,
    file,
    line,
    message,
  }));
}

/**
 * A consultation with the whole decision trail that process.yaml asks of one opening from decisionTrailFrom:
 * the record, the plan, the meeting and every launch step, dated long before it opens. Lines before
 * `governance:` keep their numbers.
 */
export function onDecisionTrail(text: string): string {
  const steps = Object.fromEntries(settings.process.launchSteps.map((step) => [step.field, '2026-09-01']));
  delete steps.authorisedBy;
  const governance = Object.entries(steps)
    .filter(([field]) => !text.includes(`\n  ${field}:`))
    .map(([field, date]) => `  ${field}: ${field === 'qualityAssuredBy' ? 'Consultation group' : date}\n`)
    .join('');
  return withFields(
    edit(text, 'governance:\n', `governance:\n${governance}`),
    `decisionToConsult:
  decidedBy: Head of Libraries
  decidedOn: 2026-07-20
  statutoryDuty: false
  promisedToConsult: false
  significantImpact: true
  contentious: false
  knowledgeGaps: true
  scopeToInfluence: options
  ongoingInvolvement: false
  reason: Opening hours affect many people, and residents can still choose which evenings suit them.
successCriteria:
  - At least 500 responses from library users and non-users.
targetGroups:
  - group: People who work during the day
    how: Evening drop-in sessions at both libraries.
decisionMeeting:
  body: Cabinet Member for Communities
  date: 2027-10-12
`,
  );
}
