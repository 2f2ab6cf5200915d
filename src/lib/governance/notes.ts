/**
 * Approval records kept as git notes under refs/notes/approvals, one JSON note per merged commit, so an
 * auditor with a clone can read who approved what with `git log --notes=approvals`, without GitHub.
 */
import { gitText, identityEnv, readObjects } from '../git/run.ts';
import type { Evaluation } from './evaluate.ts';
import type { PullRequestFacts } from './github.ts';

export const NOTES_REF = 'refs/notes/approvals';

export interface ApprovalNote {
  /** `null` when the commit reached the branch without a pull request (a direct push). */
  pr: number | null;
  title: string | null;
  author: string | null;
  mergedBy: string | null;
  mergedAt: string | null;
  approvals: { login: string; role: string; commit: string; submittedAt: string }[];
  /** `missing` names the role of each unfilled slot, so two missing group members appear twice. */
  result: { ok: boolean; missing: string[] };
}

export function approvalNote(pull: PullRequestFacts, evaluation: Evaluation): ApprovalNote {
  return {
    pr: pull.number,
    title: pull.title,
    author: pull.author,
    mergedBy: pull.mergedBy,
    mergedAt: pull.mergedAt,
    approvals: evaluation.counted.map(({ login, role, commit, submittedAt }) => ({ login, role, commit, submittedAt })),
    result: { ok: evaluation.ok, missing: evaluation.slots.filter((slot) => !slot.filledBy).map((slot) => slot.role) },
  };
}

/** What an auditor should see for a commit pushed straight to the branch. */
export function directPushNote(): ApprovalNote {
  return {
    pr: null,
    title: null,
    author: null,
    mergedBy: null,
    mergedAt: null,
    approvals: [],
    result: { ok: false, missing: ['pull request'] },
  };
}

export interface GitIdentity {
  name: string;
  email: string;
}

const BOT: GitIdentity = {
  name: 'github-actions[bot]',
  email: '41898282+github-actions[bot]@users.noreply.github.com',
};

/** Notes are written, merged and pushed as the Actions bot unless an identity is given. */
const git = (repoDir: string, args: string[], identity: GitIdentity = BOT) =>
  gitText(repoDir, args, { env: identityEnv(identity) });

/** Replaces any earlier note on the commit: a re-run records the latest evaluation. */
export function writeApprovalNote(repoDir: string, sha: string, note: ApprovalNote, identity?: GitIdentity): void {
  git(repoDir, ['notes', '--ref=approvals', 'add', '-f', '-m', JSON.stringify(note, null, 2), sha], identity);
}

export function readApprovalNote(repoDir: string, sha: string): ApprovalNote | undefined {
  try {
    return JSON.parse(git(repoDir, ['notes', '--ref=approvals', 'show', sha])) as ApprovalNote;
  } catch {
    return undefined;
  }
}

/**
 * Every approval note, keyed by full commit SHA: one `git notes list` and one `git cat-file --batch`,
 * however many notes there are.
 */
export function readApprovalNotes(repoDir: string): Map<string, ApprovalNote> {
  const notes = new Map<string, ApprovalNote>();
  let listing: string;
  try {
    listing = git(repoDir, ['notes', '--ref=approvals', 'list']);
  } catch {
    return notes;
  }
  const pairs = listing
    .split('\n')
    .filter(Boolean)
    .map((line) => line.split(' ') as [string, string]);
  if (!pairs.length) return notes;
  const bodies = readObjects(
    repoDir,
    pairs.map(([blob]) => blob),
  );
  for (const [blob, commit] of pairs) {
    const body = bodies.get(blob);
    if (body === undefined) continue;
    try {
      notes.set(commit, JSON.parse(body) as ApprovalNote);
    } catch {
      // A note someone wrote by hand that is not ours: an auditor still sees it with git log; we skip it.
    }
  }
  return notes;
}

/** Fetches the remote notes and merges them in, keeping ours where both annotate the same commit. */
export function fetchApprovalNotes(repoDir: string, remote = 'origin', identity?: GitIdentity): void {
  const remoteRef = 'refs/notes/approvals-remote';
  try {
    git(repoDir, ['fetch', '--quiet', remote, `+${NOTES_REF}:${remoteRef}`]);
  } catch {
    return; // No notes on the remote yet.
  }
  const hasLocal = (() => {
    try {
      git(repoDir, ['rev-parse', '--verify', '--quiet', NOTES_REF]);
      return true;
    } catch {
      return false;
    }
  })();
  if (hasLocal) git(repoDir, ['notes', '--ref=approvals', 'merge', '--quiet', '-s', 'ours', remoteRef], identity);
  else git(repoDir, ['update-ref', NOTES_REF, remoteRef]);
}

/**
 * Writes the note and pushes the notes ref, retrying when another merge pushed notes in the meantime.
 */
export function recordApprovalNote(
  repoDir: string,
  sha: string,
  note: ApprovalNote,
  options: { remote?: string; identity?: GitIdentity; attempts?: number } = {},
): void {
  const remote = options.remote ?? 'origin';
  for (let attempt = 1; ; attempt++) {
    fetchApprovalNotes(repoDir, remote, options.identity);
    writeApprovalNote(repoDir, sha, note, options.identity);
    try {
      git(repoDir, ['push', '--quiet', remote, NOTES_REF]);
      return;
    } catch (error) {
      if (attempt >= (options.attempts ?? 3)) throw error;
    }
  }
}
