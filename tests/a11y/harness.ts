/** One static server over the built sample site and one Chromium per test file, shared by its tests. */
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from '../support/browser.ts';
import { SITE_DIR } from '../support/paths.ts';
import { serveDirectory, type StaticServer } from '../support/static-server.ts';

/** The shared test build, or another build (A11Y_SITE_DIR=dist) to check without touching that one. */
export const SITE_ROOT = path.resolve(process.env.A11Y_SITE_DIR || SITE_DIR);

export const DESKTOP = { width: 1280, height: 900 };
/** 320 CSS px: a 1280 px wide window at 400% zoom (WCAG 1.4.10 Reflow). */
export const MOBILE = { width: 320, height: 640 };
export const WIDTHS = [
  { name: 'desktop', viewport: DESKTOP },
  { name: '320px', viewport: MOBILE },
];

export interface Site {
  url(path: string): string;
  browser: Browser;
}

export function useSite(): Site {
  let server: StaticServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    server = await serveDirectory(SITE_ROOT);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    url: (path) => `${server!.url}${path}`,
    get browser() {
      return browser!;
    },
  };
}
