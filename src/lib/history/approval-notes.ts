/**
 * Approval records kept as git notes under refs/notes/approvals, one JSON document per merged pull
 * request. Read loosely: a note written by an older or newer recorder still gives what it can.
 */
import { git, readObjects } from './git.ts';

export const APPROVALS_REF = 'approvals';

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
  result?: string;
}

/** Every approvals note, keyed by the commit it annotates. Empty when there are none. */
export function readApprovalRecords(repoDir: string): Map<string, ApprovalRecord> {
  let list: string;
  try {
    list = git(repoDir, ['notes', `--ref=${APPROVALS_REF}`, 'list']).toString('utf8');
  } catch {
    return new Map();
  }
  const noteToCommit = new Map<string, string[]>();
  for (const line of list.split('\n')) {
    const [note, commit] = line.trim().split(' ');
    if (note && commit) noteToCommit.set(note, [...(noteToCommit.get(note) ?? []), commit]);
  }
  const records = new Map<string, ApprovalRecord>();
  for (const [note, text] of readObjects(repoDir, noteToCommit.keys())) {
    const record = parseApprovalNote(text);
    if (record) for (const commit of noteToCommit.get(note) ?? []) records.set(commit, record);
  }
  return records;
}

const text = (value: unknown) => (typeof value === 'string' && value.trim() ? value.trim() : undefined);

/** The note's JSON, or undefined when it is not JSON at all. Unknown fields are ignored. */
export function parseApprovalNote(note: string): ApprovalRecord | undefined {
  let data: unknown;
  try {
    data = JSON.parse(note);
  } catch {
    return undefined;
  }
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
  return strip({ ...record, title: text(raw.title), author: text(raw.author), mergedBy: text(raw.mergedBy), mergedAt: text(raw.mergedAt), result: text(raw.result) });
}

/** Drops undefined properties, for exactOptionalPropertyTypes-friendly objects and clean JSON. */
function strip<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
