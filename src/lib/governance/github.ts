/**
 * Reads the facts of a pull request from the GitHub REST API: the PR, its changed files at base and
 * head, its commits, its reviews, team membership, reviewers' identities and governance.yaml as it stands
 * on the base branch. The pull request's files are only ever read as data through the API, never checked
 * out or run, so the check runs the base branch's code; tests answer the same calls from a local server.
 */
import type { getOctokit } from '@actions/github';
import type { IsoDate } from '../dates/calendar-date.ts';
import { SETTINGS_FILES } from '../routes.ts';
import type { GovernanceSettings } from '../schema/settings.ts';
import { classifyChanges, readsContent, type ChangedFile, type Classification } from './classify.ts';
import type { IdentityLookup, PullCommit, ReviewerIdentity } from './contributors.ts';
import { evaluateApprovals, type Evaluation, type Review, type Team, type TeamMembership } from './evaluate.ts';
import { parseGovernance } from './governance.ts';

export type Octokit = ReturnType<typeof getOctokit>;

export interface RepoRef {
  owner: string;
  repo: string;
}

export interface PullRequestFacts {
  number: number;
  title: string;
  author: string;
  headSha: string;
  baseSha: string;
  mergedBy: string | null;
  mergedAt: string | null;
  changedFiles: number;
  /** How many commits GitHub says the pull request has. */
  commits: number;
}

const status = (error: unknown): number | undefined =>
  typeof error === 'object' && error !== null && 'status' in error && typeof error.status === 'number'
    ? error.status
    : undefined;

export async function getPullRequest(octokit: Octokit, repo: RepoRef, number: number): Promise<PullRequestFacts> {
  const { data } = await octokit.rest.pulls.get({ ...repo, pull_number: number });
  return {
    number: data.number,
    title: data.title,
    author: data.user.login,
    headSha: data.head.sha,
    baseSha: data.base.sha,
    mergedBy: data.merged_by?.login ?? null,
    mergedAt: data.merged_at ?? null,
    changedFiles: data.changed_files,
    commits: data.commits,
  };
}

/** A file's text at a commit, or undefined where it does not exist there. */
async function fileAt(octokit: Octokit, repo: RepoRef, path: string, ref: string): Promise<string | undefined> {
  try {
    const { data } = await octokit.rest.repos.getContent({ ...repo, path, ref, mediaType: { format: 'raw' } });
    return String(data);
  } catch (error) {
    if (status(error) === 404) return undefined;
    throw error;
  }
}

export async function getChangedFiles(octokit: Octokit, repo: RepoRef, pull: PullRequestFacts): Promise<ChangedFile[]> {
  const files = await octokit.paginate(octokit.rest.pulls.listFiles, {
    ...repo,
    pull_number: pull.number,
    per_page: 100,
  });
  // GitHub lists at most 3,000 files; a governed file past that limit must not slip through unclassified.
  if (files.length < pull.changedFiles) {
    throw new Error(
      `pull request #${pull.number} changes ${pull.changedFiles} files but GitHub listed only ${files.length}: split it into smaller pull requests`,
    );
  }
  return Promise.all(
    files.map(async (file): Promise<ChangedFile> => {
      // A copy leaves its source in place: the new path is an added file.
      const previous = file.status === 'renamed' ? file.previous_filename : undefined;
      const status =
        file.status === 'added' || file.status === 'copied'
          ? 'added'
          : file.status === 'removed'
            ? 'removed'
            : 'modified';
      const changed: ChangedFile = previous
        ? { path: file.filename, previousPath: previous, status }
        : { path: file.filename, status };
      if (!readsContent(file.filename) && !(previous && readsContent(previous))) return changed;
      const base =
        status === 'added' ? undefined : await fileAt(octokit, repo, previous ?? file.filename, pull.baseSha);
      const head = status === 'removed' ? undefined : await fileAt(octokit, repo, file.filename, pull.headSha);
      if (base !== undefined) changed.base = base;
      if (head !== undefined) changed.head = head;
      return changed;
    }),
  );
}

/** Every commit of the pull request, with the GitHub accounts GitHub linked to its author and committer. */
export async function getCommits(octokit: Octokit, repo: RepoRef, pull: PullRequestFacts): Promise<PullCommit[]> {
  const commits = await octokit.paginate(octokit.rest.pulls.listCommits, {
    ...repo,
    pull_number: pull.number,
    per_page: 100,
  });
  // GitHub lists at most 250: an unlisted commit could hide a reviewer's own work.
  if (commits.length < pull.commits) {
    const listed = `pull request #${pull.number} has ${pull.commits} commits but GitHub listed only ${commits.length}`;
    throw new Error(`${listed}: squash or split it so every author can be checked`);
  }
  const person = (
    git: { name?: string; email?: string } | null | undefined,
    account: { login?: string } | null | undefined,
  ) => ({
    ...(git?.name ? { name: git.name } : {}),
    ...(git?.email ? { email: git.email } : {}),
    ...(account?.login ? { login: account.login } : {}),
  });
  return commits.map((commit) => ({
    sha: commit.sha,
    message: commit.commit.message,
    author: person(commit.commit.author, commit.author),
    committer: person(commit.commit.committer, commit.committer),
  }));
}

/**
 * A reviewer's public profile (name, public address) and the names and addresses of their latest commits
 * in this repository, which GitHub finds by the addresses verified on their account.
 */
export function identityLookup(octokit: Octokit, repo: RepoRef): IdentityLookup {
  const cache = new Map<string, Promise<ReviewerIdentity>>();
  const lookup = async (login: string): Promise<ReviewerIdentity> => {
    try {
      const [{ data: user }, { data: commits }] = await Promise.all([
        octokit.rest.users.getByUsername({ username: login }),
        octokit.rest.repos.listCommits({ ...repo, author: login, per_page: 100 }),
      ]);
      const committed = (commit: (typeof commits)[number]) =>
        commit.committer?.login?.toLowerCase() === login.toLowerCase();
      const people = commits.flatMap((commit) => [
        commit.commit.author,
        ...(committed(commit) ? [commit.commit.committer] : []),
      ]);
      const names = [user.name, ...people.map((person) => person?.name)].filter((name): name is string =>
        Boolean(name),
      );
      const emails = [user.email, ...people.map((person) => person?.email)].filter((email): email is string =>
        Boolean(email),
      );
      return { login, id: user.id, names: [...new Set(names)], emails: [...new Set(emails)] };
    } catch (error) {
      throw new Error(`HTTP ${status(error) ?? 'error'}: ${error instanceof Error ? error.message : String(error)}`, {
        cause: error,
      });
    }
  };
  return (login) => {
    const key = login.toLowerCase();
    if (!cache.has(key)) cache.set(key, lookup(login));
    return cache.get(key)!;
  };
}

export async function getReviews(octokit: Octokit, repo: RepoRef, number: number): Promise<Review[]> {
  const reviews = await octokit.paginate(octokit.rest.pulls.listReviews, {
    ...repo,
    pull_number: number,
    per_page: 100,
  });
  return reviews.map((review) => ({
    id: review.id,
    login: review.user?.login ?? null,
    state: review.state,
    commitId: review.commit_id,
    submittedAt: review.submitted_at ?? null,
  }));
}

/**
 * Active membership counts, pending invitations do not. GitHub answers 404 both for "not a member" and
 * for a team the token cannot see, so a 404 is only trusted once the team itself is visible.
 */
export function teamMembership(octokit: Octokit): TeamMembership {
  const visible = new Map<string, Promise<void>>();
  const assertVisible = (team: Team) => {
    const key = `${team.org}/${team.slug}`;
    if (!visible.has(key)) {
      visible.set(
        key,
        octokit.rest.teams.getByName({ org: team.org, team_slug: team.slug }).then(
          () => undefined,
          (error: unknown) => {
            throw new Error(
              `HTTP ${status(error) ?? 'error'} reading the team: it does not exist or this token cannot see it`,
            );
          },
        ),
      );
    }
    return visible.get(key)!;
  };
  return async (team, login) => {
    try {
      const { data } = await octokit.rest.teams.getMembershipForUserInOrg({
        org: team.org,
        team_slug: team.slug,
        username: login,
      });
      return data.state === 'active';
    } catch (error) {
      if (status(error) === 404) {
        await assertVisible(team);
        return false;
      }
      throw new Error(`HTTP ${status(error) ?? 'error'}: ${error instanceof Error ? error.message : String(error)}`, {
        cause: error,
      });
    }
  };
}

/** The rules in force are those on the base branch: a PR cannot grant itself a role by editing governance.yaml. */
export async function getBaseGovernance(
  octokit: Octokit,
  repo: RepoRef,
  pull: PullRequestFacts,
): Promise<GovernanceSettings> {
  const text = await fileAt(octokit, repo, SETTINGS_FILES.governance, pull.baseSha);
  if (text === undefined)
    throw new Error(`${SETTINGS_FILES.governance} does not exist on the base commit ${pull.baseSha}`);
  return parseGovernance(text);
}

export interface PullRequestCheck {
  pull: PullRequestFacts;
  classification: Classification;
  evaluation: Evaluation;
}

/** Everything the approvals check and the merge recorder need, from one PR number. */
export async function checkPullRequest(
  octokit: Octokit,
  repo: RepoRef,
  number: number,
  options: { today: IsoDate; teams?: Octokit },
): Promise<PullRequestCheck> {
  const pull = await getPullRequest(octokit, repo, number);
  const [governance, files, commits, reviews] = await Promise.all([
    getBaseGovernance(octokit, repo, pull),
    getChangedFiles(octokit, repo, pull),
    getCommits(octokit, repo, pull),
    getReviews(octokit, repo, number),
  ]);
  const classification = classifyChanges(files, options.today);
  const evaluation = await evaluateApprovals({
    governance,
    changes: classification.reasons,
    reviews,
    headSha: pull.headSha,
    author: pull.author,
    commits,
    identify: identityLookup(octokit, repo),
    isTeamMember: teamMembership(options.teams ?? octokit),
  });
  return { pull, classification, evaluation };
}
