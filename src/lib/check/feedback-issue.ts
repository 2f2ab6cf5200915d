/** The one GitHub issue listing the consultations whose feedback report is overdue (src/lib/check/tracking-issue.ts). */
import type { getOctokit } from '@actions/github';
import type { IsoDate } from '../dates/calendar-date.ts';
import { contentFile } from '../routes.ts';
import type { OverdueFeedback } from '../rules/closing-the-loop.ts';
import { formatDate } from '../text/dates.ts';
import { plural } from '../text/plural.ts';
import { syncTrackingIssue, type RepositoryName, type SyncResult } from './tracking-issue.ts';

type Octokit = ReturnType<typeof getOctokit>;

export const OVERDUE_LABEL = 'feedback-overdue';
export const OVERDUE_MARKER = '<!-- consultation-hub:feedback-overdue -->';

export function overdueIssueTitle(overdue: readonly OverdueFeedback[]): string {
  return `Feedback overdue for ${plural(overdue.length, 'consultation')}`;
}

export function overdueIssueBody(
  overdue: readonly OverdueFeedback[],
  today: IsoDate,
  feedbackWithinWeeks: number,
): string {
  const rows = overdue.map(
    (item) =>
      `| [${item.title.replace(/\|/g, '\\|')}](../blob/main/${item.file}) | ${formatDate(item.closes)} | ${formatDate(item.due)} | ${item.daysOverdue} |`,
  );
  return [
    OVERDUE_MARKER,
    `These consultations closed more than ${feedbackWithinWeeks} weeks ago and have no "We asked, you said, we did" report yet. Residents were told they would hear back: publish a report in \`${contentFile('feedback', '<slug>')}\`, or explain the delay on the consultation page.`,
    '',
    '| Consultation | Closed | Report due | Days overdue |',
    '| --- | --- | --- | --- |',
    ...rows,
    '',
    `Updated ${formatDate(today)} by the daily feedback-overdue workflow; it closes this issue when every report is published.`,
  ].join('\n');
}

export async function syncOverdueIssue(
  octokit: Octokit,
  repository: RepositoryName,
  overdue: readonly OverdueFeedback[],
  today: IsoDate,
  feedbackWithinWeeks: number,
): Promise<SyncResult> {
  const content =
    overdue.length > 0
      ? { title: overdueIssueTitle(overdue), body: overdueIssueBody(overdue, today, feedbackWithinWeeks) }
      : undefined;
  return syncTrackingIssue(octokit, repository, { label: OVERDUE_LABEL, marker: OVERDUE_MARKER }, content);
}
