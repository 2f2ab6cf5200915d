/**
 * Who wrote a pull request: every author, committer and `Co-authored-by:` of its commits. An approval
 * vouches for someone else's work, so a reviewer who is any of them does not count. People are matched
 * by GitHub login where GitHub linked the commit to an account, by GitHub's noreply address, and
 * otherwise by the names and addresses the reviewer is known to use. When in doubt the approval does not
 * count: the summary says why, and another member of the role can approve.
 */

/** A commit of the pull request, as the REST API lists it. */
export interface PullCommit {
  sha: string;
  message: string;
  author: GitPerson;
  committer: GitPerson;
}

export interface GitPerson {
  name?: string;
  email?: string;
  /** The GitHub account the address belongs to, where GitHub knows it. */
  login?: string;
}

export type ContributorRole = 'authored' | 'committed' | 'co-authored';

export interface Contributor extends GitPerson {
  role: ContributorRole;
  sha: string;
}

/** What is known of a reviewer beyond their login: their profile and the commits they made in this repository. */
export interface ReviewerIdentity {
  login: string;
  id?: number;
  names: string[];
  emails: string[];
}

/** Looks up a reviewer's identity; throws when it cannot be read. */
export type IdentityLookup = (login: string) => Promise<ReviewerIdentity>;

const CO_AUTHOR = /^[ \t]*co-authored-by:[ \t]*(.*?)[ \t]*<([^<>\n]*)>[ \t]*$/gim;
const NOREPLY = /^(?:(\d+)\+)?([^@+]+)@users\.noreply\.github\.com$/i;

const fold = (text: string) => text.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();

/** Every person in the commits. Web-flow commits GitHub makes itself (web edits, merges) name GitHub as committer. */
export function contributorsOf(commits: readonly PullCommit[]): Contributor[] {
  return commits.flatMap((commit) => {
    const { sha } = commit;
    const people: Contributor[] = [
      { ...commit.author, role: 'authored', sha },
      { ...commit.committer, role: 'committed', sha },
    ];
    for (const [, name, email] of commit.message.matchAll(CO_AUTHOR))
      people.push({ name: name!, email: email!, role: 'co-authored', sha });
    return people;
  });
}

/** The login a GitHub noreply address stands for, such as `12345+priya-nair@users.noreply.github.com`. */
function noreply(email: string | undefined): { id?: number; login: string } | undefined {
  const match = NOREPLY.exec(email ?? '');
  if (!match) return undefined;
  return match[1] ? { id: Number(match[1]), login: match[2]! } : { login: match[2]! };
}

/** Whether the contributor is the reviewer by something certain: their login or their noreply address. */
export function surelyIs(contributor: Contributor, login: string): boolean {
  const fromEmail = noreply(contributor.email);
  return fold(contributor.login ?? fromEmail?.login ?? '') === fold(login);
}

/** Whether some contributor can only be told apart by name and address (no login, no noreply address). */
export function needsIdentities(contributors: readonly Contributor[]): boolean {
  return contributors.some((contributor) => !contributor.login && !noreply(contributor.email));
}

/** Whether the contributor may be the reviewer, judged by the names and addresses the reviewer uses. */
export function mayBe(contributor: Contributor, identity: ReviewerIdentity): boolean {
  if (surelyIs(contributor, identity.login)) return true;
  // GitHub linked the commit to another account, or the noreply address names someone else.
  if (contributor.login || noreply(contributor.email))
    return identity.id !== undefined && noreply(contributor.email)?.id === identity.id;
  const emails = identity.emails.map(fold);
  const names = [identity.login, ...identity.names].map(fold);
  const byEmail = contributor.email !== undefined && emails.includes(fold(contributor.email));
  return byEmail || (contributor.name !== undefined && names.includes(fold(contributor.name)));
}

/** "co-authored 3f9c2a1 (Co-authored-by: Priya Nair <priya@…>); committed 8d01b7e" */
export function describeContributions(contributions: readonly Contributor[]): string {
  const byRole = new Map<ContributorRole, string[]>();
  for (const contribution of contributions) {
    const sha = contribution.sha.slice(0, 7);
    const text =
      contribution.role === 'co-authored'
        ? `${sha} (Co-authored-by: ${contribution.name} <${contribution.email}>)`
        : sha;
    const list = byRole.get(contribution.role) ?? [];
    if (!list.includes(text)) list.push(text);
    byRole.set(contribution.role, list);
  }
  const list = (commits: string[]) =>
    commits.length > 3 ? `${commits.slice(0, 3).join(', ')} and ${commits.length - 3} more` : commits.join(', ');
  return [...byRole].map(([role, commits]) => `${role} ${list(commits)}`).join('; ');
}
