/**
 * Keeps one GitHub issue listing the consultations whose feedback report is overdue: opened or updated
 * while there are any, closed when there are none. Found again by its label and a hidden marker.
 */
import type { getOctokit } from '@actions/github';
import { formatDate, type IsoDate } from '../dates/calendar-date.ts';
import type { OverdueFeedback } from '../rules/closing-the-loop.ts';

type Octokit = ReturnType<typeof getOctokit>;

export const OVERDUE_LABEL = 'feedback-overdue';
export const OVERDUE_MARKER = '<!-- consultation-hub:feedback-overdue -->';

export interface RepositoryName {
  owner: string;
  repo: string;
}

export type SyncResult = { action: 'created' | 'updated' | 'closed'; number: number } | { action: 'none' };

export function overdueIssueTitle(overdue: readonly OverdueFeedback[]): string {
  return `Feedback overdue for ${overdue.length} consultation${overdue.length === 1 ? '' : 's'}`;
}

export function overdueIssueBody(overdue: readonly OverdueFeedback[], today: IsoDate, feedbackWithinWeeks: number): string {
  const rows = overdue.map((item) => `| [${item.title.replace(/\|/g, '\\|')}](../blob/main/${item.file}) | ${formatDate(item.closes)} | ${formatDate(item.due)} | ${item.daysOverdue} |`);
  return [
    OVERDUE_MARKER,
    `These consultations closed more than ${feedbackWithinWeeks} weeks ago and have no "We asked, you said, we did" report yet. Residents were told they would hear back: publish a report in \`content/feedback/<slug>.mdx\`, or explain the delay on the consultation page.`,
    '',
    '| Consultation | Closed | Report due | Days overdue |',
    '| --- | --- | --- | --- |',
    ...rows,
    '',
    `Updated ${formatDate(today)} by the daily feedback-overdue workflow; it closes this issue when every report is published.`,
  ].join('\n');
}

async function findOpenIssue(octokit: Octokit, { owner, repo }: RepositoryName) {
  const issues = await octokit.paginate(octokit.rest.issues.listForRepo, { owner, repo, state: 'open', labels: OVERDUE_LABEL, per_page: 100 });
  return issues.find((issue) => !issue.pull_request && (issue.body ?? '').includes(OVERDUE_MARKER));
}

export async function syncOverdueIssue(
  octokit: Octokit,
  repository: RepositoryName,
  overdue: readonly OverdueFeedback[],
  today: IsoDate,
  feedbackWithinWeeks: number,
): Promise<SyncResult> {
  const existing = await findOpenIssue(octokit, repository);
  if (overdue.length > 0) {
    const content = { title: overdueIssueTitle(overdue), body: overdueIssueBody(overdue, today, feedbackWithinWeeks) };
    if (existing) {
      await octokit.rest.issues.update({ ...repository, issue_number: existing.number, ...content });
      return { action: 'updated', number: existing.number };
    }
    const created = await octokit.rest.issues.create({ ...repository, ...content, labels: [OVERDUE_LABEL] });
    return { action: 'created', number: created.data.number };
  }
  if (!existing) return { action: 'none' };
  await octokit.rest.issues.update({ ...repository, issue_number: existing.number, state: 'closed', state_reason: 'completed' });
  return { action: 'closed', number: existing.number };
}
