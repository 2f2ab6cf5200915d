/**
 * Decides whether a pull request's reviews fill the role slots it needs, and explains every slot and
 * every approval that did not count. It trusts nothing GitHub's branch protection may or may not be
 * set to do: it looks only at each reviewer's latest decision on the head commit itself, and counts
 * only reviewers who wrote none of the pull request's commits.
 */
import type { ChangeKind, GovernanceSettings } from '../schema/settings.ts';
import type { ChangeReason } from './classify.ts';
import {
  contributorsOf,
  describeContributions,
  mayBe,
  needsIdentities,
  surelyIs,
  type Contributor,
  type IdentityLookup,
  type PullCommit,
} from './contributors.ts';
import { formatPrincipal, parsePrincipal } from './governance.ts';
import { allRoles, requiredSlots, type RoleSlot, type TriggeredRequirement } from './requirements.ts';

/** The fields of a GitHub pull-request review that matter here. */
export interface Review {
  id: number;
  /** `null` for a deleted ("ghost") account. */
  login: string | null;
  /** APPROVED, CHANGES_REQUESTED, COMMENTED, DISMISSED or PENDING. */
  state: string;
  commitId: string | null;
  submittedAt: string | null;
}

export interface Team {
  org: string;
  slug: string;
}

/** Resolves team membership; throws when membership cannot be read (for example a token without read:org). */
export type TeamMembership = (team: Team, login: string) => Promise<boolean>;

export interface CountedApproval {
  login: string;
  role: string;
  /** The user or team entry in governance.yaml that made them a holder of the role. */
  via: string;
  reviewId: number;
  commit: string;
  submittedAt: string;
}

export interface SlotResult extends RoleSlot {
  filledBy?: CountedApproval;
  /** Holders of this role whose approval was needed for another slot: one person fills one slot. */
  countedElsewhere: { login: string; countedFor: string }[];
}

export const IGNORED_REASONS = [
  'dismissed',
  'changes-requested',
  'author',
  'contributor',
  'stale',
  'not-a-member',
  'role-not-needed',
  'surplus',
] as const;
export type IgnoredReason = (typeof IGNORED_REASONS)[number];

export interface IgnoredApproval {
  login: string;
  reason: IgnoredReason;
  detail: string;
  reviewId: number;
}

export interface RequirementResult {
  when: ChangeKind;
  label: string;
  ok: boolean;
  need: { role: string; slotId: string; filledBy?: string }[];
}

export interface Evaluation {
  ok: boolean;
  requirements: RequirementResult[];
  slots: SlotResult[];
  counted: CountedApproval[];
  ignored: IgnoredApproval[];
  /** Changes no requirement of governance.yaml covers, so they need no approval. */
  unrequired: ChangeReason[];
  /** Problems reading the facts (for example team membership) that may explain a missing approval. */
  findings: string[];
}

export interface EvaluationInput {
  governance: GovernanceSettings;
  /** What the pull request changes: `reasons` of its classification. */
  changes: readonly ChangeReason[];
  reviews: readonly Review[];
  headSha: string;
  author: string;
  /** The pull request's commits: their authors, committers and co-authors cannot approve it. */
  commits: readonly PullCommit[];
  identify: IdentityLookup;
  isTeamMember: TeamMembership;
}

const DECISIONS = new Set(['APPROVED', 'CHANGES_REQUESTED', 'DISMISSED']);
const short = (sha: string | null) => (sha ?? 'unknown').slice(0, 7);
const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

function byTime(a: Review, b: Review): number {
  return (a.submittedAt ?? '').localeCompare(b.submittedAt ?? '') || a.id - b.id;
}

/** Each reviewer's reviews in time order; a comment never replaces an approval or a change request, as on GitHub. */
function reviewsByPerson(reviews: readonly Review[]): Map<string, Review[]> {
  const people = new Map<string, Review[]>();
  for (const review of [...reviews].sort(byTime)) {
    if (!review.login || !DECISIONS.has(review.state)) continue;
    const key = review.login.toLowerCase();
    people.set(key, [...(people.get(key) ?? []), review]);
  }
  return people;
}

interface Holding {
  role: string;
  via: string;
}

interface Candidate {
  login: string;
  roles: Set<string>;
  review: Review;
  holdings: Holding[];
}

/** Every role a person holds, reading team membership through the resolver once per team. */
async function rolesOf(
  login: string,
  governance: GovernanceSettings,
  isTeamMember: TeamMembership,
  unreadable: Map<string, string>,
): Promise<{ holdings: Holding[]; unconfirmed: string[] }> {
  const holdings: Holding[] = [];
  const unconfirmed: string[] = [];
  for (const [role, principals] of allRoles(governance)) {
    for (const value of principals) {
      const principal = parsePrincipal(value);
      const via = formatPrincipal(principal);
      if (principal.kind === 'user') {
        if (same(principal.login, login)) holdings.push({ role, via });
        continue;
      }
      if (unreadable.has(via)) {
        unconfirmed.push(via);
        continue;
      }
      try {
        if (await isTeamMember(principal, login)) holdings.push({ role, via });
      } catch (error) {
        unreadable.set(via, error instanceof Error ? error.message : String(error));
        unconfirmed.push(via);
      }
    }
  }
  return { holdings: holdings.filter((h, i) => holdings.findIndex((o) => o.role === h.role) === i), unconfirmed };
}

function counted(candidate: Candidate, slot: RoleSlot): CountedApproval {
  return {
    login: candidate.login,
    role: slot.role,
    via: candidate.holdings.find((holding) => holding.role === slot.role)!.via,
    reviewId: candidate.review.id,
    commit: candidate.review.commitId!,
    submittedAt: candidate.review.submittedAt ?? '',
  };
}

/** Kuhn's augmenting paths: a maximum matching of slots to people, filling earlier slots first. */
function matchSlots(slots: readonly RoleSlot[], candidates: readonly Candidate[]): Map<string, number> {
  const slotOfPerson = new Map<number, string>();
  const personOfSlot = new Map<string, number>();
  const tryAssign = (slot: RoleSlot, visited: Set<number>): boolean => {
    for (const [person, candidate] of candidates.entries()) {
      if (!candidate.roles.has(slot.role) || visited.has(person)) continue;
      visited.add(person);
      const taken = slotOfPerson.get(person);
      if (
        taken === undefined ||
        tryAssign(
          slots.find((s) => s.id === taken)!,
          visited,
        )
      ) {
        slotOfPerson.set(person, slot.id);
        personOfSlot.set(slot.id, person);
        return true;
      }
    }
    return false;
  };
  for (const slot of slots) tryAssign(slot, new Set());
  return personOfSlot;
}

export async function evaluateApprovals(input: EvaluationInput): Promise<Evaluation> {
  const { governance, headSha, author, isTeamMember } = input;
  const { slots, requirements, unrequired } = requiredSlots(governance, input.changes);
  const neededRoles = new Set(slots.map((slot) => slot.role));
  const ignored: IgnoredApproval[] = [];
  const unreadable = new Map<string, string>();
  const unidentified: string[] = [];
  const candidates: Candidate[] = [];
  const contributors = contributorsOf(input.commits);
  // Commits GitHub could not link to an account are matched by name and address, looked up only when needed.
  const byNameToo = needsIdentities(contributors);
  const wrote = (contributions: Contributor[], how = '') =>
    `${describeContributions(contributions)} in this pull request${how}: people who wrote a change cannot approve it`;

  for (const history of reviewsByPerson(input.reviews).values()) {
    const latest = history.at(-1)!;
    const login = latest.login!;
    const approvedBefore = history.some((review) => review.state === 'APPROVED');
    const ignore = (reason: IgnoredReason, detail: string) =>
      ignored.push({ login, reason, detail, reviewId: latest.id });
    if (latest.state === 'DISMISSED') {
      ignore('dismissed', 'their latest review was dismissed, so it no longer counts');
      continue;
    }
    if (latest.state === 'CHANGES_REQUESTED') {
      ignore(
        'changes-requested',
        approvedBefore
          ? 'requested changes after approving: the later review replaces the approval'
          : 'requested changes',
      );
      continue;
    }
    if (same(login, author)) {
      ignore('author', 'opened this pull request: authors cannot approve their own change');
      continue;
    }
    const contributions = contributors.filter((contributor) => surelyIs(contributor, login));
    if (contributions.length) {
      ignore('contributor', wrote(contributions));
      continue;
    }
    if (latest.commitId !== headSha) {
      ignore(
        'stale',
        `approved commit ${short(latest.commitId)}, but the pull request is now at ${short(headSha)}: approve again after the latest push`,
      );
      continue;
    }
    const { holdings, unconfirmed } = await rolesOf(login, governance, isTeamMember, unreadable);
    const useful = holdings.filter((holding) => neededRoles.has(holding.role));
    if (!holdings.length) {
      const unsure = unconfirmed.length ? ` (membership of ${unconfirmed.join(', ')} could not be read)` : '';
      ignore('not-a-member', `is not a member of any role in governance.yaml${unsure}`);
      continue;
    }
    if (!useful.length) {
      ignore(
        'role-not-needed',
        `holds ${holdings.map((h) => h.role).join(', ')}, which this pull request does not need`,
      );
      continue;
    }
    if (byNameToo) {
      const identity = await input.identify(login).catch((error: unknown) => {
        unidentified.push(`@${login} (${error instanceof Error ? error.message : String(error)})`);
        return undefined;
      });
      if (!identity) {
        ignore(
          'contributor',
          "could not be checked against the authors of this pull request's commits, so does not count",
        );
        continue;
      }
      const likely = contributors.filter((contributor) => mayBe(contributor, identity));
      if (likely.length) {
        ignore('contributor', wrote(likely, ' (matched by the name or email address they use)'));
        continue;
      }
    }
    candidates.push({ login, roles: new Set(useful.map((h) => h.role)), review: latest, holdings: useful });
  }

  // Deterministic: the earliest valid approvals are matched first.
  candidates.sort((a, b) => byTime(a.review, b.review));
  const assignment = matchSlots(slots, candidates);
  const assignedSlotOf = new Map([...assignment].map(([slotId, person]) => [person, slotId]));

  const slotResults: SlotResult[] = slots.map((slot) => {
    const person = assignment.get(slot.id);
    if (person !== undefined) return { ...slot, filledBy: counted(candidates[person]!, slot), countedElsewhere: [] };
    const countedElsewhere = candidates.flatMap((candidate, index) => {
      const countedFor = assignedSlotOf.get(index);
      return candidate.roles.has(slot.role) && countedFor ? [{ login: candidate.login, countedFor }] : [];
    });
    return { ...slot, countedElsewhere };
  });

  candidates.forEach((candidate, index) => {
    if (assignedSlotOf.has(index)) return;
    const roles = [...candidate.roles].join(', ');
    ignored.push({
      login: candidate.login,
      reason: 'surplus',
      detail: `not needed: every ${roles} slot was already filled by someone else`,
      reviewId: candidate.review.id,
    });
  });

  const filled = new Map(slotResults.map((slot) => [slot.id, slot.filledBy?.login]));
  const requirementResults: RequirementResult[] = requirements.map((requirement: TriggeredRequirement) => {
    const need = requirement.need.map((entry) => ({ ...entry, filledBy: filled.get(entry.slotId) }));
    return {
      when: requirement.when,
      label: requirement.label,
      ok: need.every((entry) => entry.filledBy !== undefined),
      need,
    };
  });

  return {
    ok: slotResults.every((slot) => slot.filledBy),
    requirements: requirementResults,
    slots: slotResults,
    counted: slotResults.flatMap((slot) => (slot.filledBy ? [slot.filledBy] : [])),
    ignored,
    unrequired,
    findings: [
      ...[...unreadable].map(
        ([team, message]) =>
          `Team membership of ${team} could not be read (${message}); members of that team cannot be counted. The token needs read:org: set an APPROVALS_TOKEN secret (see docs/approvals.md).`,
      ),
      ...unidentified.map(
        (who) =>
          `Could not read the profile or commits of ${who}, so could not tell whether they wrote part of this pull request; their approval does not count.`,
      ),
    ],
  };
}
