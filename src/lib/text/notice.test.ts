import { describe, expect, it } from 'vitest';
import { daysNotice } from './notice.ts';

describe('daysNotice', () => {
  it('puts the apostrophe where the number of days says', () => {
    expect(daysNotice(1)).toBe("1 day's notice");
    expect(daysNotice(28)).toBe("28 days' notice");
    expect(daysNotice(0)).toBe("0 days' notice");
  });
});
