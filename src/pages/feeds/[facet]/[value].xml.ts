/** RSS of one area (with the whole county's consultations) or one topic: /feeds/area/kelbrook.xml. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { facetFeedOptions, facetFeedPaths, rssResponse, type FacetFeed } from '../../../site/feeds.ts';

export const getStaticPaths = facetFeedPaths satisfies GetStaticPaths;

export const GET: APIRoute<{ feed: FacetFeed }> = async (context) =>
  rssResponse(await facetFeedOptions(context.props.feed, 'rss', context.site!));
