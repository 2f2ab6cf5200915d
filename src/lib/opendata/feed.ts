/**
 * The items of the RSS feeds, the site-wide one and each area's and topic's: every change in a
 * consultation's state is an item of its own (announced, opened, closing in 7 days, opening delayed,
 * paused, withdrawn, outcome published, each action of its feedback report done), dated by the day it
 * happened, newest first. Each item's id is the page address and the change (`.../consultations/x/#opened`),
 * so a reader shows an announcement and the opening as two items, and never shows one twice when the feed
 * is fetched again.
 */
import { delayReason, type CatalogueItem } from '../catalogue/catalogue.ts';
import { listedValues } from '../catalogue/finder.ts';
import { addDays, type IsoDate } from '../dates/calendar-date.ts';
import type { FileHistory } from '../history/history.ts';
import { consultationPath, feedbackPath, type FeedFacet } from '../routes.ts';
import type { Consultation } from '../schema/consultation.ts';
import { formatDate } from '../text/dates.ts';
import { listInWords } from '../text/list.ts';
import { absoluteUrl } from './urls.ts';

/** Characters XML 1.0 cannot carry at all: a feed holding one is not well-formed and readers drop it whole. */
const NOT_XML =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * A plain-text description for RSS. Readers render an item's description as HTML, so the text is
 * HTML-escaped here (and XML-escaped again when the feed is written): `<script>` in a summary reaches
 * the reader as the words "<script>", never as markup.
 */
export function rssDescription(text: string): string {
  return text.replace(NOT_XML, '').replace(/[&<>]/g, (char) => `&#${char.charCodeAt(0)};`);
}

/**
 * A plain-text title for RSS. Some readers show titles as text and some as HTML; escaping `<` and `>`
 * keeps markup out of both, while a bare `&` ("Parks & play") stays readable in both. An `&` that would
 * read as a character reference (`&amp;`) is escaped, so HTML readers show it as written.
 */
export function rssTitle(text: string): string {
  return text.replace(NOT_XML, '').replace(/&(?=#?[A-Za-z0-9]+;)|[<>]/g, (char) => `&#${char.charCodeAt(0)};`);
}

/** Text or an attribute value written straight into XML (the self link, an item's id). */
export function xmlEscape(text: string): string {
  return text.replace(NOT_XML, '').replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/** The changes of state a feed tells its readers about, each an item of its own. */
export const FEED_EVENTS = [
  'announced',
  'opened',
  'closing-soon',
  'delayed',
  'paused',
  'withdrawn',
  'outcome',
  /** An action of the feedback report completed: one item per action, `#action-done-<n>` in the report's order. */
  'action-done',
] as const;
export type FeedEvent = (typeof FEED_EVENTS)[number];

/** How long before the closing day the "closing in 7 days" item comes. */
export const CLOSING_SOON_DAYS = 7;

/** Readers fetch a feed again and again: each carries the newest items only (the whole archive is 12 MB at 10,000). */
export const FEED_LENGTH = 100;

export interface FeedItem {
  /** Stable and unique: the page address and the change. The feed's guid. */
  id: string;
  event: FeedEvent;
  /** Plain text, as written: `rssTitle` and `rssDescription` make it safe for the feed. */
  title: string;
  link: string;
  date: IsoDate;
  description: string;
  categories: string[];
}

/** What the history says about one consultation, for dating the changes its file does not record. */
export interface FeedHistory {
  /** The day it first appeared on the site: an announcement when that was before it opened. */
  firstPublished?: IsoDate;
  /** The day its stored status (paused or withdrawn) was set; undefined when history cannot say. */
  statusSince?: IsoDate;
}

export interface FeedContext {
  siteBase: URL;
  today: IsoDate;
  history: (item: CatalogueItem) => FeedHistory;
  /** The name of an organisation in site.yaml, by id, and the hub's own id: others are named in the text. */
  organisationName?: (id: string) => string;
  ownOrganisation?: string;
}

/** Where a listed consultation's page is: here, or on the partner's site for one from a partner's feed. */
export function itemLink(item: Pick<CatalogueItem, 'id' | 'partnerPage'>, siteBase: URL): string {
  return item.partnerPage === undefined
    ? absoluteUrl(siteBase, consultationPath(item.id))
    : absoluteUrl(siteBase, item.partnerPage);
}

/** "Northfold District Council with Harrowdale County Council: ": who runs it, where that is not only this hub. */
export function organisationsPrefix(
  item: Pick<CatalogueItem, 'organisation' | 'partners'>,
  context: Pick<FeedContext, 'organisationName' | 'ownOrganisation'>,
): string {
  const { ownOrganisation, organisationName = (id: string) => id } = context;
  const lead = item.organisation ?? ownOrganisation;
  if ((lead === undefined || lead === ownOrganisation) && item.partners.length === 0) return '';
  const names = [...(lead === undefined ? [] : [lead]), ...item.partners].map(organisationName);
  return `${names[0]}${names.length > 1 ? ` with ${listInWords(names.slice(1))}` : ''}: `;
}

/**
 * The dates a consultation's file history gives its feed items. A status that came in with the file on
 * the day the archive was imported, for a consultation that had already closed by then, has no honest date:
 * its item is left out rather than dated by the import, which would fill every feed with old news.
 */
export function feedHistory(
  file: Pick<FileHistory, 'revisions' | 'firstPublished' | 'truncated'> | undefined,
  entry: Pick<Consultation, 'status' | 'closes'>,
  importDate: IsoDate | undefined,
): FeedHistory {
  if (!file) return {};
  const dates: FeedHistory = file.firstPublished ? { firstPublished: file.firstPublished } : {};
  if (!entry.status) return dates;
  const revisions = file.revisions.filter((revision) => revision.kind !== 'deleted');
  let first = revisions.length;
  while (first > 0 && revisions[first - 1]!.fields.status === entry.status) first--;
  const set = revisions[first];
  if (!set) return dates;
  const withFile = first === 0;
  if (withFile && (file.truncated || (set.commit.date === importDate && entry.closes < set.commit.date))) return dates;
  return { ...dates, statusSince: set.commit.date };
}

const period = (data: Consultation) =>
  data.activity === 'information'
    ? `From ${formatDate(data.opens)} to ${formatDate(data.closes)}.`
    : `Open for responses from ${formatDate(data.opens)} to ${formatDate(data.closes)}.`;

/** The state changes of one consultation that have happened by `today`, as feed items. */
function itemEvents(item: CatalogueItem, context: FeedContext): FeedItem[] {
  const { data, status } = item;
  const { siteBase, today } = context;
  const page = itemLink(item, siteBase);
  const dates = context.history(item);
  const by = organisationsPrefix(item, context);
  const lead = item.organisation ?? context.ownOrganisation;
  const organisation = lead === undefined ? [] : [context.organisationName?.(lead) ?? lead];
  const events: FeedItem[] = [];
  const add = (
    event: FeedEvent,
    date: IsoDate,
    title: string,
    description: string,
    link = page,
    id: string = event,
  ) => {
    if (date <= today)
      events.push({
        id: `${page}#${id}`,
        event,
        title,
        link,
        date,
        description: `${by}${description}`,
        categories: [event, ...organisation],
      });
  };
  // Opening and closing happened only if it was not paused or withdrawn by then; when that is not known, nothing is claimed.
  const stopped = data.status ? (dates.statusSince ?? '') : undefined;
  const running = (date: IsoDate) => stopped === undefined || date < stopped;
  // Announced on its first day on the site, if that was before it opened and it was not already paused or withdrawn.
  const first = dates.firstPublished;
  if (first && first < data.opens && !(dates.statusSince && dates.statusSince <= first))
    add('announced', first, `Coming soon: ${data.title}`, `${data.summary} ${period(data)}`);
  if (status === 'delayed') {
    add(
      'delayed',
      data.opens,
      `Opening delayed: ${data.title}`,
      `It was due to open on ${formatDate(data.opens)}. ${delayReason(item)}`,
    );
  } else if (status !== 'forthcoming' && running(data.opens)) {
    const information = data.activity === 'information';
    add('opened', data.opens, `${information ? 'Notice' : 'Open'}: ${data.title}`, `${data.summary} ${period(data)}`);
    const soon = addDays(data.closes, -CLOSING_SOON_DAYS);
    if (!information && soon > data.opens && running(soon))
      add(
        'closing-soon',
        soon,
        `Closing in ${CLOSING_SOON_DAYS} days: ${data.title}`,
        `The last day to respond is ${formatDate(data.closes)}. ${data.summary}`,
      );
  }
  if ((status === 'paused' || status === 'withdrawn') && dates.statusSince) {
    const title = `${status === 'paused' ? 'Paused' : 'Withdrawn'}: ${data.title}`;
    add(status, dates.statusSince, title, data.statusReason ?? '');
  }
  const report = item.feedback;
  if (report) {
    const link = absoluteUrl(siteBase, feedbackPath(report.id));
    const what = `What people said and what we did. ${report.data.responses.total} responses. Decision: ${report.data.decision.summary}`;
    add('outcome', report.data.published, `Outcome: ${data.title}`, what, link);
    (report.data.actions ?? []).forEach((action, index) => {
      if (action.status !== 'done' || !action.completed) return;
      const done = `${action.action} Done by ${action.owner} on ${formatDate(action.completed)}.`;
      add('action-done', action.completed, `Action done: ${data.title}`, done, link, `action-done-${index + 1}`);
    });
  }
  return events;
}

/** Every state change of these consultations up to `today`, newest first; ties in a stable order. */
export function feedItems(items: readonly CatalogueItem[], context: FeedContext): FeedItem[] {
  return items
    .flatMap((item) => itemEvents(item, context))
    .sort((a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id));
}

/**
 * The consultations a follower of one area or topic hears about. An area's followers hear about the
 * whole county's consultations too: the county budget affects everyone in Kelbrook.
 */
export function followedItems(items: readonly CatalogueItem[], facet: FeedFacet, value: string): CatalogueItem[] {
  // The finder's own rule (listedValues), asked about this one area: the feed lists what the area's page lists.
  return items.filter((item) => listedValues(item, facet, [value]).includes(value));
}
