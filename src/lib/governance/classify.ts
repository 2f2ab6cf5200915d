/**
 * What kind of change a pull request makes, found by comparing each changed file's content at the base
 * and head commits. Status is derived with an explicit today, so the same PR classifies the same way in
 * tests and in CI on a given day.
 */
import { z } from 'zod';
import type { IsoDate } from '../dates/calendar-date.ts';
import { frontmatterData } from '../content/source.ts';
import { CHANGE_KINDS, isoDate, STORED_STATUSES, STRATEGY_STATUSES, type ChangeKind } from '../schema/index.ts';
import { periodStatus, type PeriodStatus } from '../status.ts';

/** A file the PR touches; `base` is absent for an added file, `head` for a removed one. */
export interface ChangedFile {
  path: string;
  base?: string;
  head?: string;
}

export interface ChangeReason {
  path: string;
  kind: ChangeKind;
  why: string;
}

export interface Classification {
  /** The kinds found, in CHANGE_KINDS order. */
  kinds: ChangeKind[];
  /** One line per file saying which kind it made and why. */
  reasons: ChangeReason[];
}

/*
 * Only the fields that decide the kind are read, and unknown fields are allowed: a PR that fixes an
 * unrelated field must not change how it is classified, and the schema rule reports invalid content anyway.
 */
const consultationDates = z.object({ opens: isoDate(), closes: isoDate(), status: z.enum(STORED_STATUSES).optional() });
const strategyStatus = z.object({ status: z.enum(STRATEGY_STATUSES) });

type ConsultationState = { status: PeriodStatus; opens: IsoDate; closes: IsoDate };

function consultationState(text: string, today: IsoDate): ConsultationState | undefined {
  const parsed = consultationDates.safeParse(frontmatterData(text));
  if (!parsed.success) return undefined;
  // Whether a feedback report exists is not what makes a change an opening or an announcement: dates decide.
  return { status: periodStatus(parsed.data, false, today), opens: parsed.data.opens, closes: parsed.data.closes };
}

function classifyConsultation(file: ChangedFile, today: IsoDate): Omit<ChangeReason, 'path'> {
  if (file.head === undefined) return { kind: 'other', why: 'consultation removed' };
  const head = consultationState(file.head, today);
  // Unreadable dates cannot prove the change is harmless, so it needs the strictest consultation approval.
  if (!head) return { kind: 'consultation-opens', why: 'opening and closing dates could not be read, so treated as opening' };
  const base = file.base === undefined ? undefined : consultationState(file.base, today);
  const datesChanged = !base || base.opens !== head.opens || base.closes !== head.closes;
  if (head.status === 'open') {
    if (base?.status !== 'open') return { kind: 'consultation-opens', why: `open on ${today} (was ${base?.status ?? 'not listed'})` };
    if (datesChanged) return { kind: 'consultation-opens', why: `open consultation's dates changed to ${head.opens} – ${head.closes}` };
    return { kind: 'other', why: 'open consultation edited without changing its dates' };
  }
  if (head.status === 'forthcoming') {
    if (base?.status !== 'forthcoming') return { kind: 'consultation-announced', why: `newly forthcoming, opens ${head.opens} (was ${base?.status ?? 'not listed'})` };
    if (datesChanged) return { kind: 'consultation-opens', why: `forthcoming consultation's dates set to ${head.opens} – ${head.closes}` };
    return { kind: 'other', why: 'forthcoming consultation edited without changing its dates' };
  }
  return { kind: 'other', why: `consultation is ${head.status}` };
}

function classifyStrategy(file: ChangedFile): Omit<ChangeReason, 'path'> {
  if (file.head === undefined) return { kind: 'other', why: 'strategy removed' };
  const head = strategyStatus.safeParse(frontmatterData(file.head));
  if (!head.success) return { kind: 'strategy-adopted', why: 'status could not be read, so treated as adopted' };
  if (head.data.status !== 'adopted') return { kind: 'other', why: `strategy is ${head.data.status}` };
  const base = file.base === undefined ? undefined : strategyStatus.safeParse(frontmatterData(file.base));
  return base?.data?.status === 'adopted'
    ? { kind: 'strategy-adopted', why: 'adopted strategy changed' }
    : { kind: 'strategy-adopted', why: `strategy adopted (was ${base?.data?.status ?? 'not listed'})` };
}

type Governed = 'settings' | 'consultations' | 'feedback' | 'strategies';

function governedArea(path: string): Governed | undefined {
  if (path.startsWith('content/settings/')) return 'settings';
  const match = /^content\/(consultations|feedback|strategies)\/[^/]+\.mdx$/.exec(path);
  return match?.[1] as Governed | undefined;
}

/** Whether the kind of a change to this path depends on the file's content (all others are "other"). */
export function readsContent(path: string): boolean {
  return governedArea(path) !== undefined;
}

function classifyFeedback(file: ChangedFile): Omit<ChangeReason, 'path'> {
  if (file.head === undefined) return { kind: 'other', why: 'feedback report removed' };
  return { kind: 'feedback-published', why: file.base === undefined ? 'feedback report added' : 'feedback report changed' };
}

export function classifyFile(file: ChangedFile, today: IsoDate): ChangeReason {
  const { path } = file;
  const area = governedArea(path);
  if (!area) return { path, kind: 'other', why: 'needs no governance approval' };
  if (file.base !== undefined && file.base === file.head) return { path, kind: 'other', why: 'content unchanged (renamed or mode change)' };
  switch (area) {
    case 'settings':
      return { path, kind: 'settings-changed', why: file.head === undefined ? 'settings file removed' : 'settings changed' };
    case 'consultations':
      return { path, ...classifyConsultation(file, today) };
    case 'feedback':
      return { path, ...classifyFeedback(file) };
    case 'strategies':
      return { path, ...classifyStrategy(file) };
  }
}

export function classifyChanges(files: readonly ChangedFile[], today: IsoDate): Classification {
  const reasons = files.map((file) => classifyFile(file, today));
  const found = new Set(reasons.map((reason) => reason.kind));
  return { kinds: CHANGE_KINDS.filter((kind) => found.has(kind)), reasons };
}
