/**
 * What the CMS date field accepts and stores. Editors type dates the UK way, day first (01/02/2027 is
 * 1 February); the file stores `YYYY-MM-DD`, a calendar day with no time and no time zone. Nothing is
 * completed or corrected while the editor types: a date is stored only once day, month and a four-digit
 * year are all there and name a real day, so no keystroke can produce a year the editor did not type.
 * Anything else is kept exactly as typed and flagged, so the entry cannot be saved until it is fixed.
 */
import { isIsoDate, type IsoDate } from '../dates/calendar-date.ts';

export type DateInput = { kind: 'empty' } | { kind: 'date'; date: IsoDate } | { kind: 'invalid'; problem: string };

/** Day, month and year separated by "/", ".", "-" or spaces. */
const UK_DATE = /^(\d{1,2})\s*[/.\-\s]\s*(\d{1,2})\s*[/.\-\s]\s*(\d+)$/;
const EXAMPLE = 'for example 27/03/2027';

/** Reads what the editor typed into a date field. */
export function readDateInput(typed: string): DateInput {
  const text = typed.trim();
  if (text === '') return { kind: 'empty' };
  // A date already written the way the file stores it (pasted from a file or a spreadsheet) is taken as it is.
  if (isIsoDate(text)) return { kind: 'date', date: text };
  const match = UK_DATE.exec(text);
  if (!match) return { kind: 'invalid', problem: `Enter the date as day/month/year, ${EXAMPLE}` };
  const [, day, month, year] = match as unknown as [string, string, string, string];
  if (year.length !== 4) return { kind: 'invalid', problem: `Enter the year in full, with 4 digits, ${EXAMPLE}` };
  if (Number(month) < 1 || Number(month) > 12)
    return { kind: 'invalid', problem: `The month must be a number from 1 to 12 (day first, then month), ${EXAMPLE}` };
  const date = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  if (!isIsoDate(date)) return { kind: 'invalid', problem: `${text} is not a real date: check the day` };
  return { kind: 'date', date };
}

/** A stored value as the field shows it: `2027-02-01` -> `01/02/2027`; anything else as it is. */
export function showDate(value: unknown): string {
  if (typeof value !== 'string') return '';
  if (!isIsoDate(value)) return value;
  const [year, month, day] = value.split('-');
  return `${day}/${month}/${year}`;
}

/** What the field stores for what was typed: the date, nothing, or the text as typed (flagged by `dateProblem`). */
export function storedValue(typed: string): string {
  const input = readDateInput(typed);
  if (input.kind === 'date') return input.date;
  return input.kind === 'empty' ? '' : typed;
}

/** Why a stored value is not a date yet; undefined for a date or an empty field. */
export function dateProblem(value: unknown): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  if (isIsoDate(value)) return undefined;
  const input = readDateInput(String(value));
  return input.kind === 'invalid' ? input.problem : `Enter the date as day/month/year, ${EXAMPLE}`;
}
