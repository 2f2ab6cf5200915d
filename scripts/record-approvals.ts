/**
 * After a merge to main: re-checks the approvals of the pull request that produced the commit and
 * records them as a git note under refs/notes/approvals, then pushes the notes ref.
 * Run by .github/workflows/record-approvals.yml; tests call `run` in-process.
 */
import { pathToFileURL } from 'node:url';
import * as core from '@actions/core';
import { londonDate, resolveToday } from '../src/lib/dates/calendar-date.ts';
import { checkPullRequest, type Octokit, type RepoRef } from '../src/lib/governance/github.ts';
import { approvalNote, directPushNote, recordApprovalNote, type ApprovalNote } from '../src/lib/governance/notes.ts';
import { clientsFrom, repoFrom } from './approvals.ts';

type Env = Record<string, string | undefined>;

/** The merged PR whose merge, squash or rebase produced `sha`, if any. */
async function mergedPullFor(octokit: Octokit, repo: RepoRef, sha: string) {
  const { data } = await octokit.rest.repos.listPullRequestsAssociatedWithCommit({ ...repo, commit_sha: sha });
  const merged = data.filter((pull) => pull.merged_at);
  return merged.find((pull) => pull.merge_commit_sha === sha) ?? merged[0];
}

export async function run(env: Env): Promise<{ sha: string; note: ApprovalNote }> {
  const sha = env.GITHUB_SHA;
  if (!sha) throw new Error('GITHUB_SHA is not set: it names the commit to annotate');
  const repo = repoFrom(env);
  const { octokit, teams } = clientsFrom(env);
  const pull = await mergedPullFor(octokit, repo, sha);
  let note = directPushNote();
  if (pull) {
    // Judged as on the day it merged, so re-running the recorder later gives the same note.
    const today = pull.merged_at ? londonDate(new Date(pull.merged_at)) : resolveToday(env.TODAY);
    const check = await checkPullRequest(octokit, repo, pull.number, { today, teams });
    note = approvalNote(check.pull, check.evaluation);
  }
  recordApprovalNote(env.REPO_DIR ?? process.cwd(), sha, note, { remote: env.NOTES_REMOTE ?? 'origin' });
  return { sha, note };
}

async function main(): Promise<void> {
  try {
    const { sha, note } = await run(process.env);
    process.stdout.write(`Recorded approvals for ${sha} in refs/notes/approvals:\n${JSON.stringify(note, null, 2)}\n`);
    if (!note.result.ok)
      core.warning(
        `Commit ${sha} reached the branch without the approvals governance.yaml requires (missing: ${note.result.missing.join(', ')}).`,
      );
  } catch (error) {
    core.setFailed(error instanceof Error ? error.message : String(error));
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
