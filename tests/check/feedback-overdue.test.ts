/** The overdue-feedback issue, against a small stand-in for GitHub's issues API on 127.0.0.1. */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { getOctokit } from '@actions/github';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { OVERDUE_LABEL, OVERDUE_MARKER, syncOverdueIssue } from '../../src/lib/check/feedback-issue.ts';
import type { OverdueFeedback } from '../../src/lib/rules/closing-the-loop.ts';
import { BASE_CONSULTATION } from '../../support/corpus.ts';
import { ROOT } from '../../support/paths.ts';
import { makeContentTree } from '../../support/content-tree.ts';

interface FakeIssue {
  number: number;
  title: string;
  body: string;
  state: 'open' | 'closed';
  labels: { name: string }[];
  pull_request?: object;
}

let issues: FakeIssue[] = [];
const requests: string[] = [];
let server: Server;
let baseUrl: string;

beforeAll(async () => {
  server = createServer((request, response) => {
    let text = '';
    request.on('data', (chunk) => (text += chunk));
    request.on('end', () => {
      const url = new URL(request.url!, 'http://127.0.0.1');
      requests.push(`${request.method} ${url.pathname}`);
      const send = (status: number, body: unknown) => {
        response.writeHead(status, { 'content-type': 'application/json' });
        response.end(JSON.stringify(body));
      };
      const body = text ? (JSON.parse(text) as Partial<Omit<FakeIssue, 'labels'>> & { labels?: string[] }) : {};
      const one = /^\/repos\/harrowdale-council\/consultation-hub\/issues\/(\d+)$/.exec(url.pathname);
      if (url.pathname === '/repos/harrowdale-council/consultation-hub/issues' && request.method === 'GET') {
        const label = url.searchParams.get('labels');
        return send(
          200,
          issues.filter(
            (issue) => issue.state === url.searchParams.get('state') && issue.labels.some((l) => l.name === label),
          ),
        );
      }
      if (url.pathname === '/repos/harrowdale-council/consultation-hub/issues' && request.method === 'POST') {
        const issue: FakeIssue = {
          number: issues.length + 1,
          title: body.title!,
          body: body.body!,
          state: 'open',
          labels: (body.labels ?? []).map((name) => ({ name })),
        };
        issues.push(issue);
        return send(201, issue);
      }
      if (one && request.method === 'PATCH') {
        const issue = issues.find((candidate) => candidate.number === Number(one[1]));
        if (!issue) return send(404, { message: 'Not Found' });
        Object.assign(issue, {
          title: body.title ?? issue.title,
          body: body.body ?? issue.body,
          state: body.state ?? issue.state,
        });
        return send(200, issue);
      }
      return send(404, { message: 'Not Found' });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
beforeEach(() => {
  issues = [];
  requests.length = 0;
});

const repository = { owner: 'harrowdale-council', repo: 'consultation-hub' };
const overdue: OverdueFeedback[] = [
  {
    slug: 'library-hours',
    title: 'Changes to library opening hours in Kelbrook',
    file: 'content/consultations/library-hours.mdx',
    closes: '2027-01-11',
    due: '2027-04-05',
    daysOverdue: 57,
  },
];

describe('syncOverdueIssue', () => {
  const octokit = () => getOctokit('test-token', { baseUrl });

  it('opens one labelled issue listing what is overdue', async () => {
    expect(await syncOverdueIssue(octokit(), repository, overdue, '2027-06-01', 12)).toEqual({
      action: 'created',
      number: 1,
    });
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({
      title: 'Feedback overdue for 1 consultation',
      labels: [{ name: OVERDUE_LABEL }],
    });
    expect(issues[0]!.body).toContain(OVERDUE_MARKER);
    expect(issues[0]!.body).toContain(
      '| [Changes to library opening hours in Kelbrook](../blob/main/content/consultations/library-hours.mdx) | 11 January 2027 | 5 April 2027 | 57 |',
    );
  });

  it('updates the same issue the next day instead of opening another', async () => {
    await syncOverdueIssue(octokit(), repository, overdue, '2027-06-01', 12);
    const later = [...overdue, { ...overdue[0]!, slug: 'bus-review', title: 'Bus network review', daysOverdue: 3 }];
    expect(await syncOverdueIssue(octokit(), repository, later, '2027-06-02', 12)).toEqual({
      action: 'updated',
      number: 1,
    });
    expect(issues).toHaveLength(1);
    expect(issues[0]!.title).toBe('Feedback overdue for 2 consultations');
  });

  it('ignores a labelled issue someone else wrote, and closes its own when nothing is overdue', async () => {
    issues.push({
      number: 1,
      title: 'Question about feedback',
      body: 'Not from the workflow',
      state: 'open',
      labels: [{ name: OVERDUE_LABEL }],
    });
    await syncOverdueIssue(octokit(), repository, overdue, '2027-06-01', 12);
    expect(await syncOverdueIssue(octokit(), repository, [], '2027-06-10', 12)).toEqual({
      action: 'closed',
      number: 2,
    });
    expect(issues.map((issue) => issue.state)).toEqual(['open', 'closed']);
    expect(await syncOverdueIssue(octokit(), repository, [], '2027-06-11', 12)).toEqual({ action: 'none' });
  });
});

describe('npm run feedback:overdue', () => {
  // Asynchronously: the fake API answers from this process, so a synchronous spawn would block it.
  it('reads the content and opens the issue through the API', async () => {
    const library = readFileSync(BASE_CONSULTATION, 'utf8');
    const root = makeContentTree({ 'content/consultations/library-hours.mdx': library }, 'overdue-');
    try {
      const result = await promisify(execFile)(
        'npx',
        ['tsx', path.join(ROOT, 'scripts/feedback-overdue.ts'), '--root', root, '--today', '2027-06-01'],
        {
          cwd: ROOT,
          encoding: 'utf8',
          timeout: 30_000,
          env: {
            ...process.env,
            GITHUB_TOKEN: 'test-token',
            GITHUB_API_URL: baseUrl,
            GITHUB_REPOSITORY: 'harrowdale-council/consultation-hub',
          },
        },
      );
      expect(result.stdout).toContain('Issue #1 created: 1 consultation(s) with overdue feedback.');
      expect(issues[0]!.body).toContain('| 11 January 2027 | 5 April 2027 | 57 |');
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
