/**
 * `pre-election`: no consultation opens during a pre-election period (Consultation Principles, point K);
 * closing inside one is a warning, since publicity about the outcome is restricted then too.
 */
import { addDays } from '../dates/calendar-date.ts';
import { formatDate } from '../text/dates.ts';
import { asConsultation, isHeldToConsultationRules } from './consultation-facts.ts';
import { atField, type Rule } from './core/index.ts';

export const preElectionRule = {
  id: 'pre-election',
  scope: 'file',
  liveThreshold: (process) =>
    process.preElectionPeriods.length
      ? `No consultation opens during ${process.preElectionPeriods.map((period) => `${period.election} (${formatDate(period.from)} to ${formatDate(period.to)})`).join('; ')}.`
      : 'No pre-election periods are currently set.',
  checkEntry(entry, context) {
    const consultation = asConsultation(entry);
    if (!consultation || !isHeldToConsultationRules(consultation.data)) return [];
    const { opens, closes } = consultation.data;
    for (const period of context.settings.process.preElectionPeriods) {
      const span = `the pre-election period for ${period.election} (${period.from} to ${period.to})`;
      if (period.from <= opens && opens <= period.to) {
        return [
          atField(
            'pre-election',
            'error',
            consultation,
            ['opens'],
            `opens ${opens}, inside ${span}: no consultation may open then; open before ${period.from} or on or after ${addDays(period.to, 1)}`,
          ),
        ];
      }
      if (period.from <= closes && closes <= period.to) {
        return [
          atField(
            'pre-election',
            'warning',
            consultation,
            ['closes'],
            `closes ${closes}, inside ${span}: close before ${period.from} or run past ${period.to} so the council can respond openly`,
          ),
        ];
      }
    }
    return [];
  },
} satisfies Rule;
