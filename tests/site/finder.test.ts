/**
 * The finder in real Chromium on a 390 x 844 phone, with JavaScript off and on: "what is open near me" in two
 * taps, the first result above the fold, exactly the right consultations, and every count the number of results
 * its link leads to.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { byClosesAscending } from '../../src/lib/catalogue/catalogue.ts';
import { WHOLE_COUNTY } from '../../src/lib/schema/consultation.ts';
import { listedCatalogue as catalogue } from '../a11y/site-pages.ts';
import { SITE_DIR } from '../../support/paths.ts';
import { useSite } from '../support/served-site.ts';

const site = useSite();
const PHONE = { width: 390, height: 844 };
const openInKelbrook = catalogue
  .filter((item) => item.status === 'open')
  .filter((item) => item.data.areas.includes('kelbrook') || item.data.areas.includes(WHOLE_COUNTY))
  .sort(byClosesAscending);

async function phone(javaScriptEnabled: boolean): Promise<Page> {
  const context = await site.browser.newContext({ viewport: PHONE, javaScriptEnabled });
  return context.newPage();
}

/** What a resident sees of the list: titles in order, and each result's tags. */
const results = (page: Page) =>
  page.locator('main .results > li').evaluateAll((items) =>
    items.map((item) => ({
      title: item.querySelector('h2')?.textContent ?? '',
      tags: [...item.querySelectorAll('.tag')].map((tag) => tag.textContent ?? ''),
      top: item.getBoundingClientRect().top,
    })),
  );

/** The number a finder page says it lists, read from the built file: "3 results, ..." gives 3. */
function builtCount(href: string): number {
  const html = readFileSync(path.join(SITE_DIR, new URL(href, 'http://x').pathname, 'index.html'), 'utf8');
  const count = /<p role="status"[^>]*>\s*(\d+) results?/.exec(html)?.[1];
  if (count === undefined) throw new Error(`${href} says nothing about its number of results`);
  return Number(count);
}

describe.each([
  { js: 'off', javaScriptEnabled: false },
  { js: 'on', javaScriptEnabled: true },
])('the finder on a phone, JavaScript $js', ({ javaScriptEnabled }) => {
  it('reaches what is open in Kelbrook or the whole county in two taps, closing soonest first, above the fold', async () => {
    expect(openInKelbrook.length).toBeGreaterThan(1);
    expect(openInKelbrook.some((item) => item.data.areas.includes(WHOLE_COUNTY))).toBe(true);
    const page = await phone(javaScriptEnabled);
    await page.goto(site.url('/consultations/'));
    const open = catalogue.filter((item) => item.status === 'open').length;
    await page.getByRole('link', { name: `Open (${open})`, exact: true }).click();
    await page.waitForURL(/\/consultations\/status\/open\/$/);
    await page.getByRole('link', { name: `Kelbrook (${openInKelbrook.length})`, exact: true }).click();
    await page.waitForURL(/\/consultations\/status\/open\/area\/kelbrook\/$/);

    expect(await page.locator('h1').textContent()).toBe('Open consultations: Kelbrook');
    expect(await page.locator('main [role="status"]').textContent()).toMatch(
      new RegExp(`^${openInKelbrook.length} results\\. Closing soonest first\\.$`),
    );
    expect(await page.locator('.filters > summary').textContent()).toBe('Filters (2 applied)');
    const shown = await results(page);
    expect(shown.map((result) => result.title)).toEqual(openInKelbrook.map((item) => item.data.title));
    expect(shown[0]!.top, 'the first result starts above the fold').toBeLessThan(PHONE.height);
    for (const [position, item] of openInKelbrook.entries()) {
      const countywide = item.data.areas.includes(WHOLE_COUNTY);
      expect(shown[position]!.tags.includes('Whole county'), item.id).toBe(countywide);
    }
    await page.context().close();
  });

  it('reaches the same list from "Open near you" on the home page', async () => {
    const page = await phone(javaScriptEnabled);
    await page.goto(site.url('/'));
    await page
      .getByRole('navigation', { name: 'Open near you' })
      .getByRole('link', { name: `Kelbrook (${openInKelbrook.length} open)` })
      .click();
    await page.waitForURL(/\/consultations\/status\/open\/area\/kelbrook\/$/);
    expect((await results(page)).map((result) => result.title)).toEqual(openInKelbrook.map((item) => item.data.title));
    await page.context().close();
  });

  it('counts every filter link as the number of results on the page it opens', async () => {
    const page = await phone(javaScriptEnabled);
    const checked: string[] = [];
    for (const from of [
      '/consultations/',
      '/consultations/status/open/',
      '/consultations/status/open/area/kelbrook/',
    ]) {
      await page.goto(site.url(from));
      const links = await page
        .locator('.finder-quick a, .filters a')
        .evaluateAll((anchors) =>
          anchors.map((anchor) => ({ href: anchor.getAttribute('href')!, text: anchor.textContent! })),
        );
      for (const link of links) {
        const count = /\((\d+)\)$/.exec(link.text.trim())?.[1];
        if (count === undefined) continue;
        expect(builtCount(link.href), `${link.text.trim()} on ${from}`).toBe(Number(count));
        checked.push(link.href);
      }
    }
    expect(checked.length).toBeGreaterThan(30);
    // The links keep the current selection: from the open list, each area is open in that area.
    expect(checked).toContain('/consultations/status/open/area/kelbrook/');
    expect(checked).toContain('/consultations/status/forthcoming/area/kelbrook/');
    await page.context().close();
  });
});

describe('the finder filters', () => {
  it('keep the status when an area is chosen, and say what a topic would replace', async () => {
    const page = await phone(false);
    await page.goto(site.url('/consultations/status/open/area/kelbrook/'));
    await page.locator('.filters > summary').click();
    const filters = page.locator('.filters');
    expect(await filters.getByRole('link', { name: 'Remove Status: Open' }).getAttribute('href')).toBe(
      '/consultations/area/kelbrook/',
    );
    expect(await filters.getByRole('link', { name: 'Remove Area: Kelbrook' }).getAttribute('href')).toBe(
      '/consultations/status/open/',
    );
    expect(await filters.getByRole('link', { name: /^Northfold \(\d+\)$/ }).getAttribute('href')).toBe(
      '/consultations/status/open/area/northfold/',
    );
    expect(await filters.getByRole('link', { name: /^Forthcoming \(\d+\)$/ }).getAttribute('href')).toBe(
      '/consultations/status/forthcoming/area/kelbrook/',
    );
    await filters.locator('summary', { hasText: 'Topic' }).click();
    expect(await filters.locator('details', { hasText: 'Topic' }).locator('.hint').textContent()).toBe(
      'Choosing one replaces Area: Kelbrook.',
    );
    await page.context().close();
  });
});
