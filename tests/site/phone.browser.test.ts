/**
 * The built sample site in Chromium on a 390 x 844 phone: a table wider than the screen shows that it
 * scrolls, chart text is at least 14 px as rendered, and no page asks for a file that is not there
 * (the favicon included).
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useSite } from '../support/served-site.ts';

const PHONE = { width: 390, height: 844 };
const site = useSite();

/** Mean brightness (0 black to 255 white) of a strip of the page, from a screenshot decoded in the browser. */
async function brightness(page: Page, clip: { x: number; y: number; width: number; height: number }): Promise<number> {
  const png = (await page.screenshot({ clip })).toString('base64');
  return page.evaluate(async (data) => {
    const image = new Image();
    image.src = `data:image/png;base64,${data}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.width;
    canvas.height = image.height;
    const context = canvas.getContext('2d')!;
    context.drawImage(image, 0, 0);
    const { data: pixels } = context.getImageData(0, 0, image.width, image.height);
    let sum = 0;
    for (let index = 0; index < pixels.length; index += 4)
      sum += (pixels[index]! + pixels[index + 1]! + pixels[index + 2]!) / 3;
    return sum / (pixels.length / 4);
  }, png);
}

describe('on a phone', () => {
  let context: BrowserContext;
  beforeAll(async () => {
    // The test's own style (hiding the table's text, so only the cue is left to see) is not the site's: bypass its policy.
    context = await site.browser.newContext({ viewport: PHONE, bypassCSP: true });
  });
  afterAll(async () => {
    await context?.close();
  });

  it('a table wider than the screen shows a shadow on the side there is more of it, and none when it fits', async () => {
    const page = await context.newPage();
    try {
      await page.goto(site.url('/feedback/climate-action-plan/'));
      await page.addStyleTag({
        content: '.table-wrap * { color: transparent !important; border-color: transparent !important; }',
      });
      const wraps = await page.locator('.table-wrap').all();
      const fits: typeof wraps = [];
      let wide: (typeof wraps)[number] | undefined;
      for (const wrap of wraps) {
        const scrolls = await wrap.evaluate((element) => element.scrollWidth > element.clientWidth + 1);
        if (scrolls) wide ??= wrap;
        else fits.push(wrap);
      }
      expect(wide, 'the themes table is wider than a phone').toBeDefined();
      expect(fits.length, 'a table that fits').toBeGreaterThan(0);

      const edges = async (wrap: NonNullable<typeof wide>) => {
        await wrap.scrollIntoViewIfNeeded();
        const box = (await wrap.boundingBox())!;
        const strip = { y: box.y + 4, width: 4, height: Math.min(box.height, 600) - 8 };
        return {
          left: await brightness(page, { ...strip, x: box.x + 1 }),
          right: await brightness(page, { ...strip, x: box.x + box.width - 5 }),
        };
      };
      const atStart = await edges(wide!);
      expect(atStart.left).toBeGreaterThan(254);
      expect(atStart.right, 'a shadow at the right edge: more table to the right').toBeLessThan(245);
      await wide!.evaluate((element) => element.scrollTo({ left: element.scrollWidth }));
      const atEnd = await edges(wide!);
      expect(atEnd.left, 'a shadow at the left edge once scrolled').toBeLessThan(245);
      expect(atEnd.right).toBeGreaterThan(254);

      const fitting = await edges(fits[0]!);
      expect(fitting.left).toBeGreaterThan(254);
      expect(fitting.right).toBeGreaterThan(254);
      // It can be scrolled from the keyboard: it takes focus.
      expect(await wide!.getAttribute('tabindex')).toBe('0');
    } finally {
      await page.close();
    }
  });

  it('chart labels and values are at least 14 px as rendered', async () => {
    const page = await context.newPage();
    try {
      await page.goto(site.url('/report/2026-27/'));
      const sizes = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement | SVGElement>('.chart__label, .chart__value, .chart text')].map(
          (element) => {
            // Text inside a scaled SVG is drawn at its font size times the SVG's scale.
            const svg = element.closest('svg');
            const scale = svg?.viewBox.baseVal?.width
              ? svg.getBoundingClientRect().width / svg.viewBox.baseVal.width
              : 1;
            return { text: element.textContent, px: parseFloat(getComputedStyle(element).fontSize) * scale };
          },
        ),
      );
      expect(sizes.length).toBeGreaterThan(6);
      for (const size of sizes) expect(size.px, size.text ?? '').toBeGreaterThanOrEqual(14);
    } finally {
      await page.close();
    }
  });

  it.for(['/', '/consultations/library-opening-hours/', '/feedback/climate-action-plan/', '/report/2026-27/'])(
    '%s asks for nothing that is not there, and shows its favicon',
    async (path, { expect }) => {
      const page = await context.newPage();
      const missing: string[] = [];
      page.on('response', (response) => {
        if (response.status() >= 400) missing.push(`${response.status()} ${response.url()}`);
      });
      try {
        await page.goto(site.url(path));
        await page.waitForLoadState('networkidle');
        expect(missing).toEqual([]);
        const icon = await page.evaluate(async () => {
          const link = document.querySelector<HTMLLinkElement>('link[rel="icon"]');
          return link ? (await fetch(link.href)).status : undefined;
        });
        expect(icon).toBe(200);
      } finally {
        await page.close();
      }
    },
  );
});
