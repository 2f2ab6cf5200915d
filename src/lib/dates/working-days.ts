/**
 * The council's working-day calendar: weekdays that are neither a bank holiday of the council's region
 * nor part of the 24 December to 1 January closure. Used by the `timescale` rule and by standards that
 * promise answers within so many working days.
 *
 * Bank holidays come from a copy of GOV.UK's bank-holidays.json (`npm run holidays:refresh`), so a
 * check gives the same answer on every machine.
 */
import { z } from 'zod';
import bankHolidays from './bank-holidays.json' with { type: 'json' };
import { dayOfWeek, fromEpochDay, isIsoDate, toEpochDay, type IsoDate } from './calendar-date.ts';

export const BANK_HOLIDAY_REGIONS = ['england-and-wales', 'scotland', 'northern-ireland'] as const;
export type BankHolidayRegion = (typeof BANK_HOLIDAY_REGIONS)[number];

export interface BankHolidayEvent {
  title: string;
  date: IsoDate;
  notes: string;
  bunting: boolean;
}

const divisionSchema = z.object({
  division: z.string(),
  events: z
    .array(
      z.object({
        title: z.string().min(1),
        date: z.string().refine(isIsoDate, { error: 'must be a YYYY-MM-DD date' }),
        notes: z.string(),
        bunting: z.boolean(),
      }),
    )
    .min(1),
});

/** The shape GOV.UK publishes at https://www.gov.uk/bank-holidays.json. */
export const bankHolidayDataSchema = z.object({
  'england-and-wales': divisionSchema,
  scotland: divisionSchema,
  'northern-ireland': divisionSchema,
});

export type BankHolidayData = Record<BankHolidayRegion, { division: string; events: BankHolidayEvent[] }>;

export interface NonWorkingDay {
  date: IsoDate;
  /** "Christmas Day", "Boxing Day (substitute day)" or "the 24 December to 1 January closure". */
  reason: string;
}

export const CHRISTMAS_CLOSURE = 'the 24 December to 1 January closure';

const holidayIndex = new Map<BankHolidayRegion, Map<IsoDate, string>>(
  BANK_HOLIDAY_REGIONS.map((region) => [
    region,
    new Map(
      (bankHolidays as BankHolidayData)[region].events.map((event) => [
        event.date,
        event.notes ? `${event.title} (${event.notes.toLowerCase()})` : event.title,
      ]),
    ),
  ]),
);

/** The years the shipped bank-holiday data covers; outside them only weekends and the closure count. */
export function bankHolidayYears(region: BankHolidayRegion = 'england-and-wales'): { from: number; to: number } {
  const years = [...holidayIndex.get(region)!.keys()].map((date) => Number(date.slice(0, 4)));
  return { from: Math.min(...years), to: Math.max(...years) };
}

function isChristmasClosure(date: IsoDate): boolean {
  const monthDay = date.slice(5);
  return monthDay >= '12-24' || monthDay === '01-01';
}

/** Why `date` is not a working day, or undefined when it is one. Weekends give "Saturday"/"Sunday". */
export function nonWorkingReason(date: IsoDate, region: BankHolidayRegion = 'england-and-wales'): string | undefined {
  const weekday = dayOfWeek(date);
  if (weekday === 0) return 'Sunday';
  if (weekday === 6) return 'Saturday';
  const holiday = holidayIndex.get(region)!.get(date);
  if (holiday) return holiday;
  return isChristmasClosure(date) ? CHRISTMAS_CLOSURE : undefined;
}

export function isWorkingDay(date: IsoDate, region: BankHolidayRegion = 'england-and-wales'): boolean {
  return nonWorkingReason(date, region) === undefined;
}

/**
 * Reasons by epoch day: a check of 10,000 consultations asks about the same few thousand days again
 * and again.
 */
const reasonCache = new Map<BankHolidayRegion, Map<number, string | null>>(
  BANK_HOLIDAY_REGIONS.map((region) => [region, new Map()]),
);

function reasonOnEpochDay(day: number, region: BankHolidayRegion): string | null {
  const cache = reasonCache.get(region)!;
  let reason = cache.get(day);
  if (reason === undefined) {
    reason = nonWorkingReason(fromEpochDay(day), region) ?? null;
    cache.set(day, reason);
  }
  return reason;
}

/** Working days in the half-open range [from, to): a 12-week period with no holidays has 60. */
export function workingDaysBetween(
  from: IsoDate,
  to: IsoDate,
  region: BankHolidayRegion = 'england-and-wales',
): number {
  let count = 0;
  for (let day = toEpochDay(from), end = toEpochDay(to); day < end; day += 1)
    if (reasonOnEpochDay(day, region) === null) count += 1;
  return count;
}

/** Weekdays in [from, to) lost to bank holidays or the Christmas closure. */
export function holidaysBetween(
  from: IsoDate,
  to: IsoDate,
  region: BankHolidayRegion = 'england-and-wales',
): NonWorkingDay[] {
  const lost: NonWorkingDay[] = [];
  for (let day = toEpochDay(from), end = toEpochDay(to); day < end; day += 1) {
    const reason = reasonOnEpochDay(day, region);
    if (reason !== null && reason !== 'Saturday' && reason !== 'Sunday') lost.push({ date: fromEpochDay(day), reason });
  }
  return lost;
}

/**
 * The date `count` working days after `date`: `addWorkingDays(friday, 1)` is the next working day.
 * With count 0, the date itself when it is a working day, else the next one.
 */
export function addWorkingDays(date: IsoDate, count: number, region: BankHolidayRegion = 'england-and-wales'): IsoDate {
  if (count < 0) throw new RangeError('addWorkingDays counts forwards only');
  let day = toEpochDay(date);
  while (reasonOnEpochDay(day, region) !== null) day += 1;
  for (let left = count; left > 0;) {
    day += 1;
    if (reasonOnEpochDay(day, region) === null) left -= 1;
  }
  return fromEpochDay(day);
}
