/**
 * Keeps one GitHub issue per daily report (overdue feedback, consultations not ready to open): opened
 * or updated while there is something to report, closed when there is nothing. The issue is found
 * again by its label and a hidden marker, so an issue someone else opened with the same label is left alone.
 */
import type { getOctokit } from '@actions/github';

type Octokit = ReturnType<typeof getOctokit>;

export interface RepositoryName {
  owner: string;
  repo: string;
}

export interface TrackingIssue {
  label: string;
  /** An HTML comment the body starts with. */
  marker: string;
}

export type SyncResult = { action: 'created' | 'updated' | 'closed'; number: number } | { action: 'none' };

async function findOpenIssue(octokit: Octokit, { owner, repo }: RepositoryName, issue: TrackingIssue) {
  const issues = await octokit.paginate(octokit.rest.issues.listForRepo, {
    owner,
    repo,
    state: 'open',
    labels: issue.label,
    per_page: 100,
  });
  return issues.find((candidate) => !candidate.pull_request && (candidate.body ?? '').includes(issue.marker));
}

/** `content` undefined: nothing to report, so the issue is closed if open. */
export async function syncTrackingIssue(
  octokit: Octokit,
  repository: RepositoryName,
  issue: TrackingIssue,
  content: { title: string; body: string } | undefined,
): Promise<SyncResult> {
  const existing = await findOpenIssue(octokit, repository, issue);
  if (content) {
    if (existing) {
      await octokit.rest.issues.update({ ...repository, issue_number: existing.number, ...content });
      return { action: 'updated', number: existing.number };
    }
    const created = await octokit.rest.issues.create({ ...repository, ...content, labels: [issue.label] });
    return { action: 'created', number: created.data.number };
  }
  if (!existing) return { action: 'none' };
  await octokit.rest.issues.update({
    ...repository,
    issue_number: existing.number,
    state: 'closed',
    state_reason: 'completed',
  });
  return { action: 'closed', number: existing.number };
}
