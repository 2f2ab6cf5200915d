import { describe, expect, it } from 'vitest';
import bankHolidays from './bank-holidays.json' with { type: 'json' };
import { dayOfWeek } from './calendar-date.ts';
import {
  BANK_HOLIDAY_REGIONS,
  CHRISTMAS_CLOSURE,
  addWorkingDays,
  bankHolidayYears,
  holidaysBetween,
  isWorkingDay,
  nonWorkingReason,
  workingDaysBetween,
} from './working-days.ts';

describe('bank holiday data', () => {
  it('covers 2024 to 2028 for every region, in the GOV.UK shape, with no holiday on a weekend', () => {
    for (const region of BANK_HOLIDAY_REGIONS) {
      expect(bankHolidayYears(region)).toEqual({ from: 2024, to: 2028 });
      const { division, events } = bankHolidays[region];
      expect(division).toBe(region);
      for (const event of events) {
        expect(Object.keys(event).sort()).toEqual(['bunting', 'date', 'notes', 'title']);
        expect([0, 6]).not.toContain(dayOfWeek(event.date));
      }
    }
  });

  it('knows the regional differences', () => {
    expect(nonWorkingReason('2027-03-29', 'england-and-wales')).toBe('Easter Monday');
    expect(isWorkingDay('2027-03-29', 'scotland')).toBe(true);
    expect(nonWorkingReason('2027-11-30', 'scotland')).toBe('St Andrew’s Day');
    expect(nonWorkingReason('2027-03-17', 'northern-ireland')).toBe('St Patrick’s Day');
    expect(isWorkingDay('2027-03-17', 'england-and-wales')).toBe(true);
  });
});

describe('working days', () => {
  it('excludes weekends, bank holidays and the Christmas closure', () => {
    expect(isWorkingDay('2027-01-04')).toBe(true); // Monday
    expect(nonWorkingReason('2027-01-09')).toBe('Saturday');
    expect(nonWorkingReason('2026-12-28')).toBe('Boxing Day (substitute day)');
    expect(nonWorkingReason('2026-12-29')).toBe(CHRISTMAS_CLOSURE);
    expect(nonWorkingReason('2026-12-24')).toBe(CHRISTMAS_CLOSURE);
    expect(isWorkingDay('2027-01-04')).toBe(true);
  });

  it('counts a holiday-free 12 weeks as 60 working days, whatever day it starts', () => {
    expect(workingDaysBetween('2027-06-07', '2027-08-30')).toBe(60);
    expect(workingDaysBetween('2027-06-05', '2027-08-28')).toBe(60);
  });

  it('loses Easter and Christmas days', () => {
    // Good Friday and Easter Monday 2027.
    expect(workingDaysBetween('2027-03-01', '2027-04-05')).toBe(23);
    expect(holidaysBetween('2027-03-01', '2027-04-05').map((day) => day.reason)).toEqual([
      'Good Friday',
      'Easter Monday',
    ]);
    // 24 Dec 2026 to 1 Jan 2027: Thu 24, Fri 25, Mon 28, Tue 29, Wed 30, Thu 31, Fri 1.
    expect(holidaysBetween('2026-12-21', '2027-01-04')).toHaveLength(7);
    expect(workingDaysBetween('2026-12-21', '2027-01-04')).toBe(3);
  });

  it('adds working days across a holiday', () => {
    expect(addWorkingDays('2027-03-25', 1)).toBe('2027-03-30'); // over Good Friday, the weekend and Easter Monday
    expect(addWorkingDays('2026-12-23', 1)).toBe('2027-01-04');
    expect(addWorkingDays('2027-01-09', 0)).toBe('2027-01-11');
    // A complaint received on Monday 1 February 2027 is answered within 20 working days.
    expect(addWorkingDays('2027-02-01', 20)).toBe('2027-03-01');
  });
});

describe('bankHolidayDataSchema', () => {
  it('accepts the shipped data and rejects a payload that is not in the GOV.UK shape', async () => {
    const { bankHolidayDataSchema } = await import('./working-days.ts');
    expect(bankHolidayDataSchema.safeParse(bankHolidays).success).toBe(true);
    const broken = {
      ...bankHolidays,
      scotland: { division: 'scotland', events: [{ title: 'x', date: '2027-02-30', notes: '', bunting: true }] },
    };
    expect(bankHolidayDataSchema.safeParse(broken).success).toBe(false);
  });
});
