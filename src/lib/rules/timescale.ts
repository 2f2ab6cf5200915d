/**
 * `timescale`: a consultation runs long enough for its significance, counted in calendar weeks and,
 * with `holidayExtension`, in working days, so a period over Easter or Christmas is extended.
 */
import { addWeeks, daysBetween } from '../dates/calendar-date.ts';
import { addWorkingDays, holidaysBetween, workingDaysBetween, type NonWorkingDay } from '../dates/working-days.ts';
import { describeDuration } from '../text/duration.ts';
import { listInWords } from '../text/list.ts';
import { oneOrMany, plural } from '../text/plural.ts';
import { asConsultation, isHeldToConsultationRules } from './consultation-facts.ts';
import { atField, type Rule } from './core/index.ts';
import { fieldLabel } from '../labels.ts';

const WORKING_DAYS_PER_WEEK = 5;

/** "Good Friday, Easter Monday and the 24 December to 1 January closure (5 days)". */
export function describeLostDays(lost: readonly NonWorkingDay[]): string {
  const counts = new Map<string, number>();
  for (const day of lost) counts.set(day.reason, (counts.get(day.reason) ?? 0) + 1);
  return listInWords([...counts].map(([reason, count]) => (count > 1 ? `${reason} (${count} days)` : reason)));
}

export const timescaleRule = {
  id: 'timescale',
  scope: 'file',
  liveThreshold(process) {
    const { minimumWeeks: min, standardWeeks: std } = process;
    const holidays = process.holidayExtension
      ? ' Bank holidays and 24 December to 1 January do not count: a period that loses working days to them is extended.'
      : '';
    return `At least ${min.minor} weeks for minor, ${min.standard} for standard and ${min.major} for major consultations; shorter than ${std.minor}, ${std.standard} and ${std.major} weeks only with a stated reason.${holidays}`;
  },
  checkEntry(entry, context) {
    const consultation = asConsultation(entry);
    if (!consultation || !isHeldToConsultationRules(consultation.data)) return [];
    const { opens, closes, significance, durationRationale } = consultation.data;
    const process = context.settings.process;
    const days = daysBetween(opens, closes);
    if (days <= 0) return []; // the schema already says closes must be after opens
    const minimum = process.minimumWeeks[significance];
    const standard = process.standardWeeks[significance];
    const error = (message: string) => [atField('timescale', 'error', consultation, ['closes'], message)];

    if (days < minimum * 7) {
      return error(
        `closes ${closes} gives ${describeDuration(days)}; a ${significance} consultation must run at least ${plural(minimum, 'week')}, even with a ${fieldLabel('durationRationale')}: close on or after ${addWeeks(opens, minimum)}`,
      );
    }
    if (days < standard * 7 && !durationRationale) {
      return error(
        `closes ${closes} gives ${describeDuration(days)}; a ${significance} consultation needs ${plural(standard, 'week')} (close on or after ${addWeeks(opens, standard)}), or fill in ${fieldLabel('durationRationale')} to say why it is shorter`,
      );
    }
    if (!process.holidayExtension) return [];

    const requiredWeeks = durationRationale ? minimum : standard;
    const needed = requiredWeeks * WORKING_DAYS_PER_WEEK;
    const region = process.bankHolidayRegion;
    const available = workingDaysBetween(opens, closes, region);
    if (available >= needed) return [];
    const lost = holidaysBetween(opens, closes, region);
    return error(
      `${opens} to ${closes} has ${plural(available, 'working day')}, but a ${requiredWeeks}-week consultation needs ${needed}: ${plural(lost.length, 'working day')} ${oneOrMany(lost.length, 'is', 'are')} lost to ${describeLostDays(lost)}; extend it to close on or after ${addWorkingDays(opens, needed, region)}`,
    );
  },
} satisfies Rule;
