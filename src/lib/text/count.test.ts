import { describe, expect, it } from 'vitest';
import { formatCount } from './count.ts';

describe('formatCount', () => {
  it('groups thousands with commas', () => {
    expect(formatCount(7)).toBe('7');
    expect(formatCount(9214)).toBe('9,214');
    expect(formatCount(1_250_000)).toBe('1,250,000');
  });
});
