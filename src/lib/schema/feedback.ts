/** "We asked, you said, we did": the feedback report that closes the loop on one consultation. */
import { z } from 'zod';
import { feedbackTrailShape } from './decision-trail.ts';
import { decision, isoDate, slug } from './shared.ts';
import { text } from './text.ts';

export const themeSchema = z
  .strictObject({
    theme: text().min(3).describe('A short name for the theme, for example "Evening opening".'),
    youSaid: text().min(10).describe('What respondents said about it.'),
    weDid: text().min(10).describe('What the council did in response.'),
    influenced: z.boolean().describe('Whether these views changed the decision.'),
    reason: text()
      .min(10)
      .optional()
      .describe('Why the views did not change the decision (required when influenced is false).'),
  })
  .check((ctx) => {
    if (!ctx.value.influenced && !ctx.value.reason) {
      ctx.issues.push({
        code: 'custom',
        message: 'is required when influenced is false: say why these views did not change the decision',
        path: ['reason'],
        input: undefined,
      });
    }
  });

export const feedbackSchema = z.strictObject({
  consultation: slug().describe('The slug of the consultation this report closes.'),
  published: isoDate().describe('The date the report is published.'),
  responses: z
    .strictObject({
      total: z.number().int().min(0).describe('All responses received.'),
      byChannel: z
        .record(text(), z.number().int().min(0))
        .optional()
        .describe('Responses by channel, for example online, email, post, events.'),
    })
    .check((ctx) => {
      const { total, byChannel } = ctx.value;
      if (!byChannel) return;
      const sum = Object.values(byChannel).reduce((a, b) => a + b, 0);
      if (sum !== total) {
        ctx.issues.push({
          code: 'custom',
          message: `channel counts add up to ${sum}, but total is ${total}`,
          path: ['byChannel'],
          input: byChannel,
        });
      }
    })
    .describe('How many people responded.'),
  themes: z.array(themeSchema).min(1).describe('The main themes: what you said and what we did.'),
  decision: decision(),
  ...feedbackTrailShape,
});

export type Feedback = z.output<typeof feedbackSchema>;
export type FeedbackTheme = z.output<typeof themeSchema>;
