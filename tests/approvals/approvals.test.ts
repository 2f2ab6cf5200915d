/**
 * The approvals check end to end: scripts/approvals.ts runs in-process as GitHub Actions would run it,
 * against a local GitHub API serving each scenario. Every bypass must be refused with its reason shown.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { run } from '../../scripts/approvals.ts';
import { startGitHubApiServer, type FakeGitHub, type GitHubApiServer } from '../support/github-api-server.ts';
import { ROOT } from '../support/paths.ts';
import {
  consultation,
  feedback,
  GOVERNANCE,
  OPENS_NOW,
  OWNER,
  PULL_NUMBER,
  REPO,
  SETTINGS_CHANGE,
  scenarioState,
  strategy,
  TODAY,
  type ScenarioInput,
} from './fixtures.ts';

let server: GitHubApiServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** The environment GitHub Actions gives the step, pointed at the local API. */
async function actionsEnv(input: ScenarioInput | FakeGitHub) {
  const state = 'pulls' in input ? input : scenarioState(input);
  server = await startGitHubApiServer(state);
  const dir = mkdtempSync(path.join(tmpdir(), 'approvals-'));
  const eventPath = path.join(dir, 'event.json');
  const summaryPath = path.join(dir, 'summary.md');
  writeFileSync(eventPath, JSON.stringify({ action: 'submitted', pull_request: { number: PULL_NUMBER }, repository: { name: REPO, owner: { login: OWNER } } }));
  writeFileSync(summaryPath, '');
  return {
    GITHUB_TOKEN: 'repo-read-token',
    APPROVALS_TOKEN: 'org-read-token',
    GITHUB_API_URL: server.url,
    GITHUB_REPOSITORY: `${OWNER}/${REPO}`,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_STEP_SUMMARY: summaryPath,
    TODAY,
  };
}

async function check(input: ScenarioInput | FakeGitHub, env: Record<string, string | undefined> = {}) {
  const base = await actionsEnv(input);
  const result = await run({ ...base, ...env });
  const summary = readFileSync(base.GITHUB_STEP_SUMMARY, 'utf8');
  const ignored = (login: string) => result.evaluation.ignored.find((entry) => entry.login === login);
  return { result, summary, ignored, requests: server!.requests };
}

describe('each requirement satisfied', () => {
  it('consultation-opens: a consultation-group team member and an authoriser', async () => {
    const { result, summary } = await check({ files: [OPENS_NOW], reviews: [['priya-nair', 'APPROVED'], ['cllr-amara-osei', 'APPROVED']] });
    expect(result.classification.kinds).toEqual(['consultation-opens']);
    expect(result.ok).toBe(true);
    expect(summary).toContain('| consultation-opens | consultation-group | @priya-nair (via @harrowdale-council/consultation-group) |  |');
    expect(summary).toContain('| consultation-opens | authoriser | @cllr-amara-osei (via @cllr-amara-osei) |  |');
  });

  it('consultation-announced: one consultation-group member for a newly forthcoming consultation', async () => {
    const file = { path: 'content/consultations/recycling-centre-hours.mdx', head: consultation({ opens: '2027-06-07', closes: '2027-08-30' }) };
    const { result } = await check({ files: [file], reviews: [['tom-ellery', 'APPROVED']] });
    expect(result.classification.kinds).toEqual(['consultation-announced']);
    expect(result.ok).toBe(true);
  });

  it('feedback-published: one consultation-group member', async () => {
    const file = { path: 'content/feedback/library-opening-hours.mdx', head: feedback(812) };
    const { result } = await check({ files: [file], reviews: [['priya-nair', 'APPROVED']] });
    expect(result.classification.kinds).toEqual(['feedback-published']);
    expect(result.ok).toBe(true);
  });

  it('strategy-adopted: a group member and an authoriser', async () => {
    const file = { path: 'content/strategies/engagement-strategy.mdx', base: strategy('draft'), head: strategy('adopted') };
    const { result } = await check({ files: [file], reviews: [['tom-ellery', 'APPROVED'], ['director-place-hd', 'APPROVED']] });
    expect(result.classification.kinds).toEqual(['strategy-adopted']);
    expect(result.ok).toBe(true);
  });

  it('settings-changed: two different consultation-group members', async () => {
    const { result, summary } = await check({ files: [SETTINGS_CHANGE], reviews: [['priya-nair', 'APPROVED'], ['tom-ellery', 'APPROVED']] });
    expect(result.classification.kinds).toEqual(['settings-changed']);
    expect(result.ok).toBe(true);
    expect(summary).toMatch(/settings-changed \| consultation-group \| @priya-nair/);
    expect(summary).toMatch(/settings-changed \| consultation-group \| @tom-ellery/);
  });

  it('settings-changed with one member is refused: the second slot needs a different person', async () => {
    const { result, summary } = await check({ files: [SETTINGS_CHANGE], reviews: [['priya-nair', 'APPROVED']] });
    expect(result.ok).toBe(false);
    expect(summary).toContain('approval from a second member of consultation-group, different from the others');
  });
});

describe('bypasses refused with the reason shown', () => {
  it('self-approval by the author, even one who holds the role', async () => {
    const { result, summary, ignored } = await check({ author: 'director-place-hd', files: [OPENS_NOW], reviews: [['priya-nair', 'APPROVED'], ['director-place-hd', 'APPROVED']] });
    expect(result.ok).toBe(false);
    expect(ignored('director-place-hd')?.reason).toBe('author');
    expect(summary).toContain('| @director-place-hd | author | opened this pull request: authors cannot approve their own change |');
    expect(summary).toContain('| consultation-opens | authoriser | — | approval from a member of authoriser |');
  });

  it('an approval on an older commit is stale', async () => {
    const { result, summary, ignored } = await check({ files: [OPENS_NOW], reviews: [['priya-nair', 'APPROVED'], ['cllr-amara-osei', 'APPROVED', 'older']] });
    expect(result.ok).toBe(false);
    expect(ignored('cllr-amara-osei')?.reason).toBe('stale');
    expect(summary).toContain('approved commit aaaaaaa, but the pull request is now at ccccccc: approve again after the latest push');
  });

  it('an approval followed by changes requested no longer counts', async () => {
    const { result, summary, ignored } = await check({
      files: [OPENS_NOW],
      reviews: [['priya-nair', 'APPROVED'], ['cllr-amara-osei', 'APPROVED'], ['cllr-amara-osei', 'CHANGES_REQUESTED']],
    });
    expect(result.ok).toBe(false);
    expect(ignored('cllr-amara-osei')?.reason).toBe('changes-requested');
    expect(summary).toContain('requested changes after approving: the later review replaces the approval');
  });

  it('a comment after an approval does not replace it, as on GitHub', async () => {
    const { result } = await check({ files: [OPENS_NOW], reviews: [['priya-nair', 'APPROVED'], ['cllr-amara-osei', 'APPROVED'], ['cllr-amara-osei', 'COMMENTED']] });
    expect(result.ok).toBe(true);
  });

  it('a dismissed review does not count', async () => {
    const { result, summary, ignored } = await check({ files: [OPENS_NOW], reviews: [['priya-nair', 'APPROVED'], ['cllr-amara-osei', 'DISMISSED']] });
    expect(result.ok).toBe(false);
    expect(ignored('cllr-amara-osei')?.reason).toBe('dismissed');
    expect(summary).toContain('| @cllr-amara-osei | dismissed | their latest review was dismissed, so it no longer counts |');
  });

  it('an approval from someone who holds no role', async () => {
    const { result, summary, ignored } = await check({ files: [OPENS_NOW], reviews: [['priya-nair', 'APPROVED'], ['helpful-neighbour', 'APPROVED']] });
    expect(result.ok).toBe(false);
    expect(ignored('helpful-neighbour')?.reason).toBe('not-a-member');
    expect(summary).toContain('| @helpful-neighbour | not-a-member | is not a member of any role in governance.yaml |');
  });

  it('a pending team invitation is not membership', async () => {
    const { result, ignored } = await check({
      files: [OPENS_NOW],
      teamMembers: { 'sam-okafor': 'pending' },
      reviews: [['sam-okafor', 'APPROVED'], ['cllr-amara-osei', 'APPROVED']],
    });
    expect(result.ok).toBe(false);
    expect(ignored('sam-okafor')?.reason).toBe('not-a-member');
  });

  it('one person holding two roles fills only one slot', async () => {
    const { result, summary } = await check({
      files: [OPENS_NOW],
      teamMembers: { 'director-place-hd': 'active' },
      reviews: [['director-place-hd', 'APPROVED']],
    });
    expect(result.ok).toBe(false);
    expect(result.evaluation.counted).toHaveLength(1);
    expect(summary).toMatch(/@director-place-hd holds this role but already counts for (authoriser|consultation-group)#1/);
  });

  it('a team member counts through the team, matched case-insensitively', async () => {
    const { result, summary } = await check({ files: [OPENS_NOW], reviews: [['Priya-Nair', 'APPROVED'], ['CLLR-Amara-Osei', 'APPROVED']] });
    expect(result.ok).toBe(true);
    expect(summary).toContain('@Priya-Nair (via @harrowdale-council/consultation-group)');
  });

  it('a PR cannot grant its author a role by editing governance.yaml: the base rules apply', async () => {
    const grantsSelf = GOVERNANCE.replace('authoriser: ["@cllr-amara-osei", "@director-place-hd"]', 'authoriser: ["@cllr-amara-osei", "@director-place-hd", "@helpful-neighbour"]');
    expect(grantsSelf).not.toBe(GOVERNANCE);
    const { result, ignored } = await check({
      files: [OPENS_NOW, { path: 'content/settings/governance.yaml', base: GOVERNANCE, head: grantsSelf }],
      headGovernance: grantsSelf,
      reviews: [['priya-nair', 'APPROVED'], ['tom-ellery', 'APPROVED'], ['helpful-neighbour', 'APPROVED']],
    });
    expect(result.ok).toBe(false);
    expect(ignored('helpful-neighbour')?.reason).toBe('not-a-member');
  });
});

describe('team membership the token cannot read', () => {
  it('fails with a finding that names the missing read:org token, without crashing', async () => {
    const { result, summary, ignored } = await check(
      { files: [OPENS_NOW], orgReadTokens: ['org-read-token'], reviews: [['priya-nair', 'APPROVED'], ['cllr-amara-osei', 'APPROVED']] },
      { APPROVALS_TOKEN: undefined },
    );
    expect(result.ok).toBe(false);
    expect(ignored('priya-nair')?.detail).toContain('membership of @harrowdale-council/consultation-group could not be read');
    expect(summary).toContain('### Could not check');
    expect(summary).toContain('Team membership of @harrowdale-council/consultation-group could not be read (HTTP 403');
    expect(summary).toContain('APPROVALS_TOKEN');
  });

  it('reads teams with APPROVALS_TOKEN and everything else with GITHUB_TOKEN', async () => {
    const { result, requests } = await check({ files: [OPENS_NOW], orgReadTokens: ['org-read-token'], reviews: [['priya-nair', 'APPROVED'], ['cllr-amara-osei', 'APPROVED']] });
    expect(result.ok).toBe(true);
    expect(requests.filter((r) => r.path.startsWith('/orgs/')).every((r) => r.token === 'org-read-token')).toBe(true);
    expect(requests.filter((r) => r.path.startsWith('/repos/')).every((r) => r.token === 'repo-read-token')).toBe(true);
  });
});

describe('150 reviews across pages', () => {
  const chatter = Array.from({ length: 146 }, (_, i) => [`resident-${i}`, 'COMMENTED'] as [string, 'COMMENTED']);

  it('finds approvals on the second page', async () => {
    const reviews: ScenarioInput['reviews'] = [...chatter.slice(0, 120), ['priya-nair', 'APPROVED'], ['tom-ellery', 'CHANGES_REQUESTED'], ...chatter.slice(120), ['cllr-amara-osei', 'APPROVED'], ['tom-ellery', 'APPROVED']];
    expect(reviews).toHaveLength(150);
    const { result, requests } = await check({ files: [OPENS_NOW], reviews });
    expect(result.ok).toBe(true);
    const pages = requests.filter((r) => r.path.endsWith('/reviews')).map((r) => r.query.get('page') ?? '1');
    expect(pages).toEqual(['1', '2']);
  });

  it('a change request on page two overrides an approval on page one', async () => {
    const reviews: ScenarioInput['reviews'] = [['priya-nair', 'APPROVED'], ['cllr-amara-osei', 'APPROVED'], ...chatter, ['cllr-amara-osei', 'CHANGES_REQUESTED'], ['tom-ellery', 'COMMENTED']];
    expect(reviews).toHaveLength(150);
    const { result, ignored } = await check({ files: [OPENS_NOW], reviews });
    expect(result.ok).toBe(false);
    expect(ignored('cllr-amara-osei')?.reason).toBe('changes-requested');
  });
});

describe('what the PR changes decides what it needs', () => {
  it('a PR touching nothing that needs approval passes with no reviews', async () => {
    const { result, summary } = await check({
      files: [{ path: 'README.md', base: '# Have your say\n', head: '# Have your say\n\nHarrowdale consultation hub.\n' }, { path: 'src/styles/site.css', base: 'a{}', head: 'a{color:#1d70b8}' }],
      reviews: [],
    });
    expect(result.ok).toBe(true);
    expect(result.classification.kinds).toEqual(['other']);
    expect(summary).toContain('No change in this pull request needs a governance approval.');
  });

  it('refuses to judge a pull request whose file list GitHub truncated', async () => {
    const state = scenarioState({ files: [{ path: 'README.md' }], reviews: [] });
    state.pulls[0]!.changedFiles = 3001;
    await expect(check(state)).rejects.toThrow('pull request #42 changes 3001 files but GitHub listed only 1: split it into smaller pull requests');
  });

  it('opening a consultation and changing settings needs two group members and an authoriser', async () => {
    const files = [OPENS_NOW, SETTINGS_CHANGE];
    const partial = await check({ files, reviews: [['priya-nair', 'APPROVED'], ['cllr-amara-osei', 'APPROVED']] });
    expect(partial.result.classification.kinds).toEqual(['consultation-opens', 'settings-changed']);
    expect(partial.result.evaluation.slots.map((slot) => slot.id)).toEqual(['authoriser#1', 'consultation-group#1', 'consultation-group#2']);
    expect(partial.result.ok).toBe(false);
    expect(partial.result.evaluation.requirements.map((r) => [r.when, r.ok])).toEqual([
      ['consultation-opens', true],
      ['settings-changed', false],
    ]);
    expect(partial.summary).toContain(
      '| settings-changed | consultation-group | — | approval from a second member of consultation-group, different from the others; @priya-nair holds this role but already counts for consultation-group#1 |',
    );
    await server?.close();
    server = undefined;

    const full = await check({ files, reviews: [['priya-nair', 'APPROVED'], ['cllr-amara-osei', 'APPROVED'], ['tom-ellery', 'APPROVED']] });
    expect(full.result.ok).toBe(true);
  });
});

describe('the command GitHub Actions runs', () => {
  it('prints the report, annotates the failure and exits 1 when an approval is missing', async () => {
    const env = await actionsEnv({ files: [OPENS_NOW], reviews: [['priya-nair', 'APPROVED']] });
    const tsx = path.join(ROOT, 'node_modules/tsx/dist/cli.mjs');
    const failure = await promisify(execFile)(process.execPath, [tsx, path.join(ROOT, 'scripts/approvals.ts')], { cwd: ROOT, env: { ...process.env, ...env } }).then(
      () => ({ code: 0, stdout: '' }),
      (error: { code: number; stdout: string }) => error,
    );
    expect(failure.code).toBe(1);
    expect(failure.stdout).toContain('| consultation-opens | authoriser | — | approval from a member of authoriser |');
    expect(failure.stdout).toContain('::error::Missing approvals: 1 × authoriser.');
    expect(readFileSync(env.GITHUB_STEP_SUMMARY, 'utf8')).toContain('## Approvals: ❌ pull request #42 is missing approvals');
  });
});
