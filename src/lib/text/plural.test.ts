import { describe, expect, it } from 'vitest';
import { oneOrMany, plural } from './plural.ts';

describe('plural', () => {
  it('gives one the singular and every other count the plural', () => {
    expect(plural(1, 'day')).toBe('1 day');
    expect(plural(0, 'day')).toBe('0 days');
    expect(plural(28, 'working day')).toBe('28 working days');
    expect(plural(-1, 'day')).toBe('-1 day');
  });

  it('takes an irregular plural', () => {
    expect(plural(1, 'activity', 'activities')).toBe('1 activity');
    expect(plural(2, 'activity', 'activities')).toBe('2 activities');
  });

  it('picks the word that agrees with a count', () => {
    expect(oneOrMany(1, 'is', 'are')).toBe('is');
    expect(oneOrMany(3, 'is', 'are')).toBe('are');
  });
});
