/**
 * The items of the RSS feed: new activities (announced while forthcoming, then dated by their opening)
 * and outcomes (feedback reports), newest first. The page address is each item's guid, so an activity
 * is one item that moves up the feed when it opens, and its outcome is another.
 */
import type { CatalogueItem } from '../catalogue/catalogue.ts';
import type { IsoDate } from '../dates/calendar-date.ts';
import { consultationPath, feedbackPath } from '../routes.ts';
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

export interface FeedItem {
  /** Plain text, as written: `rssTitle` and `rssDescription` make it safe for the feed. */
  title: string;
  link: string;
  date: IsoDate;
  description: string;
  categories: string[];
}

export interface FeedContext {
  siteBase: URL;
  today: IsoDate;
  /** When each consultation was first published, from history; the announcement is dated by it. */
  firstPublished: (slug: string) => IsoDate | undefined;
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

export function feedItems(items: readonly CatalogueItem[], context: FeedContext): FeedItem[] {
  const { siteBase, today } = context;
  const feed: FeedItem[] = [];
  for (const item of items) {
    const link = itemLink(item, siteBase);
    const when = `Open from ${formatDate(item.data.opens)} to ${formatDate(item.data.closes)}.`;
    const by = organisationsPrefix(item, context);
    const lead = item.organisation ?? context.ownOrganisation;
    const organisation = lead === undefined ? [] : [context.organisationName?.(lead) ?? lead];
    if (item.status === 'withdrawn') continue;
    // One held back on its opening day ("Opening delayed") has not opened: it stays an announcement.
    if (item.data.opens > today || item.status === 'delayed') {
      const announced = item.partnerPage === undefined ? context.firstPublished(item.id) : undefined;
      // Without history there is no honest announcement date; an item dated with the build day would churn.
      if (announced && announced <= today) {
        feed.push({
          title: `Coming soon: ${item.data.title}`,
          link,
          date: announced,
          description: `${by}${item.data.summary} ${when}`,
          categories: ['forthcoming', ...organisation],
        });
      }
    } else {
      feed.push({
        title: `Open: ${item.data.title}`,
        link,
        date: item.data.opens,
        description: `${by}${item.data.summary} ${when}`,
        categories: ['opened', ...organisation],
      });
    }
    const report = item.feedback;
    if (report && report.data.published <= today) {
      const reportLink = absoluteUrl(siteBase, feedbackPath(report.id));
      feed.push({
        title: `Outcome: ${item.data.title}`,
        link: reportLink,
        date: report.data.published,
        description: `What people said and what we did. ${report.data.responses.total} responses. Decision: ${report.data.decision.summary}`,
        categories: ['outcome', ...organisation],
      });
    }
  }
  return feed.sort((a, b) => b.date.localeCompare(a.date) || a.link.localeCompare(b.link));
}
