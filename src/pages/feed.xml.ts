/** RSS: new consultations (announced or opened) and outcomes (feedback reports), newest first. */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { feedItems, rssDescription, rssTitle } from '../lib/opendata/feed.ts';
import { siteBaseUrl } from '../lib/opendata/urls.ts';
import { contentFile } from '../lib/routes.ts';
import { listedCatalogue, organisationName, ownOrganisationId, settings, today } from '../site/data.ts';
import { fileHistory } from '../site/history.ts';

const FEED_LENGTH = 100;

export const GET: APIRoute = async (context) => {
  const siteBase = siteBaseUrl(context.site!, import.meta.env.BASE_URL);
  const { site, organisation } = settings().site;
  const items = feedItems(await listedCatalogue(), {
    siteBase,
    today,
    organisationName: organisationName(),
    ownOrganisation: ownOrganisationId(),
    firstPublished: (slug) => fileHistory(contentFile('consultations', slug))?.firstPublished,
  });
  return rss({
    title: rssTitle(`${site.title}: new consultations and outcomes`),
    description: rssDescription(
      `Consultations and engagement by ${organisation.name}: new activities as they are announced and open, and what happened as a result.`,
    ),
    site: siteBase.href,
    customData: `<language>${site.language.toLowerCase()}</language>`,
    // Readers fetch the feed again and again: the newest entries only (the whole archive is 12 MB at 10,000).
    items: items.slice(0, FEED_LENGTH).map((item) => ({
      title: rssTitle(item.title),
      link: item.link,
      pubDate: new Date(`${item.date}T00:00:00Z`),
      description: rssDescription(item.description),
      categories: item.categories,
    })),
    stylesheet: false,
    trailingSlash: true,
  }).then((response) => {
    response.headers.set('Content-Type', 'application/rss+xml; charset=utf-8');
    return response;
  });
};
