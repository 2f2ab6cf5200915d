/** iCalendar of one area (with the whole county's consultations) or one topic: /feeds/area/kelbrook.ics. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { facetFeedOptions, facetFeedPaths, calendarResponse, type FacetFeed } from '../../../site/feeds.ts';

export const getStaticPaths = facetFeedPaths satisfies GetStaticPaths;

export const GET: APIRoute<{ feed: FacetFeed }> = async (context) =>
  calendarResponse(await facetFeedOptions(context.props.feed, 'calendar', context.site!));
