/**
 * Zoom, motion and print: every page reflows at 320 CSS px (400% zoom) with no sideways scrolling of
 * the page (a table may scroll inside its own box, as WCAG 1.4.10 allows), reduced motion stops any
 * transition or animation, and consultation pages print their content without the site furniture.
 */
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP, MOBILE, useSite } from './harness.ts';
import { catalogue, sitePages } from './site-pages.ts';

const site = useSite();

describe('reflow at 320 CSS px', () => {
  let context: BrowserContext;
  beforeAll(async () => {
    context = await site.browser.newContext({ viewport: MOBILE });
  });
  afterAll(async () => {
    await context?.close();
  });

  it.concurrent.for(sitePages())('$name ($path) does not scroll sideways', async (sitePage, { expect }) => {
    const page = await context.newPage();
    try {
      await page.goto(site.url(sitePage.path));
      await sitePage.ready?.(page);
      const overflow = await page.evaluate(() => {
        const { scrollWidth, clientWidth } = document.documentElement;
        // Name the culprits: elements reaching past the right edge that are not inside a table's scrolling box.
        const culprits = [...document.body.querySelectorAll<HTMLElement>('*')]
          .filter(
            (element) => element.getBoundingClientRect().right > clientWidth + 1 && !element.closest('.table-wrap'),
          )
          .filter(
            (element) => ![...element.children].some((child) => child.getBoundingClientRect().right > clientWidth + 1),
          )
          .map(
            (element) =>
              `${element.tagName.toLowerCase()}${element.className ? `.${element.className}` : ''} "${(element.textContent ?? '').trim().slice(0, 40)}"`,
          );
        return { scrollWidth, clientWidth, culprits };
      });
      expect(
        overflow.culprits,
        `${sitePage.path}: page ${overflow.scrollWidth} px wide in a ${overflow.clientWidth} px window`,
      ).toEqual([]);
      expect(overflow.scrollWidth).toBeLessThanOrEqual(overflow.clientWidth);
    } finally {
      await page.close();
    }
  });
});

describe('reduced motion', () => {
  // The site has little motion of its own, so a probe transition and animation show whether the
  // stylesheet's prefers-reduced-motion rule would stop motion that templates add later.
  const PROBE =
    '@keyframes probe { to { opacity: 0.5; } } a, .tag { transition: color 2s; animation: probe 2s infinite; }';

  const motionOn = async (reducedMotion: 'reduce' | 'no-preference') => {
    // The probe is an inline style, which the page's policy rightly refuses: this test is about the stylesheet.
    const context = await site.browser.newContext({ viewport: DESKTOP, reducedMotion, bypassCSP: true });
    const page = await context.newPage();
    await page.goto(site.url('/'));
    await page.addStyleTag({ content: PROBE });
    const motion = await page.evaluate(() => ({
      running: document.getAnimations().length,
      transitions: [...document.querySelectorAll('*')].filter((element) =>
        getComputedStyle(element)
          .transitionDuration.split(', ')
          .some((duration) => parseFloat(duration) > 0),
      ).length,
      smoothScroll: getComputedStyle(document.documentElement).scrollBehavior === 'smooth',
    }));
    await context.close();
    return motion;
  };

  it('stops every animation and transition when the user asks for less motion', async () => {
    expect(await motionOn('reduce')).toEqual({ running: 0, transitions: 0, smoothScroll: false });
  });

  it('would otherwise animate (the probe works)', async () => {
    const motion = await motionOn('no-preference');
    expect(motion.running).toBeGreaterThan(0);
    expect(motion.transitions).toBeGreaterThan(0);
  });
});

describe('print', () => {
  const open = catalogue.find((item) => item.status === 'open')!;

  it('prints a consultation page without header, navigation, breadcrumbs or footer', async () => {
    const context = await site.browser.newContext({ viewport: DESKTOP });
    const page = await context.newPage();
    await page.goto(site.url(`/consultations/${open.id}/`));
    const screenText = await page.locator('main').innerText();
    await page.emulateMedia({ media: 'print' });
    for (const furniture of [
      '.skip-link',
      'header.header',
      'nav[aria-label="Main"]',
      'nav[aria-label="Breadcrumb"]',
      'footer.footer',
    ]) {
      expect(await page.locator(furniture).isVisible(), `${furniture} is hidden in print`).toBe(false);
    }
    expect(await page.locator('main h1').innerText()).toBe(open.data.title);
    expect(await page.locator('main .banner').isVisible()).toBe(true);
    const printText = await page.locator('main').innerText();
    for (const heading of await page.locator('main h2').allInnerTexts()) expect(printText).toContain(heading);
    expect(printText).toBe(screenText);
    // Links to other sites print their address, so the paper still says where to respond.
    const online = open.data.respond.online;
    if (online) {
      const printed = await page
        .locator(`main a[href="${online}"]`)
        .first()
        .evaluate((link) => getComputedStyle(link, '::after').content);
      expect(printed).toContain(online);
    }
    await context.close();
  });
});
