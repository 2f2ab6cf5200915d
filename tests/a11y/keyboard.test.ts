/**
 * Keyboard and no-JavaScript use: the skip link comes first and lands in main, Tab reaches every
 * link, filter and result with a visible focus, and the finder, consultation pages and search work
 * (or say what to do) with JavaScript turned off.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DESKTOP, useSite } from './harness.ts';
import { catalogue, listedCatalogue } from './site-pages.ts';

const site = useSite();

const FOCUSABLE = 'a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])';
/** The computed properties a focus style can change; the site's focus style is GOV.UK's yellow with a dark bar. */
const FOCUS_PROPERTIES = ['outline-style', 'outline-width', 'outline-color', 'box-shadow', 'background-color'] as const;

interface Stop {
  key: string;
  label: string;
  focused: Record<string, string>;
}

/** Numbers every element a keyboard user should be able to reach, so stops can be matched to them. */
async function labelFocusables(page: Page): Promise<void> {
  await page.evaluate((selector) => {
    document.querySelectorAll(selector).forEach((element, index) => element.setAttribute('data-kb', String(index)));
  }, FOCUSABLE);
}

/**
 * Presses Tab from the top of the page until focus leaves it, opening each closed disclosure on the
 * way (Enter on its summary) as a keyboard user would, and records each stop with its focused style.
 */
async function tabThrough(page: Page): Promise<Stop[]> {
  const stops: Stop[] = [];
  for (let presses = 0; presses < 1000; presses += 1) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate(
      (properties) => {
        const active = document.activeElement;
        if (!active || active === document.body) return undefined;
        const style = getComputedStyle(active);
        return {
          key: active.getAttribute('data-kb') ?? `unlabelled ${active.tagName}`,
          label: `${active.tagName.toLowerCase()} "${(active.textContent ?? '').trim().slice(0, 60)}"`,
          focused: Object.fromEntries(properties.map((property) => [property, style.getPropertyValue(property)])),
          closedSummary: active.tagName === 'SUMMARY' && !(active.parentElement as HTMLDetailsElement).open,
        };
      },
      [...FOCUS_PROPERTIES],
    );
    if (!stop || stops.some((seen) => seen.key === stop.key)) return stops;
    stops.push(stop);
    if (stop.closedSummary) await page.keyboard.press('Enter');
  }
  throw new Error('Tab never left the page');
}

/** Every labelled element that is rendered (disclosures are open by now) and not disabled. */
async function reachableByDesign(page: Page): Promise<Map<string, string>> {
  const entries = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('[data-kb]')]
      .filter((element) => element.checkVisibility({ visibilityProperty: true }) && !element.matches(':disabled'))
      .map((element) => [
        element.dataset.kb!,
        `${element.tagName.toLowerCase()} "${(element.textContent ?? '').trim().slice(0, 60)}"`,
      ]),
  );
  return new Map(entries as [string, string][]);
}

/** The same properties with nothing focused, to compare each stop's focused style against. */
async function unfocusedStyles(page: Page, keys: string[]): Promise<Record<string, Record<string, string>>> {
  return page.evaluate(
    ([wanted, properties]) => {
      (document.activeElement as HTMLElement | null)?.blur();
      return Object.fromEntries(
        wanted.map((key) => {
          const style = getComputedStyle(document.querySelector(`[data-kb="${key}"]`)!);
          return [key, Object.fromEntries(properties.map((property) => [property, style.getPropertyValue(property)]))];
        }),
      );
    },
    [keys, [...FOCUS_PROPERTIES]] as const,
  );
}

/** A transparent outline (kept for Windows high contrast mode) does not count as a visible change. */
function visibleChange(focused: Record<string, string>, unfocused: Record<string, string>): boolean {
  const outlineShows =
    focused['outline-style'] !== 'none' &&
    parseFloat(focused['outline-width']!) > 0 &&
    !/rgba\(.*, 0\)$/.test(focused['outline-color']!);
  return (
    (outlineShows &&
      (focused['outline-style'] !== unfocused['outline-style'] ||
        focused['outline-color'] !== unfocused['outline-color'])) ||
    focused['box-shadow'] !== unfocused['box-shadow'] ||
    focused['background-color'] !== unfocused['background-color']
  );
}

async function openPage(path: string, javaScriptEnabled = true): Promise<Page> {
  const context = await site.browser.newContext({ viewport: DESKTOP, javaScriptEnabled });
  const page = await context.newPage();
  await page.goto(site.url(path));
  return page;
}

describe.each(['/', '/consultations/'])('keyboard on %s', (path) => {
  it('puts the skip link first, shows it, and moves focus to main', async () => {
    const page = await openPage(path);
    await page.keyboard.press('Tab');
    const skip = page.locator(':focus');
    expect(await skip.textContent()).toBe('Skip to main content');
    const box = await skip.boundingBox();
    expect(box && box.x >= 0 && box.y >= 0 && box.width > 0, 'the focused skip link is on screen').toBe(true);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main-content');
    await page.keyboard.press('Tab');
    expect(
      await page.evaluate(() => document.activeElement?.closest('main') !== null),
      'the next Tab stays in main',
    ).toBe(true);
    await page.context().close();
  });

  it('reaches every link, filter and result by Tab, each with a visible focus', async () => {
    const page = await openPage(path);
    await labelFocusables(page);
    const stops = await tabThrough(page);
    const expected = await reachableByDesign(page);
    const reached = new Set(stops.map((stop) => stop.key));
    const missed = [...expected].filter(([key]) => !reached.has(key)).map(([, label]) => label);
    expect(missed, 'focusable elements Tab never reached').toEqual([]);
    expect(
      stops.filter((stop) => stop.key.startsWith('unlabelled')).map((stop) => stop.label),
      'stops that are not links or controls',
    ).toEqual([]);

    const resultLinks = await page.locator('main .results h2 a, main .results h3 a').count();
    expect(resultLinks).toBeGreaterThan(0);
    if (path === '/consultations/') {
      const filterLinks = await page.locator('.filters a').count();
      expect(filterLinks).toBeGreaterThan(10);
    }

    const unfocused = await unfocusedStyles(page, [...reached]);
    const invisible = stops
      .filter((stop) => !visibleChange(stop.focused, unfocused[stop.key]!))
      .map((stop) => stop.label);
    expect(invisible, 'elements whose focus changes nothing visible').toEqual([]);
    await page.context().close();
  });
});

describe('without JavaScript', () => {
  const mainText = async (path: string, javaScriptEnabled: boolean) => {
    const page = await openPage(path, javaScriptEnabled);
    const text = await page.locator('main').innerText();
    await page.context().close();
    return text;
  };

  it.each(['/consultations/', `/consultations/${catalogue.find((item) => item.status === 'open')!.id}/`])(
    '%s shows the same content as with JavaScript',
    async (path) => {
      const withoutScript = await mainText(path, false);
      expect(withoutScript.length).toBeGreaterThan(500);
      expect(withoutScript).toBe(await mainText(path, true));
    },
  );

  it('filters the finder by following filter links, including one in a closed disclosure', async () => {
    const page = await openPage('/consultations/', false);
    // The finder lists partners' open consultations too.
    const open = listedCatalogue.filter((item) => item.status === 'open');
    await page
      .locator('.finder-quick')
      .getByRole('link', { name: `Open (${open.length})` })
      .click();
    await page.waitForURL(/\/consultations\/status\/open\/$/);
    expect(await page.locator('h1').textContent()).toBe('Open consultations');
    expect(await page.locator('main .results h2').allTextContents()).toEqual(
      expect.arrayContaining(open.map((item) => item.data.title)),
    );
    expect(await page.locator('main .results > li').count()).toBe(open.length);

    const openLibraries = open.filter((item) => item.data.topics.includes('libraries'));
    await page.locator('.filters > summary', { hasText: 'Filters (1 applied)' }).click();
    await page.locator('.filters summary', { hasText: 'Topic' }).click();
    await page
      .locator('.filters')
      .getByRole('link', { name: `Libraries (${openLibraries.length})` })
      .click();
    await page.waitForURL(/\/consultations\/status\/open\/topic\/libraries\/$/);
    expect(await page.locator('main .results > li').count()).toBe(openLibraries.length);
    await page.context().close();
  });

  it('search says it needs JavaScript and links to the finder', async () => {
    const page = await openPage('/search/', false);
    const message = page.locator('noscript .inset');
    expect(await message.isVisible()).toBe(true);
    expect(await message.innerText()).toContain('Search needs JavaScript');
    expect(await page.locator('#search-form').isVisible()).toBe(false);
    await page.getByRole('link', { name: 'Browse and filter all consultations' }).click();
    await page.waitForURL(/\/consultations\/$/);
    expect(await page.locator('h1').textContent()).toBe('Consultations');
    await page.context().close();
  });
});
