/** Building blocks shared by every content schema. */
import { z } from 'zod';
import { fromYamlDate, isIsoDate } from '../dates/calendar-date.ts';

/**
 * A calendar date written `YYYY-MM-DD`. YAML parsers that turn dates into Date objects (Astro's
 * js-yaml) are converted back through UTC, so the date never moves a day.
 */
export const isoDate = () =>
  z.preprocess(
    (value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? fromYamlDate(value) : value),
    z
      .string({ error: 'must be a date written YYYY-MM-DD, for example 2027-01-04' })
      .refine(isIsoDate, { error: 'must be a real date written YYYY-MM-DD, for example 2027-01-04' }),
  );

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A file name without extension: lower-case letters, digits and single hyphens. */
export const slug = () =>
  z.string().regex(SLUG_PATTERN, { error: 'must be lower-case letters, digits and hyphens, for example "library-opening-hours"' });

export const httpsUrl = () =>
  z.url({ protocol: /^https?$/, error: 'must be a web address starting https://' });

export const email = () => z.email({ error: 'must be an email address such as team@example.gov.uk' });

/** A time of day on the 24-hour clock. */
export const clockTime = () =>
  z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'must be a time written HH:MM on the 24-hour clock, for example 18:30' });

export const decision = () =>
  z
    .strictObject({
      date: isoDate().describe('The date the decision was taken.'),
      by: z.string().min(3).describe('Who took the decision, for example "Cabinet" or "Cabinet Member for Highways" (the date goes in date).'),
      summary: z.string().min(10).describe('What was decided, in one or two plain sentences.'),
      href: z.string().optional().describe('Link to the decision notice or minutes.'),
    })
    .describe('The decision taken after the consultation.');

export type Decision = z.output<ReturnType<typeof decision>>;
