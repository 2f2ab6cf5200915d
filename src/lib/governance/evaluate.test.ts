import { describe, expect, it } from 'vitest';
import type { GovernanceSettings } from '../schema/settings.ts';
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

const evaluate = (reviews: Review[], kinds: GovernanceSettings['requirements'][number]['when'][] = ['consultation-opens'], isTeamMember = teams) =>
  evaluateApprovals({ governance, kinds, reviews, headSha: HEAD, author: 'waste-officer-jo', isTeamMember });

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
    const result = await evaluate([review('director-place-hd', 'APPROVED', 1), review('cllr-amara-osei', 'APPROVED', 2)]);
    expect(result.ok).toBe(true);
    expect(result.slots.map((slot) => [slot.id, slot.filledBy?.login, slot.filledBy?.via])).toEqual([
      ['authoriser#1', 'cllr-amara-osei', '@cllr-amara-osei'],
      ['consultation-group#1', 'director-place-hd', '@harrowdale-council/consultation-group'],
    ]);
  });

  it('orders reviews by time, not by the order the API lists them', async () => {
    const result = await evaluate([review('cllr-amara-osei', 'CHANGES_REQUESTED', 9), review('priya-nair', 'APPROVED', 1), review('cllr-amara-osei', 'APPROVED', 2)]);
    expect(result.ok).toBe(false);
    expect(result.ignored).toMatchObject([{ login: 'cllr-amara-osei', reason: 'changes-requested' }]);
  });

  it('an approval after a change request counts again', async () => {
    const result = await evaluate([review('cllr-amara-osei', 'CHANGES_REQUESTED', 1), review('priya-nair', 'APPROVED', 2), review('cllr-amara-osei', 'APPROVED', 3)]);
    expect(result.ok).toBe(true);
  });

  it('explains holders of roles the PR does not need, and approvals nobody needed', async () => {
    const result = await evaluate([review('web-lead-kim', 'APPROVED', 1), review('priya-nair', 'APPROVED', 2), review('ravi-shah', 'APPROVED', 3), review('cllr-amara-osei', 'APPROVED', 4)]);
    expect(result.ok).toBe(true);
    expect(result.ignored).toEqual([
      { login: 'web-lead-kim', reason: 'role-not-needed', detail: 'holds web-team, which this pull request does not need', reviewId: expect.any(Number) },
      { login: 'ravi-shah', reason: 'surplus', detail: 'not needed: every consultation-group slot was already filled by someone else', reviewId: expect.any(Number) },
    ]);
  });

  it('ignores comments, pending reviews and deleted accounts', async () => {
    const result = await evaluate([review(null, 'APPROVED', 1), review('priya-nair', 'PENDING', 2), review('resident-9', 'COMMENTED', 3)]);
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
    const result = await evaluate([review('priya-nair', 'APPROVED', 1), review('tom-ellery', 'APPROVED', 2), review('ravi-shah', 'APPROVED', 3), review('cllr-amara-osei', 'APPROVED', 4)], ['consultation-opens'], forbidden);
    expect(calls).toBe(1);
    expect(result.ok).toBe(true);
    expect(result.findings).toHaveLength(1);
    expect(result.findings[0]).toContain('@harrowdale-council/consultation-group could not be read (HTTP 403');
    expect(result.ignored.map((entry) => entry.reason)).toEqual(['not-a-member', 'not-a-member']);
  });

  it('a PR needing nothing passes with no reviews', async () => {
    const result = await evaluate([], ['other']);
    expect(result).toMatchObject({ ok: true, slots: [], requirements: [] });
  });
});
