/** Derived status: never stored, always computed from the entry, the feedback reports and an explicit today. */
import { addWeeks, daysBetween, type IsoDate } from './dates/calendar-date.ts';
import type { Consultation } from './schema/consultation.ts';

export const DERIVED_STATUSES = ['forthcoming', 'open', 'closed', 'outcome', 'withdrawn', 'paused'] as const;
export type DerivedStatus = (typeof DERIVED_STATUSES)[number];

export const STATUS_LABELS: Record<DerivedStatus, string> = {
  forthcoming: 'Forthcoming',
  open: 'Open',
  closed: 'Closed',
  outcome: 'Outcome published',
  withdrawn: 'Withdrawn',
  paused: 'Paused',
};

type StatusInput = Pick<Consultation, 'opens' | 'closes' | 'status'>;

/**
 * A stored `withdrawn` or `paused` wins; then a published feedback report means `outcome`; otherwise
 * the dates decide. Both the opening and the closing day count as open.
 */
export function deriveStatus(entry: StatusInput, hasFeedback: boolean, today: IsoDate): DerivedStatus {
  if (entry.status) return entry.status;
  if (hasFeedback) return 'outcome';
  if (today < entry.opens) return 'forthcoming';
  if (today <= entry.closes) return 'open';
  return 'closed';
}

/** The date the feedback report is due: `feedbackWithinWeeks` after closing. */
export function feedbackDueDate(closes: IsoDate, feedbackWithinWeeks: number): IsoDate {
  return addWeeks(closes, feedbackWithinWeeks);
}

/** Days left to respond, counting today and the closing day (1 on the closing day). */
export function daysLeft(closes: IsoDate, today: IsoDate): number {
  return daysBetween(today, closes) + 1;
}
