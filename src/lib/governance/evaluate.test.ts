import { describe, expect, it } from 'vitest';
import type { ChangeKind, GovernanceSettings } from '../schema/settings.ts';
import type { IdentityLookup, PullCommit } from './contributors.ts';
import { evaluateApprovals, type Review, type TeamMembership } from './evaluate.ts';

const HEAD = 'c'.repeat(40);
const governance: GovernanceSettings = {
  roles: {
    'consultation-group': ['@harrowdale-council/consultation-group', '@Ravi-Shah'],
    authoriser: ['@cllr-amara-osei', '@director-place-hd'],
    'web-team': ['@web-lead-kim'],
  },
  requirements: [
    { when: 'consultation-opens', need: ['consultation-group', 'authoriser'] },
    { when: 'settings-changed', need: ['consultation-group', 'consultation-group'] },
  ],
};

const members: Record<string, string[]> = { 'consultation-group': ['priya-nair', 'director-place-hd'] };
const teams: TeamMembership = async (team, login) => (members[team.slug] ?? []).includes(login.toLowerCase());

let nextId = 1;
const review = (login: string | null, state: string, minute: number, commitId = HEAD): Review => ({
  id: nextId++,
  login,
  state,
  commitId,
  submittedAt: `2026-11-20T09:${String(minute).padStart(2, '0')}:00Z`,
});

const JO = { name: 'Jo Okafor', email: 'jo.okafor@harrowdale.example', login: 'waste-officer-jo' };
const byJo: PullCommit = {
  sha: 'e'.repeat(40),
  message: 'Open the recycling centre hours consultation',
  author: JO,
  committer: JO,
};
const noLookups: IdentityLookup = async (login) => {
  throw new Error(`no lookup expected for ${login}`);
};

const evaluate = (
  reviews: Review[],
  kinds: ChangeKind[] = ['consultation-opens'],
  isTeamMember = teams,
  commits = [byJo],
  identify = noLookups,
) =>
  evaluateApprovals({
    governance,
    changes: kinds.map((kind) => ({ path: 'content/consultations/recycling-centre-hours.mdx', kind, why: 'test' })),
    reviews,
    headSha: HEAD,
    author: 'waste-officer-jo',
    commits,
    identify,
    isTeamMember,
  });

describe('evaluateApprovals', () => {
  it('finds the assignment that fills every slot where a greedy one would not', async () => {
    // director-place-hd approved first and holds both roles; priya-nair holds only the group role.
    // Greedy would give the director the group slot and leave authoriser empty.
    const result = await evaluate([review('director-place-hd', 'APPROVED', 1), review('priya-nair', 'APPROVED', 2)]);
    expect(result.ok).toBe(true);
    expect(result.slots.map((slot) => [slot.id, slot.filledBy?.login])).toEqual([
      ['authoriser#1', 'director-place-hd'],
      ['consultation-group#1', 'priya-nair'],
    ]);
  });

  it('moves an earlier assignment along an augmenting path to make room', async () => {
    // Authoriser slots are tried first: the director takes it, then gives it up to the councillor so the
    // director can fill the group slot only they (of these two) can fill.
    const result = await evaluate([
      review('director-place-hd', 'APPROVED', 1),
      review('cllr-amara-osei', 'APPROVED', 2),
    ]);
    expect(result.ok).toBe(true);
    expect(result.slots.map((slot) => [slot.id, slot.filledBy?.login, slot.filledBy?.via])).toEqual([
      ['authoriser#1', 'cllr-amara-osei', '@cllr-amara-osei'],
      ['consultation-group#1', 'director-place-hd', '@harrowdale-council/consultation-group'],
    ]);
  });

  it('orders reviews by time, not by the order the API lists them', async () => {
    const result = await evaluate([
      review('cllr-amara-osei', 'CHANGES_REQUESTED', 9),
      review('priya-nair', 'APPROVED', 1),
      review('cllr-amara-osei', 'APPROVED', 2),
    ]);
    expect(result.ok).toBe(false);
    expect(result.ignored).toMatchObject([{ login: 'cllr-amara-osei', reason: 'changes-requested' }]);
  });

  it('an approval after a change request counts again', async () => {
    const result = await evaluate([
      review('cllr-amara-osei', 'CHANGES_REQUESTED', 1),
      review('priya-nair', 'APPROVED', 2),
      review('cllr-amara-osei', 'APPROVED', 3),
    ]);
    expect(result.ok).toBe(true);
  });

  it('explains holders of roles the PR does not need, and approvals nobody needed', async () => {
    const result = await evaluate([
      review('web-lead-kim', 'APPROVED', 1),
      review('priya-nair', 'APPROVED', 2),
      review('ravi-shah', 'APPROVED', 3),
      review('cllr-amara-osei', 'APPROVED', 4),
    ]);
    expect(result.ok).toBe(true);
    expect(result.ignored).toEqual([
      {
        login: 'web-lead-kim',
        reason: 'role-not-needed',
        detail: 'holds web-team, which this pull request does not need',
        reviewId: expect.any(Number),
      },
      {
        login: 'ravi-shah',
        reason: 'surplus',
        detail: 'not needed: every consultation-group slot was already filled by someone else',
        reviewId: expect.any(Number),
      },
    ]);
  });

  it('ignores comments, pending reviews and deleted accounts', async () => {
    const result = await evaluate([
      review(null, 'APPROVED', 1),
      review('priya-nair', 'PENDING', 2),
      review('resident-9', 'COMMENTED', 3),
    ]);
    expect(result.counted).toEqual([]);
    expect(result.ignored).toEqual([]);
    expect(result.ok).toBe(false);
  });

  it('reports a team it cannot read once, and keeps going with user roles', async () => {
    let calls = 0;
    const forbidden: TeamMembership = async () => {
      calls++;
      throw new Error('HTTP 403: Resource not accessible by integration');
    };
    const result = await evaluate(
      [
        review('priya-nair', 'APPROVED', 1),
        review('tom-ellery', 'APPROVED', 2),
        review('ravi-shah', 'APPROVED', 3),
        review('cllr-amara-osei', 'APPROVED', 4),
      ],
      ['consultation-opens'],
      forbidden,
    );
    expect(calls).toBe(1);
    expect(result.ok).toBe(true);
    expect(result.findings).toHaveLength(1);
    expect(result.findings[0]).toContain('@harrowdale-council/consultation-group could not be read (HTTP 403');
    expect(result.ignored.map((entry) => entry.reason)).toEqual(['not-a-member', 'not-a-member']);
  });

  it('a PR whose changes no requirement covers passes with no reviews, and says which changes those are', async () => {
    const result = await evaluate([], ['code-changed']);
    expect(result).toMatchObject({ ok: true, slots: [], requirements: [], unrequired: [{ kind: 'code-changed' }] });
  });
});

describe('independent reviewers', () => {
  const approvals = () => [review('priya-nair', 'APPROVED', 1), review('cllr-amara-osei', 'APPROVED', 2)];

  it('a reviewer who committed (pushed) a commit of the pull request does not count', async () => {
    const pushed: PullCommit = {
      ...byJo,
      sha: 'f'.repeat(40),
      committer: { name: 'Amara Osei', email: 'amara.osei@harrowdale.example', login: 'cllr-amara-osei' },
    };
    const result = await evaluate(approvals(), ['consultation-opens'], teams, [byJo, pushed]);
    expect(result.ok).toBe(false);
    expect(result.ignored).toEqual([
      {
        login: 'cllr-amara-osei',
        reason: 'contributor',
        detail: 'committed fffffff in this pull request: people who wrote a change cannot approve it',
        reviewId: expect.any(Number),
      },
    ]);
  });

  it('a co-author named by their noreply address does not count, without looking anyone up', async () => {
    const message = 'Open the consultation\n\nCo-authored-by: Priya Nair <4471+priya-nair@users.noreply.github.com>';
    const result = await evaluate(approvals(), ['consultation-opens'], teams, [{ ...byJo, message }]);
    expect(result.ok).toBe(false);
    expect(result.ignored[0]).toMatchObject({ login: 'priya-nair', reason: 'contributor' });
    expect(result.ignored[0]!.detail).toBe(
      'co-authored eeeeeee (Co-authored-by: Priya Nair <4471+priya-nair@users.noreply.github.com>) in this pull request: people who wrote a change cannot approve it',
    );
  });

  it('a co-author by their own address is found through the names and addresses the reviewer uses', async () => {
    const message = 'Open the consultation\n\nCo-authored-by: A. Osei <amara.osei@harrowdale.example>';
    const lookedUp: string[] = [];
    const identify: IdentityLookup = async (login) => {
      lookedUp.push(login);
      return login === 'cllr-amara-osei'
        ? { login, id: 77, names: ['Amara Osei'], emails: ['Amara.Osei@harrowdale.example'] }
        : { login, names: [], emails: [] };
    };
    const result = await evaluate(approvals(), ['consultation-opens'], teams, [{ ...byJo, message }], identify);
    expect(result.ok).toBe(false);
    expect(result.ignored[0]).toMatchObject({ login: 'cllr-amara-osei', reason: 'contributor' });
    expect(result.ignored[0]!.detail).toContain('(matched by the name or email address they use)');
    expect(lookedUp.sort()).toEqual(['cllr-amara-osei', 'priya-nair']);
  });

  it('someone else linked to another account is not mistaken for the reviewer by name', async () => {
    const other: PullCommit = {
      ...byJo,
      sha: 'f'.repeat(40),
      author: { name: 'Priya Nair', email: 'p.nair@example.org', login: 'priya-nair-2' },
    };
    const result = await evaluate(approvals(), ['consultation-opens'], teams, [byJo, other]);
    expect(result.ok).toBe(true);
  });

  it('a reviewer whose identity cannot be read does not count, with a finding', async () => {
    const message = 'Open the consultation\n\nCo-authored-by: Sam <sam@example.org>';
    const identify: IdentityLookup = async () => {
      throw new Error('HTTP 503: Service Unavailable');
    };
    const result = await evaluate(approvals(), ['consultation-opens'], teams, [{ ...byJo, message }], identify);
    expect(result.ok).toBe(false);
    expect(result.ignored.map((entry) => entry.reason)).toEqual(['contributor', 'contributor']);
    expect(result.findings[0]).toContain(
      'Could not read the profile or commits of @priya-nair (HTTP 503: Service Unavailable)',
    );
  });
});
