/**
 * What each daily issue command (`feedback:overdue`, `launch:warning`) starts from: a GitHub client, the
 * repository (GITHUB_REPOSITORY, else content/settings/site.yaml) and the content checked for today.
 * Options: --root DIR, --today YYYY-MM-DD (or TODAY). Exits 2 without GITHUB_TOKEN.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { getOctokit } from '@actions/github';
import { checkContent } from '../../src/lib/check/index.ts';
import type { RepositoryName } from '../../src/lib/check/tracking-issue.ts';
import { resolveToday } from '../../src/lib/dates/calendar-date.ts';

export function startDailyIssue() {
  const { values } = parseArgs({ options: { root: { type: 'string' }, today: { type: 'string' } } });
  const token = process.env.GITHUB_TOKEN;
  if (!token) {
    console.error('GITHUB_TOKEN is not set: this script updates a GitHub issue.');
    process.exit(2);
  }
  const root = path.resolve(values.root ?? '.');
  const today = resolveToday(values.today ?? process.env.TODAY);
  // What is due or not ready is judged from the files alone; skipping history keeps the run fast on a shallow checkout.
  const { context } = checkContent({ root, today, gitFacts: { available: false, reason: 'not needed' } });
  const { owner, name } = context.settings.site.repository;
  const [repoOwner, repo] = (process.env.GITHUB_REPOSITORY ?? `${owner}/${name}`).split('/');
  const repository: RepositoryName = { owner: repoOwner!, repo: repo! };
  return { octokit: getOctokit(token), repository, today, context };
}
