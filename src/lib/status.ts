/**
 * Derived status: never stored, always computed from the entry, the feedback reports, whether it is
 * launch-ready (src/lib/launch-readiness.ts) and an explicit today.
 */
import { addWeeks, daysBetween, type IsoDate } from './dates/calendar-date.ts';
import type { Consultation } from './schema/consultation.ts';

/**
 * `delayed`: its opening day has come but it is not launch-ready, so the site holds it back ("Opening
 * delayed"): not listed as open, no way to respond, until it is ready or its closing date passes.
 */
export const DERIVED_STATUSES = ['forthcoming', 'delayed', 'open', 'closed', 'outcome', 'withdrawn', 'paused'] as const;
export type DerivedStatus = (typeof DERIVED_STATUSES)[number];
/** What the dates, a stored status and a feedback report say, before launch readiness is asked. */
export type PeriodStatus = Exclude<DerivedStatus, 'delayed'>;

type StatusInput = Pick<Consultation, 'opens' | 'closes' | 'status'>;

/**
 * A stored `withdrawn` or `paused` wins; then a published feedback report means `outcome`; otherwise
 * the dates decide. Both the opening and the closing day count as open. The rules and the approvals
 * classifier use this: whether a consultation is ready is what they judge, not an input.
 */
export function periodStatus(entry: StatusInput, hasFeedback: boolean, today: IsoDate): PeriodStatus {
  if (entry.status) return entry.status;
  if (hasFeedback) return 'outcome';
  if (today < entry.opens) return 'forthcoming';
  if (today <= entry.closes) return 'open';
  return 'closed';
}

/**
 * The status residents see: the period status, except that a consultation whose dates make it open but
 * which is not launch-ready is `delayed`. Once its closing date passes it is `closed` like any other, so
 * an old record never turns into a delay because a field was added to the rules after it ran.
 */
export function deriveStatus(
  entry: StatusInput,
  hasFeedback: boolean,
  today: IsoDate,
  launchReady: boolean,
): DerivedStatus {
  const status = periodStatus(entry, hasFeedback, today);
  return status === 'open' && !launchReady ? 'delayed' : status;
}

/** The date the feedback report is due: `feedbackWithinWeeks` after closing. */
export function feedbackDueDate(closes: IsoDate, feedbackWithinWeeks: number): IsoDate {
  return addWeeks(closes, feedbackWithinWeeks);
}

/** Days left to respond, counting today and the closing day (1 on the closing day). */
export function daysLeft(closes: IsoDate, today: IsoDate): number {
  return daysBetween(today, closes) + 1;
}
