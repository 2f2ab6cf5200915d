/**
 * Pagefind search in real Chromium: a word from a known consultation is found, filters narrow it, and
 * older results come from the archive's bundles in their own section, after the recent ones. And the
 * built bundles: every page with a search record is indexed, in the bundle its record names.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { isRecent } from '../../src/lib/catalogue/recent.ts';
import { catalogue, listedCatalogue } from '../a11y/site-pages.ts';
import { SITE_DIR, TEST_TODAY } from '../../support/paths.ts';
import { useSite } from '../support/served-site.ts';

const site = useSite();
const summary = '#search-summary';
const recentTitles = '[data-search-section="recent"] li h3';
const olderTitles = '[data-search-section="archive"] li h3';
const PHONE = { width: 390, height: 844 };

/** Opens a search from its address and waits until both sections have their results. */
async function searchFor(query: string, page?: Page): Promise<Page> {
  const opened = page ?? (await (await site.browser.newContext()).newPage());
  await opened.goto(site.url(`/search/?${query}`));
  await expect.poll(() => opened.locator(summary).textContent(), { timeout: 10_000 }).toMatch(/ for .+$/);
  await expect.poll(() => opened.locator(summary).textContent()).not.toMatch(/Searching/);
  return opened;
}

/** Every result's title, recent and older, pressing "Show more" until there is no more. */
async function allTitles(page: Page): Promise<string[]> {
  for (const more of await page.locator('[data-search-section] button').all()) {
    while (await more.isVisible()) {
      const before = await page.locator('[data-search-section] li').count();
      await more.click();
      await expect.poll(() => page.locator('[data-search-section] li').count()).toBeGreaterThan(before);
    }
  }
  return page.locator('[data-search-section] li h3').allTextContents();
}

/** The number beside a filter's value once the counts have come: "Kelbrook (14)" gives 14. */
async function countBeside(page: Page, filter: string, value: string): Promise<number> {
  const label = page.locator(`input[name="${filter}"][value="${value}"] + label [data-search-count]`);
  await expect.poll(() => label.textContent(), { timeout: 10_000 }).toMatch(/\d/);
  return Number(/\d+/.exec((await label.textContent())!)![0]);
}

const titlesOf = (predicate: (item: (typeof catalogue)[number]) => boolean) =>
  catalogue.filter(predicate).map((item) => item.data.title);

describe('search', () => {
  it('finds a known consultation by a word in its text', async () => {
    const page = await (await site.browser.newContext()).newPage();
    await page.goto(site.url('/search/'));
    await page.getByLabel('Search for').fill('library');
    await page.getByRole('button', { name: 'Search' }).click();
    await expect
      .poll(() => page.locator(summary).textContent(), { timeout: 10_000 })
      .toMatch(/^\d+ recent results? and no older results for "library"$/);
    expect(await page.locator(recentTitles).allTextContents()).toContain(
      'Changes to library opening hours in Kelbrook and Northfold',
    );
    expect(await page.locator('[data-search-section="archive"]').isVisible()).toBe(false);
    expect(page.url()).toContain('q=library');
  });

  it('applies a status filter and shows status and dates on each result', async () => {
    const page = await (await site.browser.newContext()).newPage();
    await page.goto(site.url('/search/?status=Open'));
    await expect
      .poll(() => page.locator(summary).textContent(), { timeout: 10_000 })
      .toMatch(/older results? for Open$/);
    const metas = await page.locator('#search-results .meta').allTextContents();
    expect(metas.length).toBeGreaterThan(0);
    for (const meta of metas) expect(meta).toMatch(/Open.*\d{4} to \d+ \w+ \d{4}/);
    expect(await page.locator(recentTitles).allTextContents()).toContain(
      'Changes to library opening hours in Kelbrook and Northfold',
    );
  });

  it('shows consultations that closed over a year ago, and their reports, under older results', async () => {
    const page = await (await site.browser.newContext()).newPage();
    const fetched: string[] = [];
    page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
    await page.goto(site.url('/search/?q=garden'));
    await expect
      .poll(() => page.locator(summary).textContent(), { timeout: 10_000 })
      .toMatch(/^No recent results and \d+ older results for "garden"$/);
    const older = await page.locator(olderTitles).allTextContents();
    expect(older).toContain('Introducing a charge for garden waste collections');
    expect(older).toContain('Introducing a charge for garden waste collections: what you said and what we did');
    expect(await page.locator('[data-search-section="recent"]').isVisible()).toBe(false);
    // The archive's bundles (older consultations, older reports) are merged into the recent bundle's
    // Pagefind: its code and WebAssembly load once.
    expect(fetched.filter((path) => path.endsWith('pagefind.js'))).toEqual(['/pagefind/pagefind.js']);
    const archiveMetadata = fetched.filter(
      (path) => path.startsWith('/pagefind-archive/') && path.endsWith('.pf_meta'),
    );
    expect(archiveMetadata.map((path) => path.split('/')[2])).toEqual(
      expect.arrayContaining(['consultations', 'feedback']),
    );
  });

  it('keeps each section to its own bundle for the next search on the same page', async () => {
    const page = await (await site.browser.newContext()).newPage();
    await page.goto(site.url('/search/?q=garden'));
    await expect
      .poll(() => page.locator(summary).textContent(), { timeout: 10_000 })
      .toMatch(/older results? for "garden"$/);
    await page.getByLabel('Search for').fill('parking');
    await page.getByRole('button', { name: 'Search' }).click();
    await expect
      .poll(() => page.locator(summary).textContent(), { timeout: 10_000 })
      .toMatch(/^\d+ recent results? and \d+ older results? for "parking"$/);
    const recent = await page.locator(recentTitles).allTextContents();
    const older = await page.locator(olderTitles).allTextContents();
    expect(older).toContain('New play equipment for three Kelbrook parks');
    expect(recent).not.toContain('New play equipment for three Kelbrook parks');
    expect(recent.filter((title) => older.includes(title))).toEqual([]);
  });

  it('keeps the words of the key facts apart in excerpts', async () => {
    const page = await (await site.browser.newContext()).newPage();
    await page.goto(site.url('/search/?q=museums'));
    await expect
      .poll(() => page.locator(summary).textContent(), { timeout: 10_000 })
      .toMatch(/older results? for "museums"$/);
    const excerpts = (await page.locator('#search-results li p:not(.meta)').allTextContents()).join(' ');
    expect(excerpts).toContain('Required by law Yes: Public Libraries and Museums Act 1964');
  });

  it('keeps the words of tables and their captions apart in excerpts', async () => {
    const page = await searchFor('q=events');
    const excerpts = (await page.locator('.results li p:not(.meta)').allTextContents()).join(' ');
    expect(excerpts).toContain('Events Event When Where Step-free access');
    expect(excerpts).not.toMatch(/EventsEvent|WhenWhere/);
  });

  it('shows the count and the first results above the fold on a phone after a search, the count focused', async () => {
    const page = await (await site.browser.newContext({ viewport: PHONE })).newPage();
    await page.goto(site.url('/search/'));
    await page.getByLabel('Search for').fill('library');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await expect
      .poll(() => page.locator(summary).textContent(), { timeout: 10_000 })
      .toMatch(/results? and .* for "library"$/);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-summary');
    expect(await page.locator(summary).getAttribute('role')).toBe('status');
    const top = (selector: string) =>
      page
        .locator(selector)
        .first()
        .evaluate((element) => element.getBoundingClientRect());
    const [count, first] = [await top(summary), await top('#search-results li')];
    expect(count.top).toBeGreaterThanOrEqual(0);
    expect(first.top, 'the first result starts above the fold').toBeLessThan(PHONE.height);
  });

  it('offers "Show more" only while there are more results', async () => {
    const few = await searchFor('audience=Young+people');
    expect(await few.locator('#search-results li').count()).toBeLessThanOrEqual(10);
    expect(await few.locator('[data-search-section="recent"] button').isVisible()).toBe(false);
    const many = await searchFor('area=Kelbrook');
    expect(await many.locator('#search-results li').count()).toBe(10);
    const more = many.locator('[data-search-section="recent"] button');
    expect(await more.isVisible()).toBe(true);
    await more.click();
    await expect.poll(() => many.locator('#search-results li').count()).toBeGreaterThan(10);
    expect(await more.isVisible()).toBe(false);
  });

  it('finds any of several values ticked in one filter, and counts each value honestly', async () => {
    const kelbrook = await allTitles(await searchFor('area=Kelbrook'));
    const northfold = await allTitles(await searchFor('area=Northfold'));
    const either = await searchFor('area=Kelbrook&area=Northfold');
    expect(await either.locator(summary).textContent()).toMatch(/ for Kelbrook or Northfold$/);
    expect(await either.locator('.search-filters > summary').textContent()).toBe('Filters (2 applied)');
    // Each value's number is what it finds alone with the other filters, not what is left once both are required.
    expect(await countBeside(either, 'area', 'Kelbrook')).toBe(kelbrook.length);
    expect(await countBeside(either, 'area', 'Northfold')).toBe(northfold.length);
    const titles = await allTitles(either);
    expect(new Set(titles)).toEqual(new Set([...kelbrook, ...northfold]));
    expect(titles.length).toBeGreaterThan(Math.max(kelbrook.length, northfold.length));
    // Consultations for the whole county are found in every area, as in the finder.
    for (const title of titlesOf((item) => item.data.areas.includes('countywide'))) expect(kelbrook).toContain(title);
  });

  it('filters by who it is for', async () => {
    const page = await searchFor('audience=Young+people');
    expect(new Set(await allTitles(page))).toEqual(
      new Set(titlesOf((item) => item.data.audiences.includes('young-people'))),
    );
  });

  it('sorts what is open closing soonest first, leaving out everything else', async () => {
    const page = await searchFor('q=consultation&sort=closing-soonest');
    // Partners' open consultations are found too.
    const open = listedCatalogue
      .filter((item) => item.status === 'open')
      .sort((a, b) => a.data.closes.localeCompare(b.data.closes));
    const titles = await allTitles(page);
    expect(titles).toEqual(open.map((item) => item.data.title).filter((title) => titles.includes(title)));
    expect(titles.length).toBeGreaterThan(1);
  });

  it("finds a partner hub's consultation, labelled with its organisation and linking to the partner's own page", async () => {
    const page = await searchFor('q=leisure');
    const result = page.locator('[data-search-section="recent"] li', {
      hasText: 'Opening hours at Northfold and Ashby leisure centres',
    });
    expect(await result.locator('h3 a').getAttribute('href')).toBe(
      'https://haveyoursay.northfold.example/consultations/leisure-centre-opening-hours/',
    );
    expect(await result.locator('.meta').textContent()).toContain('Northfold District Council');
  });

  it('filters by organisation, a joint consultation under each of its organisations', async () => {
    const page = await searchFor('organisation=Harrowdale+Fire+and+Rescue+Service');
    expect(new Set(await allTitles(page))).toEqual(
      new Set(
        titlesOf(
          (item) =>
            item.data.organisation === 'harrowdale-fire' || (item.data.partners ?? []).includes('harrowdale-fire'),
        ),
      ),
    );
  });

  it('degrades to a message and a link to the finder without JavaScript', async () => {
    const page = await (await site.browser.newContext({ javaScriptEnabled: false })).newPage();
    await page.goto(site.url('/search/'));
    expect(await page.locator('noscript .inset').innerText()).toContain('Search needs JavaScript');
    await expect(page.locator('#search-form').isVisible()).resolves.toBe(false);
    expect(await page.locator('noscript .inset a').getAttribute('href')).toBe('/consultations/');
  });
});

describe('the search bundles', () => {
  /** The bundle each built page's indexed element names, by the site's top folder (`consultations`). */
  const recordedPages = () =>
    readdirSync(SITE_DIR, { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.html'))
      .flatMap((file) => {
        const named = /\sdata-pagefind-body[\s>][^>]*data-search-bundle="(\w+)"/.exec(
          readFileSync(path.join(SITE_DIR, file), 'utf8'),
        );
        return named ? [{ kind: file.split(path.sep)[0]!, bundle: named[1]! }] : [];
      });
  const indexed = (folder: string) =>
    (
      JSON.parse(readFileSync(path.join(SITE_DIR, folder, 'pagefind-entry.json'), 'utf8')) as {
        languages: Record<string, { page_count: number }>;
      }
    ).languages['en-gb']!.page_count;

  it('hold every page with a search record, in the bundle its record names', () => {
    const pages = recordedPages();
    const count = (bundle: string, kind?: string) =>
      pages.filter((page) => page.bundle === bundle && (!kind || page.kind === kind)).length;
    expect(new Set(pages.map((page) => page.kind))).toEqual(
      new Set(['consultations', 'feedback', 'strategies', 'standards']),
    );
    // Partners' recent consultations have no page here: they are records of their own in the recent bundle.
    const partners = listedCatalogue.filter((item) => item.partnerPage !== undefined && isRecent(item, TEST_TODAY));
    expect(partners.length).toBeGreaterThan(0);
    expect(indexed('pagefind')).toBe(count('recent') + partners.length);
    expect(indexed('pagefind-archive/consultations')).toBe(count('archive', 'consultations'));
    expect(indexed('pagefind-archive/feedback')).toBe(count('archive', 'feedback'));
    expect(count('archive', 'consultations')).toBeGreaterThan(0);
    expect(count('archive')).toBe(count('archive', 'consultations') + count('archive', 'feedback'));
  });
});
