/**
 * `npm run feedback:overdue`: opens, updates or closes the one issue that lists consultations whose
 * feedback report is overdue. Needs GITHUB_TOKEN; options as scripts/lib/daily-issue.ts says.
 */
import { syncOverdueIssue } from '../src/lib/check/feedback-issue.ts';
import { overdueFeedback } from '../src/lib/rules/closing-the-loop.ts';
import { startDailyIssue } from './lib/daily-issue.ts';

const { octokit, repository, today, context } = startDailyIssue();
const overdue = overdueFeedback(context);
const result = await syncOverdueIssue(
  octokit,
  repository,
  overdue,
  today,
  context.settings.process.feedbackWithinWeeks,
);
console.log(
  result.action === 'none'
    ? 'No feedback is overdue and no issue is open.'
    : `Issue #${result.number} ${result.action}: ${overdue.length} consultation(s) with overdue feedback.`,
);
