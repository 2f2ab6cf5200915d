/**
 * `npm run launch:warning`: opens, updates or closes the one issue that lists consultations opening within
 * `launchWarningWorkingDays` working days (process.yaml), or already held back, that are not launch-ready.
 * Needs GITHUB_TOKEN; options as scripts/lib/daily-issue.ts says.
 */
import { syncLaunchIssue } from '../src/lib/check/launch-issue.ts';
import { launchWarnings } from '../src/lib/rules/launch-ready.ts';
import { startDailyIssue } from './lib/daily-issue.ts';

const { octokit, repository, today, context } = startDailyIssue();
const { settings } = context;
const warnings = launchWarnings(context);
const result = await syncLaunchIssue(octokit, repository, warnings, {
  today,
  launchWarningWorkingDays: settings.process.launchWarningWorkingDays,
  notify: settings.governance.roles['consultation-group'] ?? [],
});
console.log(
  result.action === 'none'
    ? 'Every consultation opening soon is ready and no issue is open.'
    : `Issue #${result.number} ${result.action}: ${warnings.length} consultation(s) opening soon not ready.`,
);
