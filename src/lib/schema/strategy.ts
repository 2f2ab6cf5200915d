/** The council's engagement or consultation strategy documents. */
import { z } from 'zod';
import { isoDate, slug } from './shared.ts';
import { text } from './text.ts';

export const STRATEGY_STATUSES = ['draft', 'adopted', 'superseded'] as const;

export const strategySchema = z
  .strictObject({
    title: text().min(10).max(120).describe('The strategy title.'),
    summary: text().min(20).max(300).describe('What the strategy commits the council to, in one or two sentences.'),
    adopted: isoDate().describe('The date it was adopted (or is due to be, for a draft).'),
    endorsedBy: text().min(3).describe('Who adopted or endorsed it, for example "Cabinet".'),
    reviewBy: isoDate().describe('When it must next be reviewed.'),
    status: z.enum(STRATEGY_STATUSES).describe('draft, adopted or superseded.'),
    supersededBy: slug().optional().describe('The slug of the strategy that replaced this one.'),
  })
  .check((ctx) => {
    if (ctx.value.status === 'superseded' && !ctx.value.supersededBy) {
      ctx.issues.push({
        code: 'custom',
        message: 'is required when status is superseded: give the slug of the newer strategy',
        path: ['supersededBy'],
        input: undefined,
      });
    }
  });

export type Strategy = z.output<typeof strategySchema>;
