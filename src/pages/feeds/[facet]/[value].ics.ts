/** iCalendar of one area (with the whole county's consultations) or one topic: /feeds/area/kelbrook.ics. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { followedItems } from '../../../lib/opendata/feed.ts';
import { facetFeedPath } from '../../../lib/routes.ts';
import { listedCatalogue } from '../../../site/data.ts';
import {
  calendarResponse,
  facetFeedDescription,
  facetFeeds,
  facetFeedTitle,
  type FacetFeed,
} from '../../../site/feeds.ts';

export const getStaticPaths = (() =>
  facetFeeds().map((feed) => ({
    params: { facet: feed.facet, value: feed.value },
    props: { feed },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ feed: FacetFeed }> = async (context) => {
  const { feed } = context.props;
  return calendarResponse({
    site: context.site!,
    path: facetFeedPath(feed, 'calendar'),
    title: facetFeedTitle(feed, 'calendar'),
    description: facetFeedDescription(feed, 'calendar'),
    items: followedItems(await listedCatalogue(), feed.facet, feed.value),
  });
};
