/** The built sample site as the page tests read it: a page's HTML, and its words as a reader sees them. */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import { SITE_DIR } from '../../support/paths.ts';

/** The HTML of a built route (`consultations/x`, or a file such as `feed.xml`); the test fails if it was not built. */
export function builtPage(route: string, siteDir = SITE_DIR): string {
  const file = path.join(siteDir, route, route.includes('.') ? '' : 'index.html');
  expect(existsSync(file), `${route} was built`).toBe(true);
  return readFileSync(file, 'utf8');
}

/** The words of some HTML: tags become spaces, the entities the site writes are decoded, runs of space collapse. */
export const pageText = (html: string): string =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#39;|&#x27;|&rsquo;|’/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
