import { describe, expect, it } from 'vitest';
import {
  addDays,
  daysBetween,
  dayOfWeek,
  financialYear,
  fromYamlDate,
  isIsoDate,
  londonDate,
  resolveToday,
} from './calendar-date.ts';

describe('calendar dates', () => {
  it('accepts real dates and rejects impossible ones', () => {
    expect(isIsoDate('2027-02-28')).toBe(true);
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(isIsoDate('2027-02-29')).toBe(false);
    expect(isIsoDate('2027-02-30')).toBe(false);
    expect(isIsoDate('2027-13-01')).toBe(false);
    expect(isIsoDate('27-01-04')).toBe(false);
    expect(isIsoDate('2027-1-4')).toBe(false);
  });

  it('reads a YAML date (UTC midnight) back as the same calendar day', () => {
    expect(fromYamlDate(new Date(Date.UTC(2027, 0, 4)))).toBe('2027-01-04');
  });

  it('does arithmetic across month, year and clock-change boundaries', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2027-03-27', 2)).toBe('2027-03-29'); // clocks go forward on 28 March 2027
    expect(daysBetween('2026-10-05', '2027-01-11')).toBe(98);
    expect(daysBetween('2027-01-11', '2026-10-05')).toBe(-98);
  });

  it('knows the day of the week', () => {
    expect(dayOfWeek('2026-11-23')).toBe(1); // Monday
    expect(dayOfWeek('2026-12-25')).toBe(5); // Friday
    expect(dayOfWeek('1969-12-28')).toBe(0); // Sunday, before the epoch
  });

  it('names the financial year from April to March', () => {
    expect(financialYear('2026-04-01')).toBe('2026-27');
    expect(financialYear('2027-03-31')).toBe('2026-27');
    expect(financialYear('1999-06-01')).toBe('1999-00');
  });

  it("takes today's date in London, not UTC", () => {
    // 23:30 UTC on 30 June is already 1 July in London (BST).
    expect(londonDate(new Date('2026-06-30T23:30:00Z'))).toBe('2026-07-01');
    expect(londonDate(new Date('2026-12-31T23:30:00Z'))).toBe('2026-12-31');
  });

  it('lets an explicit TODAY win and rejects a malformed one', () => {
    expect(resolveToday('2027-01-04')).toBe('2027-01-04');
    expect(resolveToday(undefined, new Date('2026-11-23T12:00:00Z'))).toBe('2026-11-23');
    expect(() => resolveToday('2027-02-30')).toThrow(/real date written YYYY-MM-DD/);
  });
});
