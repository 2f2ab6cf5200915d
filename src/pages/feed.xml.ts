/** RSS: every state change of every consultation (announced, opened, closing soon, paused, outcome...), newest first. */
import type { APIRoute } from 'astro';
import { PAGES } from '../lib/routes.ts';
import { listedCatalogue, settings } from '../site/data.ts';
import { rssResponse } from '../site/feeds.ts';

export const GET: APIRoute = async (context) => {
  const { site, organisation } = settings().site;
  return rssResponse({
    site: context.site!,
    path: PAGES.feed,
    title: `${site.title}: new consultations and outcomes`,
    description: `Consultations and engagement by ${organisation.name}: new activities as they are announced and open, when they are about to close, pause or are withdrawn, and what happened as a result.`,
    items: await listedCatalogue(),
  });
};
