/**
 * Approval records from the git notes under refs/notes/approvals (written on merge by
 * src/lib/governance/notes.ts), normalised loosely: a note written by hand, or by an older or newer
 * recorder, still gives whatever it can.
 */
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
      return [strip({ login, role: text(entry.role), commit: text(entry.commit), submittedAt: text(entry.submittedAt) })];
    }),
  };
  const pr = typeof raw.pr === 'number' ? raw.pr : Number.parseInt(String(raw.pr ?? ''), 10);
  if (Number.isInteger(pr) && pr > 0) record.pr = pr;
  return strip({ ...record, title: text(raw.title), author: text(raw.author), mergedBy: text(raw.mergedBy), mergedAt: text(raw.mergedAt) });
}

/** Drops undefined properties, for exactOptionalPropertyTypes-friendly objects and clean JSON. */
function strip<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
