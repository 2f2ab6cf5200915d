/**
 * Dates in words, the GOV.UK way: "4 January 2027", "Monday 4 January 2027", "2026 to 2027". The calendar
 * arithmetic stays in src/lib/dates; this is only how a day is written for a reader.
 */
import { dayOfWeek, type IsoDate } from '../dates/calendar-date.ts';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/**
 * "4 January 2027". Written out rather than through Intl, which took a second of every archive-scale build:
 * pages show tens of thousands of dates. The tests hold it to Intl's en-GB long date.
 */
export function formatDate(date: IsoDate): string {
  const [year, month, day] = date.split('-').map(Number);
  return `${day} ${MONTHS[month! - 1]} ${year}`;
}

/** "Monday 4 January 2027" (GOV.UK style: no comma after the weekday). */
export function formatDateWithWeekday(date: IsoDate): string {
  return `${WEEKDAYS[dayOfWeek(date)]} ${formatDate(date)}`;
}

/** "2026-27" -> "2026 to 2027", the GOV.UK style for financial years in prose. */
export function financialYearLabel(year: string): string {
  const start = Number(year.slice(0, 4));
  return `${start} to ${start + 1}`;
}
