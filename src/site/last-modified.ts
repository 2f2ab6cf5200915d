/**
 * Each content page's last-updated day, as its page history shows it, for the sitemap's `<lastmod>`
 * (astro.config.mjs). Pages render in the same process as the sitemap integration, but from another copy
 * of the modules, so the days are handed over on globalThis under a registered symbol: no second git read.
 */
import type { IsoDate } from '../lib/dates/calendar-date.ts';

const KEY = Symbol.for('consultation-hub:last-modified');

function days(): Map<string, IsoDate> {
  const shared = globalThis as typeof globalThis & { [KEY]?: Map<string, IsoDate> };
  return (shared[KEY] ??= new Map());
}

/** Called as a page renders: `url` is the page's own address (Astro.url). */
export function recordLastModified(url: URL | string, day: IsoDate): void {
  days().set(new URL(url).pathname, day);
}

/** The last-updated day of the page at this address, if it recorded one. */
export function lastModified(url: URL | string): IsoDate | undefined {
  return days().get(new URL(url).pathname);
}
