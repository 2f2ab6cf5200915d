/**
 * `npm run launch:warning`: opens, updates or closes the one issue that lists consultations opening within
 * `launchWarningWorkingDays` working days (process.yaml), or already held back, that are not launch-ready.
 * Needs GITHUB_TOKEN; the repository comes from GITHUB_REPOSITORY or content/settings/site.yaml.
 * Options: --root DIR, --today YYYY-MM-DD (or TODAY).
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { getOctokit } from '@actions/github';
import { checkContent } from '../src/lib/check/index.ts';
import { syncLaunchIssue } from '../src/lib/check/launch-issue.ts';
import { resolveToday } from '../src/lib/dates/calendar-date.ts';
import { launchWarnings } from '../src/lib/rules/launch-ready.ts';

const { values } = parseArgs({ options: { root: { type: 'string' }, today: { type: 'string' } } });
const token = process.env.GITHUB_TOKEN;
if (!token) {
  console.error('GITHUB_TOKEN is not set: this script updates a GitHub issue.');
  process.exit(2);
}
const root = path.resolve(values.root ?? '.');
const today = resolveToday(values.today ?? process.env.TODAY);
// Launch readiness is judged from the files alone; skipping history keeps the daily run fast on a shallow checkout.
const { context } = checkContent({ root, today, gitFacts: { available: false, reason: 'not needed' } });
const { settings } = context;
const [owner, repo] = (process.env.GITHUB_REPOSITORY ?? `${settings.site.repository.owner}/${settings.site.repository.name}`).split('/');
const warnings = launchWarnings(context);
const result = await syncLaunchIssue(getOctokit(token), { owner: owner!, repo: repo! }, warnings, {
  today,
  launchWarningWorkingDays: settings.process.launchWarningWorkingDays,
  notify: settings.governance.roles['consultation-group'] ?? [],
});
console.log(
  result.action === 'none'
    ? 'Every consultation opening soon is ready and no issue is open.'
    : `Issue #${result.number} ${result.action}: ${warnings.length} consultation(s) opening soon not ready.`,
);
