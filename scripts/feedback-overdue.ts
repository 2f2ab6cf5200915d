/**
 * `npm run feedback:overdue`: opens, updates or closes the one issue that lists consultations whose
 * feedback report is overdue. Needs GITHUB_TOKEN; the repository comes from GITHUB_REPOSITORY or
 * content/settings/site.yaml. Options: --root DIR, --today YYYY-MM-DD (or TODAY).
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { getOctokit } from '@actions/github';
import { checkContent } from '../src/lib/check/index.ts';
import { syncOverdueIssue } from '../src/lib/check/feedback-issue.ts';
import { resolveToday } from '../src/lib/dates/calendar-date.ts';
import { overdueFeedback } from '../src/lib/rules/closing-the-loop.ts';

const { values } = parseArgs({ options: { root: { type: 'string' }, today: { type: 'string' } } });
const token = process.env.GITHUB_TOKEN;
if (!token) {
  console.error('GITHUB_TOKEN is not set: this script updates a GitHub issue.');
  process.exit(2);
}
const root = path.resolve(values.root ?? '.');
const today = resolveToday(values.today ?? process.env.TODAY);
// History is not needed to know what is overdue; skipping it keeps the daily run fast on a shallow checkout.
const { context } = checkContent({ root, today, gitFacts: { available: false, reason: 'not needed' } });
const [owner, repo] = (process.env.GITHUB_REPOSITORY ?? `${context.settings.site.repository.owner}/${context.settings.site.repository.name}`).split('/');
const overdue = overdueFeedback(context);
const result = await syncOverdueIssue(getOctokit(token), { owner: owner!, repo: repo! }, overdue, today, context.settings.process.feedbackWithinWeeks);
console.log(
  result.action === 'none' ? 'No feedback is overdue and no issue is open.' : `Issue #${result.number} ${result.action}: ${overdue.length} consultation(s) with overdue feedback.`,
);
