/**
 * The annual quality report: pure figures for one financial year (April to March), computed from the
 * catalogue and the process settings. An activity belongs to the year it opens in.
 */
import type { CatalogueItem } from '../catalogue/catalogue.ts';
import { financialYear, financialYearRange, type IsoDate } from '../dates/calendar-date.ts';
import { ACTION_STANDINGS, actionStanding } from '../decision-trail.ts';
import { STATUS_LABELS, ACTIVITY_LABELS, ACTION_STANDING_LABELS } from '../labels.ts';
import { ACTIVITIES } from '../schema/consultation.ts';
import type { ProcessSettings } from '../schema/settings.ts';
import { DERIVED_STATUSES } from '../status.ts';

export interface Count {
  key: string;
  label: string;
  count: number;
}

export interface Share {
  /** How many the measure applies to. */
  eligible: number;
  met: number;
  /** Whole percent, or null when nothing is eligible. */
  percent: number | null;
}

export interface DurationCheck {
  id: string;
  title: string;
  significance: CatalogueItem['data']['significance'];
  days: number;
  standardDays: number;
  met: boolean;
}

export interface FeedbackCheck {
  id: string;
  title: string;
  closes: IsoDate;
  due: IsoDate;
  /** When the report was published, if it has been. */
  published?: IsoDate;
  onTime: boolean;
}

/** One feedback report's evaluation and actions: the decision trail's measures. */
export interface TrailCheck {
  id: string;
  title: string;
  criteria: Share;
  groups: Share;
  actions: Share;
}

export interface AnnualReport {
  financialYear: string;
  from: IsoDate;
  to: IsoDate;
  /** The day statuses and due dates were judged on. */
  today: IsoDate;
  total: number;
  byActivity: Count[];
  byStatus: Count[];
  /** Activities of type "consultation", not withdrawn, open at least the standard length for their significance. */
  standardDuration: Share & { checks: DurationCheck[] };
  /** Activities not withdrawn whose report is published or overdue: reports published within feedbackWithinWeeks of closing. */
  feedbackOnTime: Share & { checks: FeedbackCheck[] };
  /** Median length in weeks (one decimal) of the activities not withdrawn; null when there are none. */
  medianDurationWeeks: number | null;
  responses: { total: number; reports: number; byChannel: Count[] };
  byService: Count[];
  /** Success criteria met, of those evaluated in the feedback reports. */
  criteriaMet: Share;
  /** Target groups reached, of those evaluated. */
  groupsReached: Share;
  /** Actions done by their due date, of those done or already due (dropped ones are not counted). */
  actionsOnTime: Share;
  /** Every action of the year's feedback reports by how it stands today. */
  actionsByStanding: Count[];
  /** The reports with an evaluation or actions. */
  trailChecks: TrailCheck[];
}

/** Every financial year that has at least one activity opening in it, newest first. */
export function reportYears(items: readonly CatalogueItem[]): string[] {
  return [...new Set(items.map((item) => financialYear(item.data.opens)))].sort().reverse();
}

export function share(met: number, eligible: number): Share {
  return { eligible, met, percent: eligible === 0 ? null : Math.round((met / eligible) * 100) };
}

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Counts in a fixed key order (activities, statuses), leaving out the zeros. */
function countInOrder<K extends string>(
  keys: readonly K[],
  values: readonly K[],
  labels: Readonly<Record<K, string>>,
): Count[] {
  return keys
    .map((key) => ({ key, label: labels[key], count: values.filter((value) => value === key).length }))
    .filter((count) => count.count > 0);
}

/** Counts of free-text keys, largest first, then by name. */
function countByFrequency(entries: Iterable<[string, number]>, label: (key: string) => string = (key) => key): Count[] {
  const totals = new Map<string, number>();
  for (const [key, count] of entries) totals.set(key, (totals.get(key) ?? 0) + count);
  return [...totals]
    .map(([key, count]) => ({ key, label: label(key), count }))
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
}

export const NOT_BROKEN_DOWN = 'not-broken-down';
const channelLabel = (key: string) =>
  key === NOT_BROKEN_DOWN
    ? 'Not broken down by channel'
    : key.charAt(0).toUpperCase() + key.slice(1).replace(/-/g, ' ');

export function annualReport(
  items: readonly CatalogueItem[],
  process: Pick<ProcessSettings, 'standardWeeks'>,
  year: string,
  today: IsoDate,
): AnnualReport {
  const { from, to } = financialYearRange(year);
  const inYear = items
    .filter((item) => item.data.opens >= from && item.data.opens <= to)
    .sort((a, b) => a.data.opens.localeCompare(b.data.opens) || a.id.localeCompare(b.id));
  const live = inYear.filter((item) => item.status !== 'withdrawn');

  const durationChecks: DurationCheck[] = live
    .filter((item) => item.data.activity === 'consultation')
    .map((item) => {
      const standardDays = process.standardWeeks[item.data.significance] * 7;
      return {
        id: item.id,
        title: item.data.title,
        significance: item.data.significance,
        days: item.durationDays,
        standardDays,
        met: item.durationDays >= standardDays,
      };
    });

  const feedbackChecks: FeedbackCheck[] = live
    .filter((item) => item.feedback !== undefined || today > item.feedbackDue)
    .map((item) => {
      const check: FeedbackCheck = {
        id: item.id,
        title: item.data.title,
        closes: item.data.closes,
        due: item.feedbackDue,
        onTime: false,
      };
      if (item.feedback) {
        check.published = item.feedback.data.published;
        check.onTime = item.feedback.data.published <= item.feedbackDue;
      }
      return check;
    });

  const reports = inYear.flatMap((item) => (item.feedback ? [item.feedback.data.responses] : []));
  const channelEntries = reports.flatMap((responses): [string, number][] => {
    const byChannel = Object.entries(responses.byChannel ?? {});
    return byChannel.length ? byChannel : [[NOT_BROKEN_DOWN, responses.total]];
  });
  const weeks = median(live.map((item) => item.durationDays / 7));
  const trail = trailMeasures(inYear, today);

  return {
    financialYear: year,
    from,
    to,
    today,
    total: inYear.length,
    byActivity: countInOrder(
      ACTIVITIES,
      inYear.map((item) => item.data.activity),
      ACTIVITY_LABELS,
    ),
    byStatus: countInOrder(
      DERIVED_STATUSES,
      inYear.map((item) => item.status),
      STATUS_LABELS,
    ),
    standardDuration: {
      ...share(durationChecks.filter((check) => check.met).length, durationChecks.length),
      checks: durationChecks,
    },
    feedbackOnTime: {
      ...share(feedbackChecks.filter((check) => check.onTime).length, feedbackChecks.length),
      checks: feedbackChecks,
    },
    medianDurationWeeks: weeks === null ? null : Math.round(weeks * 10) / 10,
    responses: {
      total: reports.reduce((sum, responses) => sum + responses.total, 0),
      reports: reports.length,
      byChannel: countByFrequency(
        channelEntries.filter(([, count]) => count > 0),
        channelLabel,
      ),
    },
    byService: countByFrequency(inYear.map((item): [string, number] => [item.data.service, 1])),
    ...trail,
  };
}

/** The standings that count towards "done on time": done (on time or late) or past due; not dropped or not yet due. */
const DUE_OR_DONE: ReadonlySet<string> = new Set(['done-on-time', 'done-late', 'late']);
const isDueOrDone = (standing: string) => DUE_OR_DONE.has(standing);

function trailMeasures(items: readonly CatalogueItem[], today: IsoDate) {
  const trailChecks: TrailCheck[] = [];
  const sum = { criteria: { met: 0, of: 0 }, groups: { met: 0, of: 0 }, actions: { met: 0, of: 0 } };
  const standings: (typeof ACTION_STANDINGS)[number][] = [];
  for (const item of items) {
    const { evaluation, actions = [] } = item.feedback?.data ?? {};
    if (!evaluation && actions.length === 0) continue;
    const criteria = evaluation?.criteria ?? [];
    const groups = evaluation?.reached ?? [];
    const itemStandings = actions.map((action) => actionStanding(action, today));
    standings.push(...itemStandings);
    const due = itemStandings.filter(isDueOrDone);
    const check: TrailCheck = {
      id: item.id,
      title: item.data.title,
      criteria: share(criteria.filter((entry) => entry.met).length, criteria.length),
      groups: share(groups.filter((entry) => entry.reached).length, groups.length),
      actions: share(due.filter((standing) => standing === 'done-on-time').length, due.length),
    };
    for (const key of ['criteria', 'groups', 'actions'] as const) {
      sum[key].met += check[key].met;
      sum[key].of += check[key].eligible;
    }
    trailChecks.push(check);
  }
  return {
    criteriaMet: share(sum.criteria.met, sum.criteria.of),
    groupsReached: share(sum.groups.met, sum.groups.of),
    actionsOnTime: share(sum.actions.met, sum.actions.of),
    actionsByStanding: countInOrder(ACTION_STANDINGS, standings, ACTION_STANDING_LABELS),
    trailChecks,
  };
}
