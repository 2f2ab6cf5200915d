/**
 * The daily launch warning: which consultations it lists, and the one issue it keeps, against the local
 * stand-in for GitHub's REST API (tests/support/github-api-server.ts).
 */
import { execFile } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { getOctokit } from '@actions/github';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { buildContext } from '../../src/lib/check/context.ts';
import { LAUNCH_LABEL, LAUNCH_MARKER, syncLaunchIssue } from '../../src/lib/check/launch-issue.ts';
import { loadSettings } from '../../src/lib/content/settings.ts';
import { sourceFileFromText } from '../../src/lib/content/source.ts';
import { launchWarnings, type LaunchWarning } from '../../src/lib/rules/launch-ready.ts';
import { startGitHubApiServer, type FakeGitHub, type GitHubApiServer } from '../support/github-api-server.ts';
import { BASE_CONSULTATION, corpusFolder } from '../../support/corpus.ts';
import { ROOT, TEST_TODAY } from '../../support/paths.ts';
import { makeContentTree } from '../../support/content-tree.ts';

const settings = loadSettings(ROOT);
const CASES = corpusFolder();
/** Opens on Monday 7 December 2026 with no record of its authorisation. */
const UNREADY = readFileSync(
  path.join(CASES, 'forthcoming-without-authorisation/content/consultations/library-hours.mdx'),
  'utf8',
);
const READY = readFileSync(BASE_CONSULTATION, 'utf8')
  .replace('opens: 2026-10-05', 'opens: 2026-12-07')
  .replace('closes: 2027-01-11', 'closes: 2027-03-15');

const warningsOn = (today: string, files: Record<string, string>) =>
  launchWarnings(
    buildContext({
      sources: Object.entries(files).map(([file, text]) => sourceFileFromText('consultations', file, text)),
      settings,
      today,
    }),
  );

describe('launchWarnings', () => {
  it('lists an unready consultation from launchWarningWorkingDays (10) working days before it opens, not earlier', () => {
    // Working days before 7 December: 23 November is the tenth, 20 November the eleventh.
    expect(warningsOn('2026-11-20', { 'library-hours.mdx': UNREADY })).toEqual([]);
    expect(warningsOn('2026-11-23', { 'library-hours.mdx': UNREADY })).toEqual([
      {
        slug: 'library-hours',
        title: 'Changes to library opening hours in Kelbrook',
        file: 'content/consultations/library-hours.mdx',
        opens: '2026-12-07',
        workingDaysLeft: 10,
        missing: ['a record of its authorisation'],
      },
    ]);
  });

  it('keeps listing it once the site holds it back, and leaves out one that is ready', () => {
    expect(
      warningsOn('2026-12-08', { 'library-hours.mdx': UNREADY, 'ready.mdx': READY }).map((warning) => [
        warning.slug,
        warning.workingDaysLeft,
      ]),
    ).toEqual([['library-hours', 0]]);
    expect(warningsOn('2026-11-30', { 'ready.mdx': READY })).toEqual([]);
  });
});

let state: FakeGitHub;
let server: GitHubApiServer;
beforeAll(async () => {
  state = { owner: 'harrowdale-council', repo: 'consultation-hub', pulls: [], contents: {}, teams: {}, issues: [] };
  server = await startGitHubApiServer(state);
});
afterAll(() => server.close());
beforeEach(() => {
  state.issues!.length = 0;
  server.requests.length = 0;
});

const repository = { owner: 'harrowdale-council', repo: 'consultation-hub' };
const street: LaunchWarning = {
  slug: 'kelbrook-street-trading',
  title: 'Street trading on Kelbrook Market Square',
  file: 'content/consultations/kelbrook-street-trading.mdx',
  opens: '2026-12-03',
  workingDaysLeft: 8,
  missing: ['an equality impact assessment', 'a record of its authorisation'],
};
const options = (today: string) => ({
  today,
  launchWarningWorkingDays: 10,
  notify: ['@harrowdale-council/consultation-group'],
});

describe('syncLaunchIssue', () => {
  const octokit = () => getOctokit('test-token', { baseUrl: server.url });

  it('opens one labelled issue saying what each consultation still needs and when it opens, for the consultation group', async () => {
    expect(await syncLaunchIssue(octokit(), repository, [street], options('2026-11-23'))).toEqual({
      action: 'created',
      number: 1,
    });
    expect(state.issues).toHaveLength(1);
    const [issue] = state.issues!;
    expect(issue).toMatchObject({
      title: '1 consultation opening soon is not ready',
      labels: [LAUNCH_LABEL],
      state: 'open',
    });
    expect(issue!.body.startsWith(LAUNCH_MARKER)).toBe(true);
    expect(issue!.body).toContain(
      '| [Street trading on Kelbrook Market Square](../blob/main/content/consultations/kelbrook-street-trading.mdx) | 3 December 2026 | In 8 working days | an equality impact assessment; a record of its authorisation |',
    );
    expect(issue!.body).toContain('For the consultation group: @harrowdale-council/consultation-group');
  });

  it('updates the same issue the next day, saying which one is held back already', async () => {
    await syncLaunchIssue(octokit(), repository, [street], options('2026-11-23'));
    const held = { ...street, slug: 'x', title: 'Bus | network review', workingDaysLeft: 0 };
    expect(await syncLaunchIssue(octokit(), repository, [held, street], options('2026-11-24'))).toEqual({
      action: 'updated',
      number: 1,
    });
    expect(state.issues).toHaveLength(1);
    expect(state.issues![0]!.title).toBe('2 consultations opening soon are not ready');
    expect(state.issues![0]!.body).toContain('Bus \\| network review](');
    expect(state.issues![0]!.body).toContain('| Held back now: shown as "Opening delayed" |');
  });

  it('leaves alone a labelled issue or pull request it did not write, and closes its own when every one is ready', async () => {
    state.issues!.push(
      {
        number: 1,
        title: 'Question about launch steps',
        body: 'Written by a person',
        state: 'open',
        labels: [LAUNCH_LABEL],
      },
      {
        number: 2,
        title: 'Add launch steps',
        body: LAUNCH_MARKER,
        state: 'open',
        labels: [LAUNCH_LABEL],
        pullRequest: true,
      },
    );
    expect(await syncLaunchIssue(octokit(), repository, [street], options('2026-11-23'))).toEqual({
      action: 'created',
      number: 3,
    });
    expect(await syncLaunchIssue(octokit(), repository, [], options('2026-11-25'))).toEqual({
      action: 'closed',
      number: 3,
    });
    expect(state.issues!.map((issue) => [issue.number, issue.state, issue.stateReason])).toEqual([
      [1, 'open', undefined],
      [2, 'open', undefined],
      [3, 'closed', 'completed'],
    ]);
    expect(await syncLaunchIssue(octokit(), repository, [], options('2026-11-26'))).toEqual({ action: 'none' });
  });
});

describe('npm run launch:warning', () => {
  // Asynchronously: the fake API answers from this process, so a synchronous spawn would block it.
  const run = (root: string, today: string) =>
    promisify(execFile)(
      'npx',
      ['tsx', path.join(ROOT, 'scripts/launch-warning.ts'), '--root', root, '--today', today],
      {
        cwd: ROOT,
        encoding: 'utf8',
        timeout: 30_000,
        env: {
          ...process.env,
          GITHUB_TOKEN: 'test-token',
          GITHUB_API_URL: server.url,
          GITHUB_REPOSITORY: 'harrowdale-council/consultation-hub',
        },
      },
    );

  it('lists the sample consultation that is not ready, then closes the issue once the files are ready', async () => {
    const first = await run(ROOT, TEST_TODAY);
    expect(first.stdout).toContain('Issue #1 created: 1 consultation(s) opening soon not ready.');
    expect(state.issues![0]!.body).toContain(
      '| 3 December 2026 | In 8 working days | a way to respond without the internet; an equality impact assessment; a record of its authorisation |',
    );
    const root = makeContentTree({ 'content/consultations/library-hours.mdx': READY }, 'launch-');
    try {
      const second = await run(root, TEST_TODAY);
      expect(second.stdout).toContain('Issue #1 closed: 0 consultation(s) opening soon not ready.');
      expect(state.issues![0]!.state).toBe('closed');
      expect(server.requests.every((request) => request.token === 'test-token')).toBe(true);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
