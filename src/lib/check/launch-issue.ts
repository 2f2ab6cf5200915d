/**
 * The one GitHub issue listing consultations that open within `launchWarningWorkingDays` working days,
 * or whose opening day has come, and are not launch-ready: what each still needs, so the consultation
 * group can act before the site holds it back as "Opening delayed" (src/lib/check/tracking-issue.ts).
 */
import type { getOctokit } from '@actions/github';
import type { IsoDate } from '../dates/calendar-date.ts';
import type { LaunchWarning } from '../rules/launch-ready.ts';
import { formatDate } from '../text/dates.ts';
import { oneOrMany, plural } from '../text/plural.ts';
import { syncTrackingIssue, type RepositoryName, type SyncResult } from './tracking-issue.ts';

type Octokit = ReturnType<typeof getOctokit>;

export const LAUNCH_LABEL = 'launch-warning';
export const LAUNCH_MARKER = '<!-- consultation-hub:launch-warning -->';

export interface LaunchIssueOptions {
  today: IsoDate;
  launchWarningWorkingDays: number;
  /** The consultation group's users or teams ("@org/team"), mentioned so GitHub tells them. */
  notify: readonly string[];
}

export function launchIssueTitle(warnings: readonly LaunchWarning[]): string {
  return `${plural(warnings.length, 'consultation')} opening soon ${oneOrMany(warnings.length, 'is', 'are')} not ready`;
}

const cell = (text: string) => text.replace(/\|/g, '\\|');

function when(warning: LaunchWarning): string {
  if (warning.workingDaysLeft === 0) return 'Held back now: shown as "Opening delayed"';
  return `In ${plural(warning.workingDaysLeft, 'working day')}`;
}

export function launchIssueBody(warnings: readonly LaunchWarning[], options: LaunchIssueOptions): string {
  const rows = warnings.map(
    (warning) =>
      `| [${cell(warning.title)}](../blob/main/${warning.file}) | ${formatDate(warning.opens)} | ${when(warning)} | ${cell(warning.missing.join('; '))} |`,
  );
  return [
    LAUNCH_MARKER,
    `These consultations open within ${plural(options.launchWarningWorkingDays, 'working day')}, or were due to open already, and are not ready. On its opening day the site holds back a consultation that is not ready: its page says "Opening delayed", it is not listed as open and nobody can respond. Add what each one still needs to its file (\`npm run check\` says where), or move its dates.`,
    '',
    '| Consultation | Opens | When | Still needs |',
    '| --- | --- | --- | --- |',
    ...rows,
    '',
    ...(options.notify.length ? [`For the consultation group: ${options.notify.join(', ')}`, ''] : []),
    `Updated ${formatDate(options.today)} by the daily launch-warning workflow; it closes this issue when every consultation opening soon is ready.`,
  ].join('\n');
}

export async function syncLaunchIssue(
  octokit: Octokit,
  repository: RepositoryName,
  warnings: readonly LaunchWarning[],
  options: LaunchIssueOptions,
): Promise<SyncResult> {
  const content =
    warnings.length > 0 ? { title: launchIssueTitle(warnings), body: launchIssueBody(warnings, options) } : undefined;
  return syncTrackingIssue(octokit, repository, { label: LAUNCH_LABEL, marker: LAUNCH_MARKER }, content);
}
