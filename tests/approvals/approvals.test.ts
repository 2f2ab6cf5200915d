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
import { failureMessage } from '../../src/lib/governance/summary.ts';
import type { ChangeKind } from '../../src/lib/schema/settings.ts';
import { startGitHubApiServer, type FakeGitHub, type GitHubApiServer } from '../support/github-api-server.ts';
import { ROOT } from '../../support/paths.ts';
import {
  commit,
  consultation,
  DECISION,
  feedback,
  GOVERNANCE,
  HEAD_SHA,
  JO,
  OLDER_SHA,
  OPENS_NOW,
  OWNER,
  PULL_NUMBER,
  REPO,
  repoFile,
  SETTINGS_CHANGE,
  scenarioState,
  standard,
  strategy,
  THRESHOLD_CHANGE,
  TODAY,
  type ScenarioFile,
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
  writeFileSync(
    eventPath,
    JSON.stringify({
      action: 'submitted',
      pull_request: { number: PULL_NUMBER },
      repository: { name: REPO, owner: { login: OWNER } },
    }),
  );
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
    const { result, summary } = await check({
      files: [OPENS_NOW],
      reviews: [
        ['priya-nair', 'APPROVED'],
        ['cllr-amara-osei', 'APPROVED'],
      ],
    });
    expect(result.classification.kinds).toEqual(['consultation-opens']);
    expect(result.ok).toBe(true);
    expect(summary).toContain(
      '| consultation-opens | consultation-group | @priya-nair (via @harrowdale-council/consultation-group) |  |',
    );
    expect(summary).toContain('| consultation-opens | authoriser | @cllr-amara-osei (via @cllr-amara-osei) |  |');
  });

  it('consultation-announced: one consultation-group member for a newly forthcoming consultation', async () => {
    const file = {
      path: 'content/consultations/recycling-centre-hours.mdx',
      head: consultation({ opens: '2027-06-07', closes: '2027-08-30' }),
    };
    const { result } = await check({ files: [file], reviews: [['tom-ellery', 'APPROVED']] });
    expect(result.classification.kinds).toEqual(['consultation-announced']);
    expect(result.ok).toBe(true);
  });

  it('feedback-published with its decision: a group member and an authoriser', async () => {
    const file = { path: 'content/feedback/library-opening-hours.mdx', head: feedback(812) };
    const { result } = await check({
      files: [file],
      reviews: [
        ['priya-nair', 'APPROVED'],
        ['director-place-hd', 'APPROVED'],
      ],
    });
    expect(result.classification.kinds).toEqual(['decision-recorded', 'feedback-published']);
    expect(result.ok).toBe(true);
  });

  it('strategy-adopted: a group member and an authoriser', async () => {
    const file = {
      path: 'content/strategies/engagement-strategy.mdx',
      base: strategy('draft'),
      head: strategy('adopted'),
    };
    const { result } = await check({
      files: [file],
      reviews: [
        ['tom-ellery', 'APPROVED'],
        ['director-place-hd', 'APPROVED'],
      ],
    });
    expect(result.classification.kinds).toEqual(['strategy-adopted']);
    expect(result.ok).toBe(true);
  });

  it('settings-changed: two different consultation-group members', async () => {
    const { result, summary } = await check({
      files: [SETTINGS_CHANGE],
      reviews: [
        ['priya-nair', 'APPROVED'],
        ['tom-ellery', 'APPROVED'],
      ],
    });
    expect(result.classification.kinds).toEqual(['settings-changed']);
    expect(result.ok).toBe(true);
    expect(summary).toMatch(/settings-changed \| consultation-group \| @priya-nair/);
    expect(summary).toMatch(/settings-changed \| consultation-group \| @tom-ellery/);
  });

  it('settings-changed on a threshold of the rules also needs a maintainer', async () => {
    const { result, summary } = await check({
      files: [THRESHOLD_CHANGE],
      reviews: [
        ['priya-nair', 'APPROVED'],
        ['tom-ellery', 'APPROVED'],
        ['devi-rao', 'APPROVED'],
      ],
    });
    expect(result.ok).toBe(true);
    expect(summary).toContain(
      '| settings-changed (content/settings/process.yaml) | maintainers | @devi-rao (via @harrowdale-council/hub-maintainers) |  |',
    );
  });

  it('settings-changed with one member is refused: the second slot needs a different person', async () => {
    const { result, summary } = await check({ files: [SETTINGS_CHANGE], reviews: [['priya-nair', 'APPROVED']] });
    expect(result.ok).toBe(false);
    expect(summary).toContain('approval from a second member of consultation-group, different from the others');
  });
});

describe('bypasses refused with the reason shown', () => {
  it('self-approval by the author, even one who holds the role', async () => {
    const { result, summary, ignored } = await check({
      author: 'director-place-hd',
      files: [OPENS_NOW],
      reviews: [
        ['priya-nair', 'APPROVED'],
        ['director-place-hd', 'APPROVED'],
      ],
    });
    expect(result.ok).toBe(false);
    expect(ignored('director-place-hd')?.reason).toBe('author');
    expect(summary).toContain(
      '| @director-place-hd | author | opened this pull request: authors cannot approve their own change |',
    );
    expect(summary).toContain('| consultation-opens | authoriser | — | approval from a member of authoriser |');
  });

  it('an approval on an older commit is stale', async () => {
    const { result, summary, ignored } = await check({
      files: [OPENS_NOW],
      reviews: [
        ['priya-nair', 'APPROVED'],
        ['cllr-amara-osei', 'APPROVED', 'older'],
      ],
    });
    expect(result.ok).toBe(false);
    expect(ignored('cllr-amara-osei')?.reason).toBe('stale');
    expect(summary).toContain(
      'approved commit aaaaaaa, but the pull request is now at ccccccc: approve again after the latest push',
    );
  });

  it('an approval followed by changes requested no longer counts', async () => {
    const { result, summary, ignored } = await check({
      files: [OPENS_NOW],
      reviews: [
        ['priya-nair', 'APPROVED'],
        ['cllr-amara-osei', 'APPROVED'],
        ['cllr-amara-osei', 'CHANGES_REQUESTED'],
      ],
    });
    expect(result.ok).toBe(false);
    expect(ignored('cllr-amara-osei')?.reason).toBe('changes-requested');
    expect(summary).toContain('requested changes after approving: the later review replaces the approval');
  });

  it('a comment after an approval does not replace it, as on GitHub', async () => {
    const { result } = await check({
      files: [OPENS_NOW],
      reviews: [
        ['priya-nair', 'APPROVED'],
        ['cllr-amara-osei', 'APPROVED'],
        ['cllr-amara-osei', 'COMMENTED'],
      ],
    });
    expect(result.ok).toBe(true);
  });

  it('a dismissed review does not count', async () => {
    const { result, summary, ignored } = await check({
      files: [OPENS_NOW],
      reviews: [
        ['priya-nair', 'APPROVED'],
        ['cllr-amara-osei', 'DISMISSED'],
      ],
    });
    expect(result.ok).toBe(false);
    expect(ignored('cllr-amara-osei')?.reason).toBe('dismissed');
    expect(summary).toContain(
      '| @cllr-amara-osei | dismissed | their latest review was dismissed, so it no longer counts |',
    );
  });

  it('an approval from someone who holds no role', async () => {
    const { result, summary, ignored } = await check({
      files: [OPENS_NOW],
      reviews: [
        ['priya-nair', 'APPROVED'],
        ['helpful-neighbour', 'APPROVED'],
      ],
    });
    expect(result.ok).toBe(false);
    expect(ignored('helpful-neighbour')?.reason).toBe('not-a-member');
    expect(summary).toContain('| @helpful-neighbour | not-a-member | is not a member of any role in governance.yaml |');
  });

  it('a pending team invitation is not membership', async () => {
    const { result, ignored } = await check({
      files: [OPENS_NOW],
      teamMembers: { 'sam-okafor': 'pending' },
      reviews: [
        ['sam-okafor', 'APPROVED'],
        ['cllr-amara-osei', 'APPROVED'],
      ],
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
    expect(summary).toMatch(
      /@director-place-hd holds this role but already counts for (authoriser|consultation-group)#1/,
    );
  });

  it('a team member counts through the team, matched case-insensitively', async () => {
    const { result, summary } = await check({
      files: [OPENS_NOW],
      reviews: [
        ['Priya-Nair', 'APPROVED'],
        ['CLLR-Amara-Osei', 'APPROVED'],
      ],
    });
    expect(result.ok).toBe(true);
    expect(summary).toContain('@Priya-Nair (via @harrowdale-council/consultation-group)');
  });

  it('a PR cannot grant its author a role by editing governance.yaml: the base rules apply', async () => {
    const grantsSelf = GOVERNANCE.replace(
      'authoriser: ["@cllr-amara-osei", "@director-place-hd"]',
      'authoriser: ["@cllr-amara-osei", "@director-place-hd", "@helpful-neighbour"]',
    );
    expect(grantsSelf).not.toBe(GOVERNANCE);
    const { result, ignored } = await check({
      files: [OPENS_NOW, { path: 'content/settings/governance.yaml', base: GOVERNANCE, head: grantsSelf }],
      headGovernance: grantsSelf,
      reviews: [
        ['priya-nair', 'APPROVED'],
        ['tom-ellery', 'APPROVED'],
        ['helpful-neighbour', 'APPROVED'],
      ],
    });
    expect(result.ok).toBe(false);
    expect(ignored('helpful-neighbour')?.reason).toBe('not-a-member');
  });
});

describe("a partner's consultation needs the partner's own approvers", () => {
  const FIRE = 'organisation: harrowdale-fire\n';
  const fireOpens: ScenarioFile = {
    path: 'content/consultations/fire-station-cover.mdx',
    head: consultation({
      opens: '2026-11-16',
      closes: '2027-02-15',
      title: 'Fire engine cover in Southmere',
      extra: FIRE,
    }),
  };

  it("refuses one approved by the council's consultation group and authoriser only", async () => {
    const { result, summary, ignored } = await check({
      files: [fireOpens],
      reviews: [
        ['priya-nair', 'APPROVED'],
        ['cllr-amara-osei', 'APPROVED'],
      ],
    });
    expect(result.classification.reasons).toEqual([
      expect.objectContaining({ kind: 'consultation-opens', organisation: 'harrowdale-fire' }),
    ]);
    expect(result.ok).toBe(false);
    expect(result.evaluation.slots.map((slot) => slot.id)).toEqual([
      'harrowdale-fire/authoriser#1',
      'harrowdale-fire/consultation-group#1',
    ]);
    expect(ignored('priya-nair')?.reason).toBe('role-not-needed');
    expect(ignored('cllr-amara-osei')?.reason).toBe('role-not-needed');
    expect(summary).toContain('consultation-opens (led by harrowdale-fire)');
    expect(failureMessage(result.evaluation)).toContain('harrowdale-fire/consultation-group');
  });

  it("accepts one approved by the partner's own consultation group and authoriser", async () => {
    const { result, summary } = await check({
      files: [fireOpens],
      reviews: [
        ['sam-okoro', 'APPROVED'],
        ['chief-fire-officer-hd', 'APPROVED'],
      ],
    });
    expect(result.ok).toBe(true);
    expect(summary).toContain(
      '| consultation-opens (led by harrowdale-fire) | harrowdale-fire/consultation-group | @sam-okoro (via @harrowdale-fire/consultation-leads) |',
    );
    expect(summary).toContain(
      '| consultation-opens (led by harrowdale-fire) | harrowdale-fire/authoriser | @chief-fire-officer-hd (via @chief-fire-officer-hd) |',
    );
  });

  it("falls back to the council's holders of a role the partner does not define", async () => {
    const groupOnly = GOVERNANCE.replace('      authoriser: ["@chief-fire-officer-hd"]\n', '');
    expect(groupOnly).not.toBe(GOVERNANCE);
    const approved = (authoriser: string) =>
      check({
        governance: groupOnly,
        files: [fireOpens],
        reviews: [
          ['sam-okoro', 'APPROVED'],
          [authoriser, 'APPROVED'],
        ],
      });
    expect((await approved('cllr-amara-osei')).result.ok).toBe(true);
    await server?.close();
    expect((await approved('chief-fire-officer-hd')).result.ok).toBe(false);
  });

  it("cannot be moved to the partner to be approved by the partner's people alone: both organisations approve", async () => {
    const council = consultation({ opens: '2026-11-16', closes: '2027-02-15' });
    const moved = consultation({ opens: '2026-11-16', closes: '2027-02-15', extra: FIRE });
    const { result } = await check({
      files: [{ path: 'content/consultations/recycling-centre-hours.mdx', base: council, head: moved }],
      reviews: [
        ['sam-okoro', 'APPROVED'],
        ['chief-fire-officer-hd', 'APPROVED'],
      ],
    });
    expect(result.ok).toBe(false);
    expect(result.evaluation.requirements.map((requirement) => [requirement.label, requirement.ok])).toEqual([
      ['consultation-changed', false],
      ['consultation-changed (led by harrowdale-fire)', true],
    ]);
  });

  it("cannot make its author one of the partner's approvers by editing governance.yaml: the base rules apply", async () => {
    const grantsSelf = GOVERNANCE.replace(
      'authoriser: ["@chief-fire-officer-hd"]',
      'authoriser: ["@chief-fire-officer-hd", "@helpful-neighbour"]',
    );
    expect(grantsSelf).not.toBe(GOVERNANCE);
    const { result, ignored } = await check({
      files: [fireOpens, { path: 'content/settings/governance.yaml', base: GOVERNANCE, head: grantsSelf }],
      headGovernance: grantsSelf,
      reviews: [
        ['sam-okoro', 'APPROVED'],
        ['helpful-neighbour', 'APPROVED'],
        ['priya-nair', 'APPROVED'],
        ['tom-ellery', 'APPROVED'],
        ['devi-rao', 'APPROVED'],
      ],
    });
    expect(result.ok).toBe(false);
    expect(ignored('helpful-neighbour')?.reason).toBe('not-a-member');
  });
});

describe('team membership the token cannot read', () => {
  it('fails with a finding that names the missing read:org token, without crashing', async () => {
    const { result, summary, ignored } = await check(
      {
        files: [OPENS_NOW],
        orgReadTokens: ['org-read-token'],
        reviews: [
          ['priya-nair', 'APPROVED'],
          ['cllr-amara-osei', 'APPROVED'],
        ],
      },
      { APPROVALS_TOKEN: undefined },
    );
    expect(result.ok).toBe(false);
    expect(ignored('priya-nair')?.detail).toContain(
      'membership of @harrowdale-council/consultation-group, @harrowdale-council/hub-maintainers, @harrowdale-fire/consultation-leads could not be read',
    );
    expect(summary).toContain('### Could not check');
    expect(summary).toContain('Team membership of @harrowdale-council/consultation-group could not be read (HTTP 403');
    expect(summary).toContain('APPROVALS_TOKEN');
  });

  it('reads teams with APPROVALS_TOKEN and everything else with GITHUB_TOKEN', async () => {
    const { result, requests } = await check({
      files: [OPENS_NOW],
      orgReadTokens: ['org-read-token'],
      reviews: [
        ['priya-nair', 'APPROVED'],
        ['cllr-amara-osei', 'APPROVED'],
      ],
    });
    expect(result.ok).toBe(true);
    expect(requests.filter((r) => r.path.startsWith('/orgs/')).every((r) => r.token === 'org-read-token')).toBe(true);
    expect(requests.filter((r) => r.path.startsWith('/repos/')).every((r) => r.token === 'repo-read-token')).toBe(true);
  });
});

describe('150 reviews across pages', () => {
  const chatter = Array.from({ length: 146 }, (_, i) => [`resident-${i}`, 'COMMENTED'] as [string, 'COMMENTED']);

  it('finds approvals on the second page', async () => {
    const reviews: ScenarioInput['reviews'] = [
      ...chatter.slice(0, 120),
      ['priya-nair', 'APPROVED'],
      ['tom-ellery', 'CHANGES_REQUESTED'],
      ...chatter.slice(120),
      ['cllr-amara-osei', 'APPROVED'],
      ['tom-ellery', 'APPROVED'],
    ];
    expect(reviews).toHaveLength(150);
    const { result, requests } = await check({ files: [OPENS_NOW], reviews });
    expect(result.ok).toBe(true);
    const pages = requests.filter((r) => r.path.endsWith('/reviews')).map((r) => r.query.get('page') ?? '1');
    expect(pages).toEqual(['1', '2']);
  });

  it('a change request on page two overrides an approval on page one', async () => {
    const reviews: ScenarioInput['reviews'] = [
      ['priya-nair', 'APPROVED'],
      ['cllr-amara-osei', 'APPROVED'],
      ...chatter,
      ['cllr-amara-osei', 'CHANGES_REQUESTED'],
      ['tom-ellery', 'COMMENTED'],
    ];
    expect(reviews).toHaveLength(150);
    const { result, ignored } = await check({ files: [OPENS_NOW], reviews });
    expect(result.ok).toBe(false);
    expect(ignored('cllr-amara-osei')?.reason).toBe('changes-requested');
  });
});

describe('what the PR changes decides what it needs', () => {
  it('a PR touching only code needs a maintainer: nothing is ungoverned', async () => {
    const files = [
      { path: 'README.md', base: '# Have your say\n', head: '# Have your say\n\nHarrowdale consultation hub.\n' },
      { path: 'src/styles/site.css', base: 'a{}', head: 'a{color:#1d70b8}' },
    ];
    const refused = await check({ files, reviews: [] });
    expect(refused.result.classification.kinds).toEqual(['code-changed']);
    expect(failureMessage(refused.result.evaluation)).toBe(
      'Missing approvals: 1 × maintainers. See the job summary for who approved and why other reviews did not count.',
    );
    await server?.close();
    server = undefined;
    const { result } = await check({ files, reviews: [['marek-lis', 'APPROVED']] });
    expect(result.ok).toBe(true);
  });

  it('where governance.yaml names no requirement for a kind, the summary says that change needs no approval', async () => {
    const governance =
      'roles:\n  consultation-group: ["@harrowdale-council/consultation-group"]\nrequirements:\n  - when: feedback-published\n    need: [consultation-group]\n';
    const { result, summary } = await check({
      governance,
      files: [{ path: 'README.md', base: 'a', head: 'b' }],
      reviews: [],
    });
    expect(result.ok).toBe(true);
    expect(summary).toContain(
      'No requirement in governance.yaml covers what this pull request changes, so it needs no approval.',
    );
    expect(summary).toContain(
      'No requirement in governance.yaml covers code-changed here, so that change needs no approval.',
    );
  });

  it('refuses to judge a pull request whose file list GitHub truncated', async () => {
    const state = scenarioState({ files: [{ path: 'README.md' }], reviews: [] });
    state.pulls[0]!.changedFiles = 3001;
    await expect(check(state)).rejects.toThrow(
      'pull request #42 changes 3001 files but GitHub listed only 1: split it into smaller pull requests',
    );
  });

  it('opening a consultation and changing settings needs two group members and an authoriser', async () => {
    const files = [OPENS_NOW, SETTINGS_CHANGE];
    const partial = await check({
      files,
      reviews: [
        ['priya-nair', 'APPROVED'],
        ['cllr-amara-osei', 'APPROVED'],
      ],
    });
    expect(partial.result.classification.kinds).toEqual(['consultation-opens', 'settings-changed']);
    expect(partial.result.evaluation.slots.map((slot) => slot.id)).toEqual([
      'authoriser#1',
      'consultation-group#1',
      'consultation-group#2',
    ]);
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

    const full = await check({
      files,
      reviews: [
        ['priya-nair', 'APPROVED'],
        ['cllr-amara-osei', 'APPROVED'],
        ['tom-ellery', 'APPROVED'],
      ],
    });
    expect(full.result.ok).toBe(true);
  });
});

/** An open consultation, a closed one with its decision, as they stand on the base branch. */
const RECYCLING = 'content/consultations/recycling-centre-hours.mdx';
const OPEN = consultation({ opens: '2026-11-02', closes: '2027-01-25' });
const CLOSED = consultation({ opens: '2026-06-01', closes: '2026-08-24', extra: DECISION });
const STANDARD = 'content/standards/complaints-handling.mdx';
const PACKAGE = repoFile('package.json');
const CLASSIFIER = repoFile('src/lib/governance/classify.ts');

/** The PR is refused, makes these kinds, and the failure names exactly the roles still missing. */
async function expectRefused(input: ScenarioInput, kinds: ChangeKind[], missing: string) {
  const checked = await check(input);
  expect(checked.result.classification.kinds).toEqual(kinds);
  expect(checked.result.ok).toBe(false);
  expect(failureMessage(checked.result.evaluation)).toBe(
    `Missing approvals: ${missing}. See the job summary for who approved and why other reviews did not count.`,
  );
  return checked;
}

describe('every kind of change, approved as governance.yaml requires', () => {
  const cases: [string, ScenarioFile[], ChangeKind[], ScenarioInput['reviews']][] = [
    [
      'consultation-changed',
      [
        {
          path: RECYCLING,
          base: OPEN,
          head: consultation({
            opens: '2026-11-02',
            closes: '2027-01-25',
            body: 'Later opening on summer evenings only.',
          }),
        },
      ],
      ['consultation-changed'],
      [['priya-nair', 'APPROVED']],
    ],
    [
      'consultation-withdrawn',
      [
        {
          path: RECYCLING,
          base: OPEN,
          head: consultation({ opens: '2026-11-02', closes: '2027-01-25', status: 'withdrawn' }),
        },
      ],
      ['consultation-withdrawn'],
      [
        ['priya-nair', 'APPROVED'],
        ['cllr-amara-osei', 'APPROVED'],
      ],
    ],
    [
      'decision-recorded',
      [{ path: RECYCLING, base: consultation({ opens: '2026-06-01', closes: '2026-08-24' }), head: CLOSED }],
      ['decision-recorded'],
      [
        ['priya-nair', 'APPROVED'],
        ['director-place-hd', 'APPROVED'],
      ],
    ],
    [
      'record-changed',
      [{ path: RECYCLING, base: CLOSED, head: CLOSED.replace('paid for by closing', 'funded by closing') }],
      ['record-changed'],
      [
        ['priya-nair', 'APPROVED'],
        ['tom-ellery', 'APPROVED'],
      ],
    ],
    [
      'content-removed',
      [{ path: RECYCLING, base: CLOSED }],
      ['content-removed'],
      [
        ['priya-nair', 'APPROVED'],
        ['tom-ellery', 'APPROVED'],
        ['cllr-amara-osei', 'APPROVED'],
      ],
    ],
    [
      'strategy-drafted',
      [{ path: 'content/strategies/engagement-strategy-2028.mdx', head: strategy('draft') }],
      ['strategy-drafted'],
      [['tom-ellery', 'APPROVED']],
    ],
    [
      'standard-changed',
      [{ path: STANDARD, base: standard(20), head: standard(15) }],
      ['standard-changed'],
      [
        ['tom-ellery', 'APPROVED'],
        ['cllr-amara-osei', 'APPROVED'],
      ],
    ],
    [
      'documents-changed',
      [{ path: 'public/documents/household-waste-sites-usage.pdf', base: '%PDF-1.7 old', head: '%PDF-1.7 new' }],
      ['documents-changed'],
      [['priya-nair', 'APPROVED']],
    ],
    [
      'code-changed',
      [{ path: 'src/components/Footer.astro', base: '<footer></footer>', head: '<footer class="site"></footer>' }],
      ['code-changed'],
      [['marek-lis', 'APPROVED']],
    ],
    [
      'code-changed in the rules',
      [{ path: 'src/lib/rules/timescale.ts', base: 'a', head: 'b' }],
      ['code-changed'],
      [
        ['marek-lis', 'APPROVED'],
        ['priya-nair', 'APPROVED'],
      ],
    ],
  ];

  it.each(cases)('%s', async (_name, files, kinds, reviews) => {
    const { result } = await check({ files, reviews });
    expect(result.classification.kinds).toEqual(kinds);
    expect(result.evaluation.ignored).toEqual([]);
    expect(result.ok).toBe(true);
  });
});

describe('the bypasses of issue 13 are refused, naming the roles still missing', () => {
  it("editing an open consultation's text without touching its dates", async () => {
    const head = consultation({
      opens: '2026-11-02',
      closes: '2027-01-25',
      body: 'Later opening at one centre only, and Wednesday closing at both.',
    });
    const { summary } = await expectRefused(
      { files: [{ path: RECYCLING, base: OPEN, head }], reviews: [] },
      ['consultation-changed'],
      '1 × consultation-group',
    );
    expect(summary).toContain(`- \`${RECYCLING}\`: consultation-changed (open consultation edited: body)`);
  });

  it("changing a forthcoming consultation's documents", async () => {
    const base = consultation({ opens: '2027-06-07', closes: '2027-08-30' });
    const head = consultation({
      opens: '2027-06-07',
      closes: '2027-08-30',
      extra:
        'documents:\n  - { title: Proposal, href: /documents/recycling-proposal.pdf, format: pdf, accessible: false }\n',
    });
    await expectRefused(
      { files: [{ path: RECYCLING, base, head }], reviews: [] },
      ['consultation-changed'],
      '1 × consultation-group',
    );
  });

  it('withdrawing an open consultation', async () => {
    const head = consultation({ opens: '2026-11-02', closes: '2027-01-25', status: 'withdrawn' });
    const { summary } = await expectRefused(
      { files: [{ path: RECYCLING, base: OPEN, head }], reviews: [['priya-nair', 'APPROVED']] },
      ['consultation-withdrawn'],
      '1 × authoriser',
    );
    expect(summary).toContain('consultation-withdrawn (withdrawn, was open)');
  });

  it('pausing an open consultation', async () => {
    const head = consultation({ opens: '2026-11-02', closes: '2027-01-25', status: 'paused' });
    await expectRefused(
      { files: [{ path: RECYCLING, base: OPEN, head }], reviews: [] },
      ['consultation-withdrawn'],
      '1 × authoriser, 1 × consultation-group',
    );
  });

  it('un-withdrawing a consultation, which also opens it', async () => {
    const base = consultation({ opens: '2026-11-02', closes: '2027-01-25', status: 'withdrawn' });
    await expectRefused(
      { files: [{ path: RECYCLING, base, head: OPEN }], reviews: [['priya-nair', 'APPROVED']] },
      ['consultation-opens', 'consultation-withdrawn'],
      '1 × authoriser',
    );
  });

  it('deleting a consultation', async () => {
    const { summary } = await expectRefused(
      { files: [{ path: RECYCLING, base: OPEN }], reviews: [['priya-nair', 'APPROVED']] },
      ['content-removed'],
      '1 × authoriser, 1 × consultation-group',
    );
    expect(summary).toContain(
      'content-removed (deleted: its page and its record disappear from the site (withdraw it instead, unless it must go))',
    );
  });

  it('deleting a feedback report', async () => {
    await expectRefused(
      { files: [{ path: 'content/feedback/library-opening-hours.mdx', base: feedback(812) }], reviews: [] },
      ['content-removed'],
      '1 × authoriser, 2 × consultation-group',
    );
  });

  it('renaming a published slug', async () => {
    const { result } = await expectRefused(
      {
        files: [
          { path: 'content/consultations/recycling-hours.mdx', previousPath: RECYCLING, base: CLOSED, head: CLOSED },
        ],
        reviews: [],
      },
      ['decision-recorded', 'record-changed', 'content-removed'],
      '1 × authoriser, 2 × consultation-group',
    );
    expect(result.classification.reasons[0]).toMatchObject({ path: RECYCLING, kind: 'content-removed' });
  });

  it("rewriting a closed consultation's decision", async () => {
    const head = CLOSED.replace('agreed at both centres', 'agreed at one centre');
    await expectRefused(
      { files: [{ path: RECYCLING, base: CLOSED, head }], reviews: [['priya-nair', 'APPROVED']] },
      ['decision-recorded'],
      '1 × authoriser',
    );
  });

  it("rewriting a closed consultation's dates", async () => {
    const head = CLOSED.replace('closes: 2026-08-24', 'closes: 2026-09-21');
    await expectRefused(
      { files: [{ path: RECYCLING, base: CLOSED, head }], reviews: [['priya-nair', 'APPROVED']] },
      ['record-changed'],
      '1 × consultation-group',
    );
  });

  it("rewriting a closed consultation's body", async () => {
    const head = CLOSED.replace(
      'Later summer opening at two recycling centres',
      'Later opening at one recycling centre',
    );
    const { summary } = await expectRefused(
      { files: [{ path: RECYCLING, base: CLOSED, head }], reviews: [] },
      ['record-changed'],
      '2 × consultation-group',
    );
    expect(summary).toContain('record-changed (consultation that closed on 2026-08-24 changed after the fact: body)');
  });

  it('adding a standard', async () => {
    await expectRefused(
      { files: [{ path: STANDARD, head: standard(20) }], reviews: [] },
      ['standard-changed'],
      '1 × authoriser, 1 × consultation-group',
    );
  });

  it('changing a standard residents are promised', async () => {
    await expectRefused(
      { files: [{ path: STANDARD, base: standard(20), head: standard(30) }], reviews: [['priya-nair', 'APPROVED']] },
      ['standard-changed'],
      '1 × authoriser',
    );
  });

  it('replacing a document under public/documents/', async () => {
    const file = {
      path: 'public/documents/library-visitor-counts.pdf',
      base: '%PDF-1.7 visitor counts',
      head: '%PDF-1.7 different counts',
    };
    const { summary } = await expectRefused(
      { files: [file], reviews: [] },
      ['documents-changed'],
      '1 × consultation-group',
    );
    expect(summary).toContain(
      '- `public/documents/library-visitor-counts.pdf`: documents-changed (published document changed)',
    );
  });

  it("editing package.json's approvals script", async () => {
    const head = PACKAGE.replace('"approvals": "tsx scripts/approvals.ts"', '"approvals": "echo approved"');
    expect(head).not.toBe(PACKAGE);
    const { summary } = await expectRefused(
      { files: [{ path: 'package.json', base: PACKAGE, head }], reviews: [['marek-lis', 'APPROVED']] },
      ['code-changed'],
      '1 × consultation-group',
    );
    expect(summary).toContain(
      '| code-changed (package.json) | consultation-group | — | approval from a member of consultation-group |',
    );
  });

  it("editing the classifier's imports", async () => {
    const head = CLASSIFIER.replace(
      "import { frontmatterData, splitFrontmatter } from '../content/source.ts';",
      "import { frontmatterData, splitFrontmatter } from './lenient-reader.ts';",
    );
    expect(head).not.toBe(CLASSIFIER);
    const files = [
      { path: 'src/lib/governance/classify.ts', base: CLASSIFIER, head },
      { path: 'src/lib/governance/lenient-reader.ts', head: 'export const frontmatterData = () => ({});\n' },
    ];
    await expectRefused({ files, reviews: [['priya-nair', 'APPROVED']] }, ['code-changed'], '1 × maintainers');
  });

  it('editing the approvals workflow', async () => {
    const workflow = repoFile('.github/workflows/approvals.yml');
    const files = [
      {
        path: '.github/workflows/approvals.yml',
        base: workflow,
        head: workflow.replace('run: npm run approvals', 'run: echo approved'),
      },
    ];
    await expectRefused({ files, reviews: [] }, ['code-changed'], '1 × consultation-group, 1 × maintainers');
  });

  it('a reviewer who co-authored a commit of the pull request', async () => {
    const commits = [
      commit(
        HEAD_SHA,
        'Open the recycling centre hours consultation\n\nCo-authored-by: Amara Osei <5512+cllr-amara-osei@users.noreply.github.com>',
      ),
    ];
    const { summary, ignored } = await expectRefused(
      {
        files: [OPENS_NOW],
        commits,
        reviews: [
          ['priya-nair', 'APPROVED'],
          ['cllr-amara-osei', 'APPROVED'],
        ],
      },
      ['consultation-opens'],
      '1 × authoriser',
    );
    expect(ignored('cllr-amara-osei')?.reason).toBe('contributor');
    expect(summary).toContain(
      '| @cllr-amara-osei | contributor | co-authored ccccccc (Co-authored-by: Amara Osei <5512+cllr-amara-osei@users.noreply.github.com>) in this pull request: people who wrote a change cannot approve it |',
    );
  });

  it('a reviewer who co-authored under their own address, known from their profile and their commits', async () => {
    const commits = [
      commit(
        HEAD_SHA,
        'Open the recycling centre hours consultation\n\nCo-authored-by: Priya Nair <p.nair@harrowdale.example>',
      ),
    ];
    const { ignored, requests } = await check({
      files: [OPENS_NOW],
      commits,
      users: { 'priya-nair': { id: 4471, name: 'Priya Nair' } },
      branchCommits: [
        commit(OLDER_SHA, 'Add the library feedback report', {
          name: 'P Nair',
          email: 'p.nair@harrowdale.example',
          login: 'priya-nair',
        }),
      ],
      reviews: [
        ['priya-nair', 'APPROVED'],
        ['cllr-amara-osei', 'APPROVED'],
      ],
    });
    expect(ignored('priya-nair')).toMatchObject({ reason: 'contributor' });
    expect(ignored('priya-nair')?.detail).toContain('(matched by the name or email address they use)');
    expect(requests.some((r) => r.path === '/users/priya-nair')).toBe(true);
    expect(
      requests.some((r) => r.path === `/repos/${OWNER}/${REPO}/commits` && r.query.get('author') === 'priya-nair'),
    ).toBe(true);
  });

  it('a reviewer who pushed a commit of the pull request', async () => {
    const commits = [
      commit(OLDER_SHA, 'Open the recycling centre hours consultation'),
      commit(HEAD_SHA, 'Fix the closing date', JO, {
        name: 'Tom Ellery',
        email: 'tom.ellery@harrowdale.example',
        login: 'tom-ellery',
      }),
    ];
    const { summary } = await expectRefused(
      {
        files: [SETTINGS_CHANGE],
        commits,
        reviews: [
          ['priya-nair', 'APPROVED'],
          ['tom-ellery', 'APPROVED'],
        ],
      },
      ['settings-changed'],
      '1 × consultation-group',
    );
    expect(summary).toContain(
      '| @tom-ellery | contributor | committed ccccccc in this pull request: people who wrote a change cannot approve it |',
    );
  });

  it('a reviewer who authored a commit that someone else pushed', async () => {
    const commits = [
      commit(
        HEAD_SHA,
        'Correct the opening hours',
        { name: 'Priya Nair', email: 'priya.nair@harrowdale.example', login: 'priya-nair' },
        JO,
      ),
    ];
    await expectRefused(
      {
        files: [OPENS_NOW],
        commits,
        reviews: [
          ['priya-nair', 'APPROVED'],
          ['cllr-amara-osei', 'APPROVED'],
        ],
      },
      ['consultation-opens'],
      '1 × consultation-group',
    );
  });

  it("a committer on the second page of the pull request's commits", async () => {
    const commits = Array.from({ length: 130 }, (_, i) => commit(i.toString(16).padStart(40, '0'), `Step ${i}`));
    commits[117] = commit(commits[117]!.sha, 'Tidy the summary', JO, {
      name: 'Priya Nair',
      email: 'priya.nair@harrowdale.example',
      login: 'priya-nair',
    });
    const { requests, ignored } = await expectRefused(
      {
        files: [OPENS_NOW],
        commits,
        reviews: [
          ['priya-nair', 'APPROVED'],
          ['cllr-amara-osei', 'APPROVED'],
        ],
      },
      ['consultation-opens'],
      '1 × consultation-group',
    );
    expect(ignored('priya-nair')?.reason).toBe('contributor');
    expect(requests.filter((r) => r.path.endsWith('/pulls/42/commits')).map((r) => r.query.get('page') ?? '1')).toEqual(
      ['1', '2'],
    );
  });

  it('a consultation whose frontmatter cannot be read needs every approval a consultation can need', async () => {
    const head = OPEN.replace('opens: 2026-11-02', 'opens: [2026-11-02');
    await expectRefused(
      { files: [{ path: RECYCLING, base: OPEN, head }], reviews: [['priya-nair', 'APPROVED']] },
      [
        'consultation-opens',
        'consultation-announced',
        'consultation-changed',
        'consultation-withdrawn',
        'decision-recorded',
        'record-changed',
      ],
      '1 × authoriser, 1 × consultation-group',
    );
  });

  it('a pull request whose commits GitHub cannot all list is not judged', async () => {
    const commits = Array.from({ length: 251 }, (_, i) => commit(i.toString(16).padStart(40, '0'), `Step ${i}`));
    await expect(check({ files: [OPENS_NOW], commits, reviews: [] })).rejects.toThrow(
      'pull request #42 has 251 commits but GitHub listed only 250: squash or split it so every author can be checked',
    );
  });
});

describe('the command GitHub Actions runs', () => {
  it('prints the summary, annotates the failure and exits 1 when an approval is missing', async () => {
    const env = await actionsEnv({ files: [OPENS_NOW], reviews: [['priya-nair', 'APPROVED']] });
    const tsx = path.join(ROOT, 'node_modules/tsx/dist/cli.mjs');
    const failure = await promisify(execFile)(process.execPath, [tsx, path.join(ROOT, 'scripts/approvals.ts')], {
      cwd: ROOT,
      env: { ...process.env, ...env },
    }).then(
      () => ({ code: 0, stdout: '' }),
      (error: { code: number; stdout: string }) => error,
    );
    expect(failure.code).toBe(1);
    expect(failure.stdout).toContain('| consultation-opens | authoriser | — | approval from a member of authoriser |');
    expect(failure.stdout).toContain('::error::Missing approvals: 1 × authoriser.');
    expect(readFileSync(env.GITHUB_STEP_SUMMARY, 'utf8')).toContain(
      '## Approvals: ❌ pull request #42 is missing approvals',
    );
  });
});
