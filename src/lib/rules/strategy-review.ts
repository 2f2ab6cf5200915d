/** `strategy-review`: an adopted strategy is reviewed at least every `strategyReviewYears` and not left past its review date. */
import { atField, type Finding, type Rule, type ValidEntry } from './core/index.ts';
import { addYears } from '../dates/calendar-date.ts';
import type { Strategy } from '../schema/strategy.ts';
import { plural } from '../text/plural.ts';
import { fieldLabel } from '../labels.ts';

export const strategyReviewRule = {
  id: 'strategy-review',
  scope: 'file-and-today',
  liveThreshold: (process) => `Strategies are reviewed at least every ${process.strategyReviewYears} years.`,
  checkEntry(entry, context) {
    if (entry.source.collection !== 'strategies' || entry.data === undefined) return [];
    const strategy = entry as ValidEntry<Strategy>;
    const { status, adopted, reviewBy } = strategy.data;
    if (status !== 'adopted') return [];
    const years = context.settings.process.strategyReviewYears;
    const latest = addYears(adopted, years);
    const findings: Finding[] = [];
    if (reviewBy > latest) {
      findings.push(
        atField(
          'strategy-review',
          'error',
          strategy,
          ['reviewBy'],
          `${fieldLabel('reviewBy')} ${reviewBy} is more than ${plural(years, 'year')} after adoption on ${adopted}: set it on or before ${latest}`,
        ),
      );
    }
    if (reviewBy < context.today) {
      findings.push(
        atField(
          'strategy-review',
          'warning',
          strategy,
          ['reviewBy'],
          `the review was due by ${reviewBy}: review the strategy, or mark it superseded, and update reviewBy`,
        ),
      );
    }
    return findings;
  },
} satisfies Rule;
