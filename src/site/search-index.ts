/**
 * The Astro integration that writes the search bundles once the pages are built, so `astro build`
 * alone leaves a complete site: nothing is deployed with a missing or stale index.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { indexPages } from '../lib/search/index-pages.ts';

export function searchIndex(): AstroIntegration {
  return {
    name: 'consultation-hub:search-index',
    hooks: {
      'astro:build:done': async ({ dir, pages, logger }) => {
        const started = performance.now();
        const siteDir = fileURLToPath(dir);
        // `pages` lists the built pages as `consultations/x/` (directory format: an index.html each);
        // the few written as files, such as 404.html, are never indexed.
        const files = pages.map(({ pathname }) => path.join(pathname, 'index.html')).filter((file) => existsSync(path.join(siteDir, file)));
        const bundles = await indexPages(siteDir, files);
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        logger.info(`Indexed ${bundles.map(({ pages: count, folder }) => `${count} pages into ${folder}`).join(' and ')} in ${seconds} s`);
      },
    },
  };
}
