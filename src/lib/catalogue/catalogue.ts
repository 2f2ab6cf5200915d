/**
 * The catalogue: every consultation joined with its feedback report and its derived status for one
 * `today`. The site, the feeds and the open data all read this, so they can never disagree.
 */
import { daysBetween, type IsoDate } from '../dates/calendar-date.ts';
import { launchGaps, type LaunchPolicy } from '../launch-readiness.ts';
import type { Consultation } from '../schema/consultation.ts';
import type { Feedback } from '../schema/feedback.ts';
import type { ProcessSettings } from '../schema/settings.ts';
import { daysLeft, deriveStatus, feedbackDueDate, type DerivedStatus } from '../status.ts';
import { listInWords } from '../text/list.ts';

export interface Entry<T> {
  /** The slug: the file name without `.mdx`. */
  id: string;
  data: T;
}

export interface CatalogueItem {
  id: string;
  data: Consultation;
  status: DerivedStatus;
  /**
   * What it still needs before it can open ("an equality impact assessment"); empty when launch-ready.
   * While it is `delayed`, the page gives these as the reason.
   */
  launchMissing: string[];
  /** The feedback report that closes the loop, when published. */
  feedback?: Entry<Feedback>;
  /** When the feedback report is (or was) due: closes + feedbackWithinWeeks. */
  feedbackDue: IsoDate;
  /** Closed, no report, and the due date has passed. */
  feedbackOverdue: boolean;
  /** Days left to respond while open (1 on the closing day). */
  daysLeft?: number;
  /** Length of the response period in whole days. */
  durationDays: number;
  /** The calendar year the activity opens in: the finder's "year" filter. */
  year: string;
  /** The id of the organisation that leads it (site.yaml `organisations`), when the hub knows its own. */
  organisation?: string;
  /** The other organisations it is run jointly with. */
  partners: string[];
  /**
   * For an entry read from a partner hub's feed (content/partners/): the page on the partner's own site. Such an
   * entry has no page here and is never in this hub's open data. Its text came from another site: plain text only.
   */
  partnerPage?: string;
}

export function buildCatalogue(
  consultations: Entry<Consultation>[],
  feedback: Entry<Feedback>[],
  process: Pick<ProcessSettings, 'feedbackWithinWeeks'> & LaunchPolicy,
  today: IsoDate,
  /** The hub's own organisation: the lead of every consultation that names none. */
  ownOrganisation?: string,
): CatalogueItem[] {
  const feedbackByConsultation = new Map(feedback.map((report) => [report.data.consultation, report]));
  return consultations.map(({ id, data }) => {
    const report = feedbackByConsultation.get(id);
    const launchMissing = launchGaps(data, process).map((gap) => gap.missing);
    const status = deriveStatus(data, report !== undefined, today, launchMissing.length === 0);
    const feedbackDue = feedbackDueDate(data.closes, process.feedbackWithinWeeks);
    const item: CatalogueItem = {
      id,
      data,
      status,
      launchMissing,
      feedbackDue,
      feedbackOverdue: status === 'closed' && today > feedbackDue,
      durationDays: daysBetween(data.opens, data.closes),
      year: data.opens.slice(0, 4),
      partners: data.partners ?? [],
    };
    const organisation = data.organisation ?? ownOrganisation;
    if (organisation) item.organisation = organisation;
    if (report) item.feedback = report;
    if (status === 'open') item.daysLeft = daysLeft(data.closes, today);
    return item;
  });
}

/** Why a delayed consultation is held back, for its page and the open data: "It still needs a, b and c." */
export function delayReason(item: Pick<CatalogueItem, 'launchMissing'>): string {
  return `It still needs ${listInWords(item.launchMissing)}.`;
}

/**
 * Whether someone can respond to it now or once it opens: open or forthcoming, and not an information
 * notice. Only these invite a response on their page and have a last day to respond in the calendars.
 */
export function canStillRespond(item: Pick<CatalogueItem, 'status' | 'data'>): boolean {
  return (item.status === 'open' || item.status === 'forthcoming') && item.data.activity !== 'information';
}

/** Closing soonest first: what is open, most urgent first. */
export const byClosesAscending = (a: CatalogueItem, b: CatalogueItem) =>
  a.data.closes.localeCompare(b.data.closes) || a.id.localeCompare(b.id);
/** Opening soonest first: what is coming. */
export const byOpensAscending = (a: CatalogueItem, b: CatalogueItem) =>
  a.data.opens.localeCompare(b.data.opens) || a.id.localeCompare(b.id);
/** Newest first by the date that matters most to a resident: when it opened. */
export const byMostRecent = (a: CatalogueItem, b: CatalogueItem) =>
  b.data.opens.localeCompare(a.data.opens) || b.data.closes.localeCompare(a.data.closes) || a.id.localeCompare(b.id);

/**
 * What the home page shows: open (closing soonest first), coming soon (opening soonest, with any whose
 * opening is delayed: residents were told to expect them), latest outcomes.
 */
export function homeSections(items: CatalogueItem[], latestOutcomes = 3) {
  return {
    open: items.filter((item) => item.status === 'open').sort(byClosesAscending),
    forthcoming: items
      .filter((item) => item.status === 'forthcoming' || item.status === 'delayed')
      .sort(byOpensAscending),
    outcomes: items
      .filter((item) => item.status === 'outcome' && item.feedback)
      .sort((a, b) => b.feedback!.data.published.localeCompare(a.feedback!.data.published) || a.id.localeCompare(b.id))
      .slice(0, latestOutcomes),
  };
}
