/** RSS of one area (with the whole county's consultations) or one topic: /feeds/area/kelbrook.xml. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { followedItems } from '../../../lib/opendata/feed.ts';
import { facetFeedPath } from '../../../lib/routes.ts';
import { listedCatalogue } from '../../../site/data.ts';
import { facetFeedDescription, facetFeeds, facetFeedTitle, rssResponse, type FacetFeed } from '../../../site/feeds.ts';

export const getStaticPaths = (() =>
  facetFeeds().map((feed) => ({
    params: { facet: feed.facet, value: feed.value },
    props: { feed },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ feed: FacetFeed }> = async (context) => {
  const { feed } = context.props;
  return rssResponse({
    site: context.site!,
    path: facetFeedPath(feed, 'rss'),
    title: facetFeedTitle(feed, 'rss'),
    description: facetFeedDescription(feed, 'rss'),
    items: followedItems(await listedCatalogue(), feed.facet, feed.value),
  });
};
