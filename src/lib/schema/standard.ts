/** Published service standards. A standard may name the process rules that enforce it. */
import { z } from 'zod';
import { RULE_IDS } from './rule-ids.ts';
import { isoDate } from './shared.ts';
import { text } from './text.ts';

export const MEASURE_UNITS = ['working-days', 'days', 'weeks'] as const;

export const commitmentSchema = z.strictObject({
  text: text().min(10).describe('The commitment in plain words.'),
  measure: z
    .strictObject({
      unit: z.enum(MEASURE_UNITS).describe('working-days, days or weeks.'),
      value: z.number().int().positive().describe('How many.'),
    })
    .optional()
    .describe('A measurable target, when there is one.'),
});

export const standardSchema = z.strictObject({
  title: text().min(10).max(120).describe('The standard title.'),
  summary: text().min(20).max(300).describe('What residents can expect, in one or two sentences.'),
  area: text().min(3).describe('The area of work it covers, for example "Consultation" or "Complaints".'),
  commitments: z.array(commitmentSchema).min(1).describe('What the council commits to.'),
  owner: text().min(3).describe('The team or officer role that owns the standard.'),
  reviewed: isoDate().describe('When it was last reviewed.'),
  enforcedBy: z.array(z.enum(RULE_IDS)).default([]).describe('Process rules that check this standard on every change.'),
});

export type Standard = z.output<typeof standardSchema>;
export type Commitment = z.output<typeof commitmentSchema>;
