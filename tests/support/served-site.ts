/** One static server over the built sample site and one Chromium per test file, shared by its tests. */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from '../../support/browser.ts';
import { SITE_DIR } from '../../support/paths.ts';
import { serveDirectory, type StaticServer } from '../../support/static-server.ts';

export interface Site {
  url(path: string): string;
  browser: Browser;
}

/** `dir`: another build, e.g. the one as on the opening day of an unready consultation. */
export function useSite(dir = SITE_DIR): Site {
  let server: StaticServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    server = await serveDirectory(dir);
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
