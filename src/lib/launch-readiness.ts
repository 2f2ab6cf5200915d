/**
 * Whether a consultation is ready to open: a way to respond, one that does not need the internet, an
 * equality impact assessment and a record of its authorisation. One pure judgement of the file alone,
 * shared by the `launch-ready` rule (which tells the editor), the daily launch warning and the catalogue
 * (which holds an unready consultation back as "Opening delayed"), so they can never disagree.
 */
import { addDays, type IsoDate } from './dates/calendar-date.ts';
import { workingDaysBetween } from './dates/working-days.ts';
import { EQUALITY_STATUS_LABELS, fieldPathLabel } from './labels.ts';
import { consultationSchema, type Consultation } from './schema/consultation.ts';
import { isOnDecisionTrail } from './schema/decision-trail.ts';
import type { ProcessSettings } from './schema/settings.ts';
import { formatDate } from './text/dates.ts';
import { listInWords } from './text/list.ts';
import { plural } from './text/plural.ts';

export type LaunchNeed = 'respond' | 'offline' | 'equality-impact' | 'authorisation' | 'launch-step';

/**
 * The launch steps of process.yaml and the date they apply from. Without it (or before `decisionTrailFrom`)
 * a consultation needs only the fixed checks, so an archive opened under the old process still reads as ready.
 */
export type LaunchPolicy = Partial<Pick<ProcessSettings, 'launchSteps' | 'decisionTrailFrom' | 'bankHolidayRegion'>>;

export interface LaunchGap {
  need: LaunchNeed;
  /** The field to point the editor at. */
  path: readonly PropertyKey[];
  /** What is missing, as a noun phrase residents and editors can read: "an equality impact assessment". */
  missing: string;
  /** How to supply it, in the file's terms. */
  fix: string;
}

type LaunchInput = Pick<Consultation, 'activity' | 'opens' | 'respond' | 'formats' | 'equalityImpact' | 'governance'>;

/**
 * What the consultation still lacks before it can open, in the order an editor would fix it; empty when
 * it is ready. An `information` notice asks for no response, so it needs nothing; other activities that
 * are not consultations need only a way to respond.
 */
export function launchGaps(consultation: LaunchInput, policy: LaunchPolicy = {}): LaunchGap[] {
  const { activity, respond, formats, equalityImpact, governance } = consultation;
  if (activity === 'information') return [];
  const hasEvents = (respond.events?.length ?? 0) > 0;
  if (!respond.online && !respond.email && !respond.post && !respond.phone && !hasEvents) {
    return [
      {
        need: 'respond',
        path: ['respond'],
        missing: 'a way to respond',
        fix: `add one under ${field('respond')}: ${listInWords(['Online', 'Email', 'Post', 'Phone', 'Events'], 'or')}`,
      },
    ];
  }
  if (activity !== 'consultation') return [];
  const gaps: LaunchGap[] = [];
  if (!respond.post && !respond.phone && !hasEvents && !formats.includes('paper')) {
    gaps.push({
      need: 'offline',
      path: ['respond'],
      missing: 'a way to respond without the internet',
      fix: `add ${field('respond', 'post')}, ${field('respond', 'phone')} or an event, or offer "Paper copies" under ${field('formats')}`,
    });
  }
  if (!equalityImpact) {
    gaps.push({
      need: 'equality-impact',
      path: ['equalityImpact'],
      missing: 'an equality impact assessment',
      fix: `fill in ${field('equalityImpact')} with its status (${listInWords(Object.values(EQUALITY_STATUS_LABELS), 'or')})`,
    });
  }
  if (!governance.authorisedBy || !governance.authorisedOn) {
    const fields = listInWords(
      [
        !governance.authorisedBy && field('governance', 'authorisedBy'),
        !governance.authorisedOn && field('governance', 'authorisedOn'),
      ].filter((field) => typeof field === 'string'),
    );
    gaps.push({
      need: 'authorisation',
      path: ['governance'],
      missing: 'a record of its authorisation',
      fix: `add ${fields} (the chief officer or cabinet member, and the date)`,
    });
  }
  gaps.push(...launchStepGaps(consultation, policy));
  return gaps;
}

export const isLaunchReady = (consultation: LaunchInput, policy: LaunchPolicy = {}): boolean =>
  launchGaps(consultation, policy).length === 0;

/** The fields the authorisation gap above already asks for: a launch step naming one adds no second gap for it. */
const AUTHORISATION_FIELDS: readonly string[] = ['authorisedBy', 'authorisedOn'];

/**
 * The launch steps of process.yaml a consultation opening on or after `decisionTrailFrom` has not recorded, or
 * recorded too late: a step with `beforeOpensWorkingDays` must be dated at least that many working days before
 * the opening day.
 */
function launchStepGaps(consultation: LaunchInput, policy: LaunchPolicy): LaunchGap[] {
  const { launchSteps = [], decisionTrailFrom, bankHolidayRegion } = policy;
  if (!isOnDecisionTrail(consultation, decisionTrailFrom)) return [];
  const gaps: LaunchGap[] = [];
  for (const step of launchSteps) {
    const value = consultation.governance[step.field];
    const path = ['governance', step.field] as const;
    const before = step.beforeOpensWorkingDays;
    if (value === undefined) {
      if (AUTHORISATION_FIELDS.includes(step.field)) continue;
      const when = before ? ` at least ${plural(before, 'working day')} before it opens` : '';
      gaps.push({
        need: 'launch-step',
        path,
        missing: `a record of this step: ${step.label.toLowerCase()}`,
        fix: `add ${field('governance', step.field)}${when}`,
      });
    } else if (before !== undefined && isDateValued(step.field)) {
      const gap = value < consultation.opens ? workingDaysBetween(value, consultation.opens, bankHolidayRegion) : 0;
      if (gap < before) {
        const latest = latestDateFor(consultation.opens, before, bankHolidayRegion);
        gaps.push({
          need: 'launch-step',
          path,
          missing: `${step.label.toLowerCase()} at least ${plural(before, 'working day')} before it opens`,
          fix: `${field('governance', step.field)} is ${formatDate(value)}, ${value < consultation.opens ? `${plural(gap, 'working day')} before it opens` : 'not before it opens'}: it was due by ${formatDate(latest)}, so move the opening day`,
        });
      }
    }
  }
  return gaps;
}

const isDateValued = (field: string): boolean => field !== 'authorisedBy' && field !== 'qualityAssuredBy';

/** The last day a step can be done and still leave `count` working days before `opens` (counting that day). */
export function latestDateFor(opens: IsoDate, count: number, region: LaunchPolicy['bankHolidayRegion']): IsoDate {
  let day = addDays(opens, -1);
  while (workingDaysBetween(day, opens, region) < count) day = addDays(day, -1);
  return day;
}

/** A field as the CMS form labels it, so the fix names what the editor sees. */
const field = (...path: string[]) => fieldPathLabel(consultationSchema, path);
