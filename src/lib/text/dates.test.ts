import { describe, expect, it } from 'vitest';
import { addDays } from '../dates/calendar-date.ts';
import { financialYearLabel, formatDate, formatDateWithWeekday } from './dates.ts';

describe('dates in words', () => {
  it('writes dates the GOV.UK way', () => {
    expect(formatDate('2027-01-04')).toBe('4 January 2027');
    expect(formatDateWithWeekday('2027-01-04')).toBe('Monday 4 January 2027');
  });

  it('writes every day of a leap year as Intl would, without calling it', () => {
    const date = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    const weekday = new Intl.DateTimeFormat('en-GB', { weekday: 'long', timeZone: 'UTC' });
    for (let day = 0; day < 366; day += 1) {
      const iso = addDays('2028-01-01', day);
      const instant = new Date(`${iso}T00:00:00Z`);
      expect(formatDate(iso)).toBe(date.format(instant));
      expect(formatDateWithWeekday(iso)).toBe(`${weekday.format(instant)} ${date.format(instant)}`);
    }
  });

  it('writes a financial year in prose', () => {
    expect(financialYearLabel('2026-27')).toBe('2026 to 2027');
    expect(financialYearLabel('1999-00')).toBe('1999 to 2000');
  });
});
