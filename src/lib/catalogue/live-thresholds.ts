/**
 * The thresholds a rule enforces today, read from process.yaml, in words: a standard page shows what
 * is really checked, so the published promise and the check cannot drift apart.
 */
import type { RuleId } from '../rules/core/index.ts';
import type { ProcessSettings } from '../schema/settings.ts';
import { formatDate } from '../text/dates.ts';

export function liveThreshold(rule: RuleId, process: ProcessSettings): string | undefined {
  switch (rule) {
    case 'timescale': {
      const { minimumWeeks: min, standardWeeks: std } = process;
      const holidays = process.holidayExtension
        ? ' Bank holidays and 24 December to 1 January do not count: a period that loses working days to them is extended.'
        : '';
      return `At least ${min.minor} weeks for minor, ${min.standard} for standard and ${min.major} for major consultations; shorter than ${std.minor}, ${std.standard} and ${std.major} weeks only with a stated reason.${holidays}`;
    }
    case 'forward-plan':
      return `Listed on the forward plan at least ${process.forwardPlanNoticeDays} days before opening.`;
    case 'closing-the-loop':
      return `Feedback report published within ${process.feedbackWithinWeeks} weeks of closing, with reasons wherever views did not change the decision.`;
    case 'pre-election':
      return process.preElectionPeriods.length
        ? `No consultation opens during ${process.preElectionPeriods.map((period) => `${period.election} (${formatDate(period.from)} to ${formatDate(period.to)})`).join('; ')}.`
        : 'No pre-election periods are currently set.';
    case 'strategy-review':
      return `Strategies are reviewed at least every ${process.strategyReviewYears} years.`;
    case 'plain-language':
      return `Sentences of no more than ${process.plainLanguage.maxSentenceWords} words; no listed jargon.`;
    case 'required-sections':
      return `Every consultation explains: ${process.requiredSections.consultation.join('; ')}.`;
    default:
      return undefined;
  }
}
