/**
 * The Astro integration that writes the search bundles once the pages are built, so `astro build`
 * alone leaves a complete site: nothing is deployed with a missing or stale index.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { indexPages } from '../lib/search/index-pages.ts';

export function searchIndex(): AstroIntegration {
  return {
    name: 'consultation-hub:search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const bundles = await indexPages(fileURLToPath(dir));
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        logger.info(`Indexed ${bundles.map(({ pages: count, folder }) => `${count} pages into ${folder}`).join(' and ')} in ${seconds} s`);
      },
    },
  };
}
