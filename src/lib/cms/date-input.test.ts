import { describe, expect, it } from 'vitest';
import { dateProblem, readDateInput, showDate, storedValue } from './date-input.ts';

describe('readDateInput', () => {
  it('reads the day first, as UK editors write dates', () => {
    expect(readDateInput('01/02/2027')).toEqual({ kind: 'date', date: '2027-02-01' });
    expect(readDateInput('1/2/2027')).toEqual({ kind: 'date', date: '2027-02-01' });
    expect(readDateInput(' 27.03.2027 ')).toEqual({ kind: 'date', date: '2027-03-27' });
    expect(readDateInput('27 3 2027')).toEqual({ kind: 'date', date: '2027-03-27' });
  });
  it('takes a date written as the file stores it', () =>
    expect(readDateInput('2027-02-01')).toEqual({ kind: 'date', date: '2027-02-01' }));
  it('never completes a year: every prefix of a typed date is flagged, never stored as another date', () => {
    const typed = '01/02/2027';
    for (let length = 1; length < typed.length; length += 1) {
      const input = readDateInput(typed.slice(0, length));
      expect(input.kind, typed.slice(0, length)).toBe('invalid');
    }
    expect(readDateInput('01/02/202')).toMatchObject({ problem: expect.stringContaining('4 digits') });
  });
  it('flags impossible days and months without moving them', () => {
    expect(readDateInput('31/02/2027')).toEqual({
      kind: 'invalid',
      problem: '31/02/2027 is not a real date: check the day',
    });
    expect(readDateInput('02/13/2027')).toMatchObject({
      kind: 'invalid',
      problem: expect.stringContaining('day first'),
    });
    expect(readDateInput('next Tuesday')).toMatchObject({ kind: 'invalid' });
  });
  it('treats an empty field as no date', () => expect(readDateInput('  ')).toEqual({ kind: 'empty' }));
});

describe('showDate and storedValue', () => {
  it('round-trips a stored date through what the field shows', () => {
    expect(showDate('2027-02-01')).toBe('01/02/2027');
    expect(storedValue(showDate('2027-02-01'))).toBe('2027-02-01');
  });
  it('keeps a partial date exactly as typed, and says what is wrong with it', () => {
    expect(storedValue('01/02/20')).toBe('01/02/20');
    expect(showDate('01/02/20')).toBe('01/02/20');
    expect(dateProblem('01/02/20')).toContain('4 digits');
    expect(dateProblem('2027-02-01')).toBeUndefined();
    expect(dateProblem('')).toBeUndefined();
    expect(storedValue('')).toBe('');
  });
});
