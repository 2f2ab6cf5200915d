import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { datesIn, isDateSchema } from './date-fields.ts';
import { consultationSchema } from './consultation.ts';
import { isoDate } from './shared.ts';

describe('isDateSchema', () => {
  it('tells a date from a plain string', () => {
    expect(isDateSchema(isoDate())).toBe(true);
    expect(isDateSchema(z.string())).toBe(false);
  });
});

describe('datesIn', () => {
  it('finds dates at every depth the schema has one, with their paths, and skips what is not a date', () => {
    const data = {
      opens: '2027-06-01',
      closes: 'next week',
      title: '2027-06-01',
      governance: { authorisedOn: '2027-05-01' },
      respond: { events: [{ date: '2027-06-10' }, { date: '2027-06-20' }] },
    };
    expect(datesIn(consultationSchema, data)).toEqual([
      { path: ['opens'], date: '2027-06-01' },
      { path: ['respond', 'events', 0, 'date'], date: '2027-06-10' },
      { path: ['respond', 'events', 1, 'date'], date: '2027-06-20' },
      { path: ['governance', 'authorisedOn'], date: '2027-05-01' },
    ]);
  });
});
