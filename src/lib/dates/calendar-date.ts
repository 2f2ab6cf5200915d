/**
 * Calendar dates as plain `YYYY-MM-DD` strings.
 *
 * Consultation dates are days in the council's calendar (Europe/London), never instants. Keeping them
 * as strings means they sort and compare correctly, serialise to JSON unchanged and can never shift a
 * day through a time zone. Arithmetic goes through "epoch days" computed in UTC, where no day is ever
 * 23 or 25 hours long.
 */

export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/** True when `value` is a `YYYY-MM-DD` string naming a day that exists (so not 2027-02-30). */
export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== 'string') return false;
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [, y, m, d] = match.map(Number);
  const date = new Date(Date.UTC(y!, m! - 1, d!));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m! - 1 && date.getUTCDate() === d;
}

/**
 * A YAML parser (js-yaml, used by Astro) turns `2027-01-04` into a Date at UTC midnight. Reading it back
 * with the UTC getters recovers the calendar date whatever the machine's time zone is.
 */
export function fromYamlDate(date: Date): IsoDate {
  return date.toISOString().slice(0, 10);
}

export function toEpochDay(date: IsoDate): number {
  const [y, m, d] = date.split('-').map(Number);
  return Date.UTC(y!, m! - 1, d!) / MS_PER_DAY;
}

export function fromEpochDay(day: number): IsoDate {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromEpochDay(toEpochDay(date) + days);
}

export function addWeeks(date: IsoDate, weeks: number): IsoDate {
  return addDays(date, weeks * 7);
}

/** The same calendar day `years` later, as a string, so 29 February compares correctly too. */
export function addYears(date: IsoDate, years: number): IsoDate {
  return `${Number(date.slice(0, 4)) + years}${date.slice(4)}`;
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return toEpochDay(to) - toEpochDay(from);
}

/** 0 = Sunday ... 6 = Saturday. */
export function dayOfWeek(date: IsoDate): number {
  // 1970-01-01, epoch day 0, was a Thursday.
  return (((toEpochDay(date) + 4) % 7) + 7) % 7;
}

// en-CA formats as YYYY-MM-DD. Built once: history reads the London date of every commit.
const londonFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/London',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The calendar date in the council's time zone at the instant `now`. */
export function londonDate(now: Date = new Date()): IsoDate {
  return londonFormat.format(now);
}

/**
 * "Today" for a build or a check: an explicit `TODAY=YYYY-MM-DD` wins, so builds and tests are
 * reproducible; otherwise the current date in London.
 */
export function resolveToday(explicit: string | undefined, now: Date = new Date()): IsoDate {
  if (explicit === undefined || explicit === '') return londonDate(now);
  if (!isIsoDate(explicit)) {
    throw new Error(`today must be a real date written YYYY-MM-DD, got "${explicit}"`);
  }
  return explicit;
}

/** The UK public-sector financial year a date falls in, e.g. 2026-11-23 -> "2026-27". */
export function financialYear(date: IsoDate): string {
  const [y, m] = date.split('-').map(Number);
  const start = m! >= 4 ? y! : y! - 1;
  return `${start}-${String((start + 1) % 100).padStart(2, '0')}`;
}

/** First and last day of a financial year label such as "2026-27". */
export function financialYearRange(label: string): { from: IsoDate; to: IsoDate } {
  const start = Number(label.slice(0, 4));
  return { from: `${start}-04-01`, to: `${start + 1}-03-31` };
}
