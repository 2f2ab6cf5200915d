/** Pagefind search in real Chromium: a word from a known consultation is found, and filters narrow it. */
import { describe, expect, it } from 'vitest';
import { useSite } from '../support/served-site.ts';

const site = useSite();

describe('search', () => {
  it('finds a known consultation by a word in its text', async () => {
    const page = await (await site.browser.newContext()).newPage();
    await page.goto(site.url('/search/'));
    await page.getByLabel('Search for').fill('library');
    await page.getByRole('button', { name: 'Search' }).click();
    await expect.poll(() => page.locator('#search-summary').textContent()).toMatch(/\d+ results? for "library"/);
    const titles = await page.locator('#search-results h2').allTextContents();
    expect(titles).toContain('Changes to library opening hours in Kelbrook and Northfold');
    expect(page.url()).toContain('q=library');
  });

  it('applies a status filter and shows status and dates on each result', async () => {
    const page = await (await site.browser.newContext()).newPage();
    await page.goto(site.url('/search/?status=Open'));
    await expect.poll(() => page.locator('#search-summary').textContent()).toMatch(/\d+ results? for Open/);
    const metas = await page.locator('#search-results .meta').allTextContents();
    expect(metas.length).toBeGreaterThan(0);
    for (const meta of metas) expect(meta).toMatch(/Open.*\d{4} to \d+ \w+ \d{4}/);
    const titles = await page.locator('#search-results h2').allTextContents();
    expect(titles).toContain('Changes to library opening hours in Kelbrook and Northfold');
  });

  it('degrades to a message and a link to the finder without JavaScript', async () => {
    const page = await (await site.browser.newContext({ javaScriptEnabled: false })).newPage();
    await page.goto(site.url('/search/'));
    expect(await page.locator('noscript .inset').innerText()).toContain('Search needs JavaScript');
    await expect(page.locator('#search-form').isVisible()).resolves.toBe(false);
    expect(await page.locator('noscript .inset a').getAttribute('href')).toBe('/consultations/');
  });
});
