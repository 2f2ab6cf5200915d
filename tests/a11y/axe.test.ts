/**
 * axe-core in Chromium on every page template, at desktop width and at 320 CSS px (400% zoom):
 * WCAG 2.0, 2.1 and 2.2 level A and AA rules and axe's best practices, zero violations allowed.
 */
import { AxeBuilder } from '@axe-core/playwright';
import type { Result } from 'axe-core';
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { AXE_TAGS, useSite, WIDTHS } from './harness.ts';
import { sitePages } from './site-pages.ts';

const site = useSite();

/** One line per failing node: rule, impact, page, selector and what axe says is wrong. */
const describeViolation = (path: string, width: string) => (violation: Result) =>
  violation.nodes.map(
    (node) =>
      `${violation.id} (${violation.impact ?? 'no impact'}) on ${path} at ${width}: ${violation.help}\n` +
      `    node: ${node.target.join(' ')}\n    ${node.failureSummary?.replace(/\n/g, '\n    ') ?? ''}`,
  );

describe.each(WIDTHS)('axe at $name', ({ name: width, viewport }) => {
  let context: BrowserContext;
  beforeAll(async () => {
    context = await site.browser.newContext({ viewport });
  });
  afterAll(async () => {
    await context?.close();
  });

  // Pages are independent and the time goes in the browser, so they run a few at a time.
  it.concurrent.for(sitePages())('$name ($path) has no accessibility violations', async (sitePage, { expect }) => {
    const page = await context.newPage();
    try {
      const response = await page.goto(site.url(sitePage.path));
      expect(response?.status(), `${sitePage.path} was served`).toBe(sitePage.status ?? 200);
      await sitePage.ready?.(page);
      const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
      expect(results.violations.flatMap(describeViolation(sitePage.path, width))).toEqual([]);
      // axe only checks ids that ARIA points at (4.1.1 is obsolete in WCAG 2.2); labels, fragment links and
      // the skip link resolve ids too, and pick the wrong element when one repeats.
      const duplicateIds = await page.evaluate(() => {
        const ids = [...document.querySelectorAll('[id]')].map((element) => element.id);
        return [...new Set(ids.filter((id, index) => ids.indexOf(id) !== index))];
      });
      expect(duplicateIds, `ids used more than once on ${sitePage.path}`).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
