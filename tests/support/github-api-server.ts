/**
 * A small stand-in for the GitHub REST API on 127.0.0.1, answering the endpoints the approvals scripts
 * call, from a scenario's state. It paginates with Link headers like GitHub and logs every request, so
 * tests can prove pagination happened. It only reads, except for issues when the scenario has them
 * (the daily reports open, update and close one issue each).
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeReview {
  id: number;
  login: string;
  state: 'APPROVED' | 'CHANGES_REQUESTED' | 'COMMENTED' | 'DISMISSED' | 'PENDING';
  commit: string;
  submittedAt: string;
}

export interface FakeFile {
  filename: string;
  status: 'added' | 'removed' | 'modified' | 'renamed' | 'copied';
  previousFilename?: string;
}

/** A git identity, with the GitHub account GitHub links it to where it knows one. */
export interface FakePerson {
  name: string;
  email: string;
  login?: string;
}

export interface FakeCommit {
  sha: string;
  message: string;
  author: FakePerson;
  committer: FakePerson;
}

export interface FakeUser {
  id: number;
  name?: string;
  /** The public email on the profile. */
  email?: string;
}

export interface FakePull {
  number: number;
  title: string;
  author: string;
  headSha: string;
  baseSha: string;
  files: FakeFile[];
  reviews: FakeReview[];
  /** The pull request's commits, oldest first. */
  commits?: FakeCommit[];
  mergedBy?: string;
  mergedAt?: string;
  mergeCommitSha?: string;
  /** What GitHub reports as changed_files, where it differs from the files listed (GitHub lists at most 3,000). */
  changedFiles?: number;
}

export interface FakeIssue {
  number: number;
  title: string;
  body: string;
  state: 'open' | 'closed';
  stateReason?: string;
  labels: string[];
  /** GitHub lists pull requests among issues. */
  pullRequest?: boolean;
}

export interface FakeGitHub {
  owner: string;
  repo: string;
  pulls: FakePull[];
  /** File text by commit SHA, then path. */
  contents: Record<string, Record<string, string>>;
  /** Members by "org/team" and login, with GitHub's membership state. */
  teams: Record<string, Record<string, 'active' | 'pending'>>;
  /** When set, only these tokens may read team membership (a token with read:org); others get 403. */
  orgReadTokens?: string[];
  /** Public profiles by login; any other login gets a profile with no name or public email. */
  users?: Record<string, FakeUser>;
  /** Commits on the default branch, which `GET /repos/.../commits?author=` searches. */
  branchCommits?: FakeCommit[];
  /** When set, the issues endpoints answer from (and write to) this list. */
  issues?: FakeIssue[];
}

export interface RecordedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  token: string | undefined;
}

export interface GitHubApiServer {
  url: string;
  requests: RecordedRequest[];
  close(): Promise<void>;
}

const pullJson = (state: FakeGitHub, pull: FakePull) => ({
  number: pull.number,
  title: pull.title,
  state: pull.mergedAt ? 'closed' : 'open',
  user: { login: pull.author },
  head: { sha: pull.headSha, ref: `change-${pull.number}` },
  base: { sha: pull.baseSha, ref: 'main', repo: { full_name: `${state.owner}/${state.repo}` } },
  merged_at: pull.mergedAt ?? null,
  merged_by: pull.mergedBy ? { login: pull.mergedBy } : null,
  merge_commit_sha: pull.mergeCommitSha ?? null,
  changed_files: pull.changedFiles ?? pull.files.length,
  commits: pull.commits?.length ?? 0,
});

/** A stable made-up account id for a login, as GitHub gives every account one. */
function userId(state: FakeGitHub, login: string): number {
  const known = Object.entries(state.users ?? {}).find(([name]) => name.toLowerCase() === login.toLowerCase());
  return (
    known?.[1].id ??
    [...login.toLowerCase()].reduce((sum, char) => (sum * 31 + char.charCodeAt(0)) % 9_000_000, 7) + 1_000_000
  );
}

const account = (state: FakeGitHub, login: string | undefined) =>
  login ? { login, id: userId(state, login), type: 'User' } : null;

const commitJson = (state: FakeGitHub, commit: FakeCommit) => ({
  sha: commit.sha,
  commit: {
    message: commit.message,
    author: { name: commit.author.name, email: commit.author.email, date: '2026-11-19T10:00:00Z' },
    committer: { name: commit.committer.name, email: commit.committer.email, date: '2026-11-19T10:00:00Z' },
  },
  author: account(state, commit.author.login),
  committer: account(state, commit.committer.login),
});

function send(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  response.writeHead(status, {
    'content-type': typeof body === 'string' ? 'text/plain; charset=utf-8' : 'application/json; charset=utf-8',
    ...headers,
  });
  response.end(text);
}

const notFound = (response: ServerResponse) =>
  send(response, 404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' });

/** Slices a list the way GitHub does and adds the Link header Octokit's paginate follows. */
function sendPage(response: ServerResponse, url: URL, items: unknown[]): void {
  const perPage = Math.min(Number(url.searchParams.get('per_page') ?? 30), 100);
  const page = Number(url.searchParams.get('page') ?? 1);
  const last = Math.max(1, Math.ceil(items.length / perPage));
  const link = (n: number, rel: string) => {
    const target = new URL(url);
    target.searchParams.set('page', String(n));
    target.searchParams.set('per_page', String(perPage));
    return `<${target.href}>; rel="${rel}"`;
  };
  const links = [
    page < last ? link(page + 1, 'next') : '',
    page < last ? link(last, 'last') : '',
    page > 1 ? link(1, 'first') : '',
    page > 1 ? link(page - 1, 'prev') : '',
  ].filter(Boolean);
  send(
    response,
    200,
    items.slice((page - 1) * perPage, page * perPage),
    links.length ? { link: links.join(', ') } : {},
  );
}

const issueJson = (issue: FakeIssue) => ({
  number: issue.number,
  title: issue.title,
  body: issue.body,
  state: issue.state,
  state_reason: issue.stateReason ?? null,
  labels: issue.labels.map((name) => ({ name })),
  ...(issue.pullRequest ? { pull_request: { url: `https://api.github.com/pulls/${issue.number}` } } : {}),
});

interface IssueWrite {
  title?: string;
  body?: string;
  state?: 'open' | 'closed';
  state_reason?: string;
  labels?: string[];
}

/** GET, POST /repos/o/r/issues and PATCH /repos/o/r/issues/:n; true when it answered. */
function routeIssues(
  issues: FakeIssue[],
  method: string,
  id: string | undefined,
  url: URL,
  text: string,
  response: ServerResponse,
): boolean {
  const write = (text ? JSON.parse(text) : {}) as IssueWrite;
  if (id === undefined && method === 'GET') {
    const state = url.searchParams.get('state') ?? 'open';
    const labels = (url.searchParams.get('labels') ?? '').split(',').filter(Boolean);
    const listed = issues.filter(
      (issue) => (state === 'all' || issue.state === state) && labels.every((label) => issue.labels.includes(label)),
    );
    sendPage(response, url, listed.map(issueJson));
    return true;
  }
  if (id === undefined && method === 'POST') {
    if (!write.title) {
      send(response, 422, { message: 'Validation Failed' });
      return true;
    }
    const issue: FakeIssue = {
      number: issues.length + 1,
      title: write.title,
      body: write.body ?? '',
      state: 'open',
      labels: write.labels ?? [],
    };
    issues.push(issue);
    send(response, 201, issueJson(issue));
    return true;
  }
  if (id !== undefined && method === 'PATCH') {
    const issue = issues.find((candidate) => candidate.number === Number(id));
    if (!issue) return false;
    Object.assign(issue, {
      title: write.title ?? issue.title,
      body: write.body ?? issue.body,
      state: write.state ?? issue.state,
      ...(write.state_reason ? { stateReason: write.state_reason } : {}),
    });
    send(response, 200, issueJson(issue));
    return true;
  }
  return false;
}

function route(
  state: FakeGitHub,
  request: IncomingMessage,
  response: ServerResponse,
  url: URL,
  token: string | undefined,
  text: string,
): void {
  const parts = url.pathname.split('/').filter(Boolean).map(decodeURIComponent);
  const [root, first, second, resource, id, sub] = parts;
  if (root === 'repos') {
    if (first !== state.owner || second !== state.repo) return notFound(response);
    if (
      resource === 'issues' &&
      state.issues &&
      routeIssues(state.issues, request.method ?? 'GET', id, url, text, response)
    )
      return;
    if (resource === 'pulls' && id) {
      const pull = state.pulls.find((p) => p.number === Number(id));
      if (!pull) return notFound(response);
      if (sub === undefined) return send(response, 200, pullJson(state, pull));
      if (sub === 'files') {
        return sendPage(
          response,
          url,
          pull.files.map((file) => ({
            filename: file.filename,
            status: file.status,
            previous_filename: file.previousFilename,
            additions: 1,
            deletions: 1,
            changes: 2,
          })),
        );
      }
      // Like GitHub, at most 250 commits are listed however many the pull request has.
      if (sub === 'commits')
        return sendPage(
          response,
          url,
          (pull.commits ?? []).slice(0, 250).map((commit) => commitJson(state, commit)),
        );
      if (sub === 'reviews') {
        return sendPage(
          response,
          url,
          pull.reviews.map((review) => ({
            id: review.id,
            user: { login: review.login },
            body: '',
            state: review.state,
            commit_id: review.commit,
            submitted_at: review.submittedAt,
          })),
        );
      }
    }
    if (resource === 'contents') {
      const path = parts.slice(4).join('/');
      const text = state.contents[url.searchParams.get('ref') ?? '']?.[path];
      if (text === undefined) return notFound(response);
      if ((request.headers.accept ?? '').includes('raw')) return send(response, 200, text);
      return send(response, 200, {
        type: 'file',
        path,
        encoding: 'base64',
        content: Buffer.from(text).toString('base64'),
      });
    }
    if (resource === 'commits' && id && sub === 'pulls') {
      return send(
        response,
        200,
        state.pulls.filter((p) => p.mergeCommitSha === id || p.headSha === id).map((p) => pullJson(state, p)),
      );
    }
    if (resource === 'commits' && id === undefined) {
      const author = url.searchParams.get('author')?.toLowerCase();
      const commits = (state.branchCommits ?? []).filter(
        (commit) => !author || commit.author.login?.toLowerCase() === author,
      );
      return sendPage(
        response,
        url,
        commits.map((commit) => commitJson(state, commit)),
      );
    }
  }
  if (root === 'users' && first && !second) {
    const [login, profile] = Object.entries(state.users ?? {}).find(
      ([name]) => name.toLowerCase() === first.toLowerCase(),
    ) ?? [first, undefined];
    return send(response, 200, {
      login,
      id: userId(state, login),
      type: 'User',
      name: profile?.name ?? null,
      email: profile?.email ?? null,
    });
  }
  if (root === 'orgs' && second === 'teams' && resource) {
    if (state.orgReadTokens && !state.orgReadTokens.includes(token ?? '')) {
      return send(response, 403, {
        message: 'Resource not accessible by integration',
        documentation_url: 'https://docs.github.com/rest/teams/members',
      });
    }
    const team = state.teams[`${first}/${resource}`];
    if (!team) return notFound(response);
    if (id === undefined)
      return send(response, 200, { slug: resource, name: resource, organization: { login: first } });
    if (id === 'memberships' && sub) {
      const member = Object.entries(team).find(([login]) => login.toLowerCase() === sub.toLowerCase());
      return member ? send(response, 200, { state: member[1], role: 'member' }) : notFound(response);
    }
  }
  notFound(response);
}

export async function startGitHubApiServer(state: FakeGitHub): Promise<GitHubApiServer> {
  const requests: RecordedRequest[] = [];
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', `http://${request.headers.host}`);
    const token = /^(?:token|bearer) (.+)$/i.exec(request.headers.authorization ?? '')?.[1];
    requests.push({ method: request.method ?? 'GET', path: url.pathname, query: url.searchParams, token });
    if (!token) return send(response, 401, { message: 'Requires authentication' });
    const writesIssues =
      state.issues !== undefined && url.pathname.startsWith(`/repos/${state.owner}/${state.repo}/issues`);
    if (request.method !== 'GET' && !writesIssues) return send(response, 405, { message: 'Only reads are served' });
    let text = '';
    request.setEncoding('utf8');
    request.on('data', (chunk: string) => (text += chunk));
    request.on('end', () => route(state, request, response, url, token, text));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        // Octokit keeps connections alive; without this close() waits for them to time out.
        server.closeAllConnections();
      }),
  };
}
