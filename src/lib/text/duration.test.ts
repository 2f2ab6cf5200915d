import { describe, expect, it } from 'vitest';
import { describeDuration } from './duration.ts';

describe('describeDuration', () => {
  it('counts whole weeks, then the days left over', () => {
    expect(describeDuration(84)).toBe('12 weeks');
    expect(describeDuration(66)).toBe('9 weeks and 3 days');
    expect(describeDuration(43)).toBe('6 weeks and 1 day');
  });

  it('says "1 week", not "1 weeks"', () => {
    expect(describeDuration(7)).toBe('1 week');
    expect(describeDuration(10)).toBe('1 week and 3 days');
    expect(describeDuration(13)).toBe('1 week and 6 days');
  });

  it('says "5 days", not "0 weeks and 5 days"', () => {
    expect(describeDuration(5)).toBe('5 days');
    expect(describeDuration(1)).toBe('1 day');
  });
});
