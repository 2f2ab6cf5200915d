import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { validate } from '../content/errors.ts';
import { frontmatterData } from '../content/source.ts';
import { consultationSchema } from './consultation.ts';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const sample = (): Record<string, unknown> => {
  const text = readFileSync(path.join(ROOT, 'content/consultations/library-opening-hours.mdx'), 'utf8');
  return frontmatterData(text)!;
};
const problems = (data: unknown) => {
  const result = validate(consultationSchema, data);
  return result.success ? [] : result.problems.map((problem) => problem.message);
};

describe('consultation schema', () => {
  it('accepts the sample consultation and keeps dates as calendar strings', () => {
    const parsed = consultationSchema.parse(sample());
    expect(parsed.opens).toBe('2026-10-05');
    expect(parsed.formats).toContain('paper');
  });

  it('accepts Date objects from Astro’s YAML parser without shifting the day', () => {
    const parsed = consultationSchema.parse({ ...sample(), opens: new Date(Date.UTC(2026, 9, 5)) });
    expect(parsed.opens).toBe('2026-10-05');
  });

  it('names the field and the allowed values for an unknown enum', () => {
    expect(problems({ ...sample(), activity: 'consulation' })).toEqual([
      'Activity must be one of: consultation, engagement, research, involvement, co-production, information; got "consulation"',
    ]);
  });

  it('rejects impossible dates and closing before opening', () => {
    expect(problems({ ...sample(), closes: '2027-02-30' })).toEqual([
      'Closing date must be a real date written YYYY-MM-DD, for example 2027-01-04',
    ]);
    expect(problems({ ...sample(), closes: '2026-10-01' })).toEqual([
      'Closing date must be after the opening date (2026-10-05); got 2026-10-01',
    ]);
  });

  it('names nested fields and wrong types', () => {
    const data = sample();
    data.respond = { ...(data.respond as object), email: 'not-an-email' };
    data.statutory = { required: 'yes' };
    expect(problems(data)).toEqual([
      'Statutory > Required must be true or false, got "yes"',
      'Respond > Email must be an email address such as team@example.gov.uk',
    ]);
  });

  it('needs the statutory basis when the consultation is statutory', () => {
    expect(problems({ ...sample(), statutory: { required: true } })).toEqual([
      'Statutory > Basis is required when the consultation is statutory: name the Act and section',
    ]);
  });

  it('refuses fields it does not know, so typos are caught', () => {
    expect(problems({ ...sample(), closing: '2027-01-11' })).toEqual([
      'closing is not a field we know; check the spelling against the content model',
    ]);
  });

  it('reports a missing required field', () => {
    const { title: _title, ...rest } = sample();
    expect(problems(rest)).toEqual(['Title is required: add some text']);
  });

  it('checks event times', () => {
    const data = sample();
    const respond = data.respond as { events: Record<string, unknown>[] };
    respond.events[0]!.end = '09:00';
    expect(problems(data)).toEqual([
      'Respond > Events item 1 > End ends at 09:00, which is not after it starts at 10:00',
    ]);
  });
});
