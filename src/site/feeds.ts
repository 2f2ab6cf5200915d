/**
 * The RSS feeds and calendars as the site serves them: the site-wide pair (/feed.xml, /consultations.ics)
 * and one pair per area and topic (/feeds/area/kelbrook.xml, .ics). Each is the same builder over a
 * different set of consultations (src/lib/opendata/feed.ts and calendar.ts); this only writes them out.
 */
import rss from '@astrojs/rss';
import { consultationsCalendar } from '../lib/opendata/calendar.ts';
import {
  FEED_LENGTH,
  feedHistory,
  feedItems,
  followedItems,
  rssDescription,
  rssTitle,
  xmlEscape,
} from '../lib/opendata/feed.ts';
import { absoluteUrl, siteBaseUrl } from '../lib/opendata/urls.ts';
import type { CatalogueItem } from '../lib/catalogue/catalogue.ts';
import { contentFile, FEED_FACETS, facetFeedPath, type FeedFacet, type FeedFormat } from '../lib/routes.ts';
import { WHOLE_COUNTY } from '../lib/schema/consultation.ts';
import { listedCatalogue, organisationName, ownOrganisationId, settings, today } from './data.ts';
import { fileHistory, siteHistory } from './history.ts';

const ATOM = 'http://www.w3.org/2005/Atom';

/** One area or topic that can be followed. */
export interface FacetFeed {
  facet: FeedFacet;
  value: string;
  label: string;
}

const TAXONOMY = { area: 'areas', topic: 'topics' } as const satisfies Record<FeedFacet, string>;

/** Every area and topic of the taxonomy, used yet or not: a subscription never breaks because a list ran empty. */
export function facetFeeds(): FacetFeed[] {
  const { taxonomy } = settings().site;
  return FEED_FACETS.flatMap((facet) =>
    taxonomy[TAXONOMY[facet]].map((term) => ({ facet, value: term.id, label: term.label })),
  );
}

/** The static paths of the per-area and per-topic feeds: one page per feed, its feed as props. */
export const facetFeedPaths = () =>
  facetFeeds().map((feed) => ({ params: { facet: feed.facet, value: feed.value }, props: { feed } }));

/** What an area's or topic's feed or calendar holds and says of itself, for rssResponse or calendarResponse. */
export async function facetFeedOptions(feed: FacetFeed, format: FeedFormat, site: URL): Promise<FeedOptions> {
  return {
    site,
    path: facetFeedPath(feed, format),
    title: facetFeedTitle(feed, format),
    description: facetFeedDescription(feed, format),
    items: followedItems(await listedCatalogue(), feed.facet, feed.value),
  };
}

/** What one area's or topic's feed or calendar is called, in the reader's list of subscriptions. */
export function facetFeedTitle(feed: FacetFeed, format: FeedFormat): string {
  return `${settings().site.site.title}: ${feed.label}${format === 'rss' ? '' : ', closing dates and events'}`;
}

/** What it holds, in a sentence. */
export function facetFeedDescription(feed: FacetFeed, format: FeedFormat): string {
  const where =
    feed.facet === 'topic'
      ? `on the topic ${feed.label}`
      : feed.value === WHOLE_COUNTY
        ? 'for the whole county'
        : `in ${feed.label} and for the whole county`;
  return format === 'rss'
    ? `Consultations and engagement ${where}: new activities as they are announced and open, when they are about to close, pause or are withdrawn, and what happened as a result.`
    : `Closing dates and events of consultations ${where} that you can still respond to`;
}

export interface FeedOptions {
  /** The deployed site (Astro's `site`). */
  site: URL;
  /** The feed's own path, e.g. `feeds/area/kelbrook.xml`: its self link. */
  path: string;
  title: string;
  description: string;
  items: readonly CatalogueItem[];
}

const baseOf = (site: URL) => siteBaseUrl(site, import.meta.env.BASE_URL);

/** An RSS 2.0 feed of every state change of `items`, newest first, with its self link (atom:link rel=self). */
export async function rssResponse(options: FeedOptions): Promise<Response> {
  const siteBase = baseOf(options.site);
  const self = absoluteUrl(siteBase, options.path);
  const importDate = siteHistory().firstConsultationDate;
  const items = feedItems(options.items, {
    siteBase,
    today,
    // A partner's consultation has no history here: it gives no announcement date, never the sync's day.
    history: (item) =>
      item.partnerPage === undefined
        ? feedHistory(fileHistory(contentFile('consultations', item.id)), item.data, importDate)
        : {},
    organisationName: organisationName(),
    ownOrganisation: ownOrganisationId(),
  });
  const language = settings().site.site.language.toLowerCase();
  const response = await rss({
    title: rssTitle(options.title),
    description: rssDescription(options.description),
    site: siteBase.href,
    xmlns: { atom: ATOM },
    customData: `<language>${xmlEscape(language)}</language><atom:link href="${xmlEscape(self)}" rel="self" type="application/rss+xml"/>`,
    items: items.slice(0, FEED_LENGTH).map((item) => ({
      title: rssTitle(item.title),
      link: item.link,
      pubDate: new Date(`${item.date}T00:00:00Z`),
      description: rssDescription(item.description),
      categories: item.categories,
      // The page is the link; the id names the change, so each change is an item of its own.
      customData: `<guid isPermaLink="false">${xmlEscape(item.id)}</guid>`,
    })),
    stylesheet: false,
    trailingSlash: true,
  });
  response.headers.set('Content-Type', 'application/rss+xml; charset=utf-8');
  return response;
}

/** An iCalendar file of the closing dates and events of those of `items` one can still respond to. */
export function calendarResponse(options: FeedOptions): Response {
  const siteBase = baseOf(options.site);
  const body = consultationsCalendar(options.items, {
    siteBase,
    name: options.title,
    description: options.description,
    self: absoluteUrl(siteBase, options.path),
    organisation: settings().site.organisation.name,
    organisationName: organisationName(),
    ownOrganisation: ownOrganisationId(),
    today,
  });
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
}
