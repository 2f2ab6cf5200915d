/**
 * `launch-ready`: a consultation has everything residents and the council's process need before it
 * opens (src/lib/launch-readiness.ts), the launch steps of process.yaml included from decisionTrailFrom. A warning while it is forthcoming, naming the opening day; an
 * error once that day has come, when the site holds it back as "Opening delayed".
 */
import { addWorkingDays, workingDaysBetween } from '../dates/working-days.ts';
import type { IsoDate } from '../dates/calendar-date.ts';
import { launchGaps } from '../launch-readiness.ts';
import { formatDate } from '../text/dates.ts';
import { asConsultation, statusOf } from './consultation-facts.ts';
import { atField, type Rule, type RuleContext } from './core/index.ts';

export const launchReadyRule = {
  id: 'launch-ready',
  scope: 'file-and-today',
  checkEntry(entry, context) {
    const consultation = asConsultation(entry);
    if (!consultation) return [];
    const status = statusOf(consultation, context);
    if (status !== 'forthcoming' && status !== 'open') return [];
    const opens = formatDate(consultation.data.opens);
    return launchGaps(consultation.data, context.settings.process).map((gap) =>
      status === 'forthcoming'
        ? atField(
            'launch-ready',
            'warning',
            consultation,
            gap.path,
            `before it opens on ${opens} you need ${gap.missing}: ${gap.fix}`,
          )
        : atField(
            'launch-ready',
            'error',
            consultation,
            gap.path,
            `it was due to open on ${opens}, and the site holds it back as "Opening delayed" until it has ${gap.missing}: ${gap.fix}`,
          ),
    );
  },
} satisfies Rule;

/** A consultation the daily launch warning lists: opening soon, or held back already, and not ready. */
export interface LaunchWarning {
  slug: string;
  title: string;
  file: string;
  opens: IsoDate;
  /** Working days from today until it opens; 0 once the opening day has come and it is held back. */
  workingDaysLeft: number;
  /** What it still needs, as noun phrases: "an equality impact assessment". */
  missing: string[];
}

/**
 * Consultations opening within `launchWarningWorkingDays` working days, or whose opening day has come,
 * that are not launch-ready: soonest first.
 */
export function launchWarnings(context: RuleContext): LaunchWarning[] {
  const { launchWarningWorkingDays, bankHolidayRegion } = context.settings.process;
  const horizon = addWorkingDays(context.today, launchWarningWorkingDays, bankHolidayRegion);
  const warnings: LaunchWarning[] = [];
  for (const entry of context.consultations) {
    const status = statusOf(entry, context);
    if (status !== 'open' && !(status === 'forthcoming' && entry.data.opens <= horizon)) continue;
    const gaps = launchGaps(entry.data, context.settings.process);
    if (gaps.length === 0) continue;
    warnings.push({
      slug: entry.source.slug,
      title: entry.data.title,
      file: entry.source.file,
      opens: entry.data.opens,
      workingDaysLeft: status === 'open' ? 0 : workingDaysBetween(context.today, entry.data.opens, bankHolidayRegion),
      missing: gaps.map((gap) => gap.missing),
    });
  }
  return warnings.sort((a, b) => a.opens.localeCompare(b.opens) || a.slug.localeCompare(b.slug));
}
