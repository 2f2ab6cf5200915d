/**
 * Approval records from the git notes under refs/notes/approvals (written on merge by
 * src/lib/governance/notes.ts), normalised loosely: a note written by hand, or by an older or newer
 * recorder, still gives whatever it can.
 */
import { roleLabel } from '../labels.ts';
import { readApprovalNotes } from '../governance/notes.ts';

export interface NoteApproval {
  login: string;
  role?: string;
  commit?: string;
  submittedAt?: string;
}

export interface ApprovalRecord {
  pr?: number;
  title?: string;
  author?: string;
  mergedBy?: string;
  mergedAt?: string;
  approvals: NoteApproval[];
  /** The recorder's verdict: whether every approval governance.yaml asked for was there, and which roles were missing. */
  result?: { ok: boolean; missing: string[] };
}

/**
 * Whether a change reached the branch through an approved pull request. Only a note whose result is ok
 * says so: a direct push, an admin merge without the approvals, or a commit with no note at all is
 * "No approval recorded".
 */
export type CommitApproval =
  { approved: true } | { approved: false; because: 'no-note' | 'direct-push' | 'missing-approvals'; missing: string[] };

/** The marker the recorder puts in `missing` for a commit that came without a pull request. */
const DIRECT_PUSH = 'pull request';

export function commitApproval(record: ApprovalRecord | undefined): CommitApproval {
  if (!record?.result) return { approved: false, because: 'no-note', missing: [] };
  if (record.result.ok) return { approved: true };
  if (record.pr === undefined || record.result.missing.includes(DIRECT_PUSH))
    return { approved: false, because: 'direct-push', missing: [] };
  return { approved: false, because: 'missing-approvals', missing: record.result.missing };
}

/** "No approval recorded", with why when the note says: the words the page history and the audit share. */
export function unapprovedText(approval: CommitApproval): string | undefined {
  if (approval.approved) return undefined;
  if (approval.because === 'direct-push')
    return 'No approval recorded (pushed straight to the branch, not through a pull request)';
  if (approval.because === 'missing-approvals') {
    const missing = approval.missing.map(roleLabel);
    return `No approval recorded (merged without the approvals it needed${missing.length ? `: ${missing.join(', ')}` : ''})`;
  }
  return 'No approval recorded';
}

/** Every approvals note, keyed by the commit it annotates. Empty when there are none. */
export function readApprovalRecords(repoDir: string): Map<string, ApprovalRecord> {
  const records = new Map<string, ApprovalRecord>();
  for (const [commit, note] of readApprovalNotes(repoDir)) {
    const record = normaliseApprovalNote(note);
    if (record) records.set(commit, record);
  }
  return records;
}

const text = (value: unknown) => (typeof value === 'string' && value.trim() ? value.trim() : undefined);

/** The note's fields that have the expected types; undefined when it is not an object at all. */
export function normaliseApprovalNote(data: unknown): ApprovalRecord | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const raw = data as Record<string, unknown>;
  const approvals = Array.isArray(raw.approvals) ? raw.approvals : [];
  const record: ApprovalRecord = {
    approvals: approvals.flatMap((approval): NoteApproval[] => {
      if (typeof approval !== 'object' || approval === null) return [];
      const entry = approval as Record<string, unknown>;
      const login = text(entry.login);
      if (!login) return [];
      return [
        strip({ login, role: text(entry.role), commit: text(entry.commit), submittedAt: text(entry.submittedAt) }),
      ];
    }),
  };
  const pr = typeof raw.pr === 'number' ? raw.pr : Number.parseInt(String(raw.pr ?? ''), 10);
  if (Number.isInteger(pr) && pr > 0) record.pr = pr;
  const result = raw.result as Record<string, unknown> | undefined;
  if (typeof result === 'object' && result !== null && typeof result.ok === 'boolean') {
    const missing = Array.isArray(result.missing)
      ? result.missing.flatMap((role) => (text(role) ? [text(role)!] : []))
      : [];
    record.result = { ok: result.ok, missing };
  }
  return strip({
    ...record,
    title: text(raw.title),
    author: text(raw.author),
    mergedBy: text(raw.mergedBy),
    mergedAt: text(raw.mergedAt),
  });
}

/** Drops undefined properties, for exactOptionalPropertyTypes-friendly objects and clean JSON. */
function strip<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
