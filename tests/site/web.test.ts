/**
 * What the rest of the web reads from the built sample site: robots.txt and the sitemap with each content
 * page's last-updated day, canonical links, Open Graph and Twitter card previews, the favicon, and phone
 * numbers a phone can call.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { readRepositoryHistory } from '../../src/lib/history/history.ts';
import { readBuilt, ROOT, SITE_DIR } from '../../support/paths.ts';

const SITE = 'https://haveyoursay.harrowdale.example/';
const page = (route: string) => readBuilt(path.join(route, route.endsWith('.html') ? '' : 'index.html'));
/** The content of `<meta property|name="key">` in a page's head. */
const meta = (html: string, key: string) =>
  new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)"`).exec(html)?.[1];

describe('robots.txt and the sitemap', () => {
  it('robots.txt keeps crawlers out of the CMS and names the sitemap by its absolute address', () => {
    expect(readBuilt('robots.txt')).toBe(`User-agent: *\nDisallow: /admin/\n\nSitemap: ${SITE}sitemap-index.xml\n`);
  });

  it('gives each content page the day it was last updated, from the git history', () => {
    const index = new XMLParser().parse(readBuilt('sitemap-index.xml')).sitemapindex.sitemap;
    const file = String(([] as { loc: string }[]).concat(index)[0]!.loc).replace(SITE, '');
    const urls: { loc: string; lastmod?: string }[] = new XMLParser().parse(readBuilt(file)).urlset.url;
    const lastmod = new Map(urls.map((url) => [url.loc, url.lastmod]));
    const history = readRepositoryHistory(ROOT);
    let checked = 0;
    for (const item of history.files.values()) {
      if (item.deleted) continue;
      const loc = `${SITE}${item.collection}/${item.slug}/`;
      if (!lastmod.has(loc)) continue;
      expect(lastmod.get(loc)?.slice(0, 10), loc).toBe(item.lastUpdated);
      checked++;
    }
    expect(checked).toBeGreaterThan(20);
    // Lists and other pages have no single file to date.
    expect(lastmod.get(`${SITE}consultations/`)).toBeUndefined();
  });
});

describe('the head of every page', () => {
  it('gives a consultation its canonical address and a preview from its title and summary', () => {
    const html = page('consultations/library-opening-hours');
    const url = `${SITE}consultations/library-opening-hours/`;
    expect(html).toContain(`<link rel="canonical" href="${url}">`);
    const description = meta(html, 'description');
    expect(description).toMatch(/^We propose new opening hours at six libraries/);
    expect({
      type: meta(html, 'og:type'),
      title: meta(html, 'og:title'),
      description: meta(html, 'og:description'),
      url: meta(html, 'og:url'),
      siteName: meta(html, 'og:site_name'),
      card: meta(html, 'twitter:card'),
      cardTitle: meta(html, 'twitter:title'),
      cardDescription: meta(html, 'twitter:description'),
    }).toEqual({
      type: 'article',
      title: 'Changes to library opening hours in Kelbrook and Northfold',
      description,
      url,
      siteName: 'Have your say in Harrowdale',
      card: 'summary',
      cardTitle: 'Changes to library opening hours in Kelbrook and Northfold',
      cardDescription: description,
    });
  });

  it('links the favicon from every page, and a missing page has no canonical address', () => {
    expect(existsSync(path.join(SITE_DIR, 'favicon.svg'))).toBe(true);
    expect(readFileSync(path.join(SITE_DIR, 'favicon.svg'), 'utf8')).toMatch(
      /^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/,
    );
    for (const route of [
      '',
      'consultations',
      'consultations/area/kelbrook',
      'feedback/climate-action-plan',
      '404.html',
    ]) {
      expect(page(route), route).toContain('<link rel="icon" type="image/svg+xml" href="/favicon.svg">');
    }
    expect(page('')).toContain(`<link rel="canonical" href="${SITE}">`);
    expect(meta(page(''), 'og:type')).toBe('website');
    expect(page('404.html')).not.toContain('rel="canonical"');
  });

  it('links a finder page of an area or topic to its feed and calendar', () => {
    const html = page('consultations/area/kelbrook');
    expect(html).toContain(
      '<link rel="alternate" type="application/rss+xml" title="Have your say in Harrowdale: Kelbrook" href="/feeds/area/kelbrook.xml">',
    );
    expect(html).toContain('<link rel="alternate" type="text/calendar"');
    expect(html).toContain('href="/feeds/area/kelbrook.ics"');
    expect(page('consultations/topic/libraries')).toContain('href="/feeds/topic/libraries.xml"');
    // A status with an area links the area's feeds: "open in Kelbrook" is followed by following Kelbrook.
    expect(page('consultations/status/open/area/kelbrook')).toContain('href="/feeds/area/kelbrook.xml"');
    expect(page('consultations/status/open')).not.toContain('href="/feeds/');
  });
});

describe('phone numbers', () => {
  it('are tap-to-call links: ways to respond, contact details and the site contact', () => {
    const html = page('consultations/library-opening-hours');
    expect(html).toContain('Phone: <a href="tel:01632960512">01632 960 512</a>');
    expect(html.match(/href="tel:01632960512"/g)?.length).toBeGreaterThanOrEqual(3);
    expect(page('accessibility')).toContain('<a href="tel:01632960400">01632 960 400</a>');
  });
});
