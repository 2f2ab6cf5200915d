/**
 * The "approvals" check on pull requests: do the reviews fill the role slots governance.yaml requires?
 * Run by .github/workflows/approvals.yml; tests call `run` in-process with the same environment.
 */
import { appendFile, readFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import * as core from '@actions/core';
import { getOctokit } from '@actions/github';
import { resolveToday } from '../src/lib/dates/calendar-date.ts';
import { checkPullRequest, type PullRequestCheck, type RepoRef } from '../src/lib/governance/github.ts';
import { failureMessage, renderSummary } from '../src/lib/governance/summary.ts';

export interface ApprovalsRun extends PullRequestCheck {
  ok: boolean;
  summary: string;
}

type Env = Record<string, string | undefined>;

function required(env: Env, name: string): string {
  const value = env[name];
  if (!value) throw new Error(`${name} is not set: this script runs inside GitHub Actions (or a test that sets it)`);
  return value;
}

export function repoFrom(env: Env): RepoRef {
  const [owner, repo] = required(env, 'GITHUB_REPOSITORY').split('/');
  if (!owner || !repo) throw new Error(`GITHUB_REPOSITORY must be owner/name, got "${env.GITHUB_REPOSITORY}"`);
  return { owner, repo };
}

/** Repository reads use GITHUB_TOKEN; team membership needs read:org, which only APPROVALS_TOKEN can have. */
export function clientsFrom(env: Env) {
  const baseUrl = env.GITHUB_API_URL ?? 'https://api.github.com';
  const octokit = getOctokit(required(env, 'GITHUB_TOKEN'), { baseUrl });
  const teams = env.APPROVALS_TOKEN ? getOctokit(env.APPROVALS_TOKEN, { baseUrl }) : octokit;
  return { octokit, teams };
}

export async function run(env: Env): Promise<ApprovalsRun> {
  const event = JSON.parse(await readFile(required(env, 'GITHUB_EVENT_PATH'), 'utf8')) as {
    pull_request?: { number?: number };
  };
  const number = event.pull_request?.number;
  if (typeof number !== 'number')
    throw new Error('the event has no pull_request: run this on pull_request_target or pull_request_review events');
  const { octokit, teams } = clientsFrom(env);
  // The PR is read afresh rather than from the event: a review event can arrive after another push.
  const check = await checkPullRequest(octokit, repoFrom(env), number, { today: resolveToday(env.TODAY), teams });
  const summary = renderSummary(check.pull, check.classification, check.evaluation);
  // core.summary caches the first file path it sees in process.env; writing the file directly honours `env`.
  if (env.GITHUB_STEP_SUMMARY) await appendFile(env.GITHUB_STEP_SUMMARY, `${summary}\n`);
  return { ...check, ok: check.evaluation.ok, summary };
}

async function main(): Promise<void> {
  try {
    const result = await run(process.env);
    process.stdout.write(`${result.summary}\n`);
    for (const finding of result.evaluation.findings) core.warning(finding);
    if (!result.ok) core.setFailed(failureMessage(result.evaluation));
  } catch (error) {
    core.setFailed(error instanceof Error ? error.message : String(error));
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
