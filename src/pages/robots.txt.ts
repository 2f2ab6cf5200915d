/** robots.txt: everything may be crawled but the CMS, and the sitemap is named by its absolute address (with the base path). */
import type { APIRoute } from 'astro';
import { siteBaseUrl, absoluteUrl } from '../lib/opendata/urls.ts';
import { PAGES } from '../lib/routes.ts';
import { href } from '../site/url.ts';

export const GET: APIRoute = (context) => {
  const siteBase = siteBaseUrl(context.site!, import.meta.env.BASE_URL);
  const body = [
    'User-agent: *',
    `Disallow: ${href(PAGES.admin)}`,
    '',
    `Sitemap: ${absoluteUrl(siteBase, PAGES.sitemap)}`,
    '',
  ];
  return new Response(body.join('\n'), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
