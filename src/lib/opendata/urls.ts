/** Absolute addresses for feeds and open data, which are read away from the site and need full URLs. */
import { normaliseBase } from '../routes.ts';

/** The site's root URL including the deploy base path, always ending in `/`. */
export function siteBaseUrl(site: string | URL, basePath = '/'): URL {
  return new URL(normaliseBase(basePath), site);
}

/**
 * A site path (`consultations/x/` or `/documents/y.pdf`) made absolute; https:// addresses pass through.
 * Anything else is refused, not published: programs that read the open data, feed and calendar may
 * follow any link they are given. The schema already allows nothing else; this is the second line.
 */
export function absoluteUrl(siteBase: URL, path: string): string {
  if (/^https:\/\/[^\s\p{Cc}\p{Cf}\\]+$/u.test(path)) return path;
  if (/^[a-z][a-z0-9+.-]*:|^\/\/|[\s\p{Cc}\p{Cf}\\]/iu.test(path)) {
    throw new Error(
      `refusing to publish ${JSON.stringify(path)} as a link: only https:// addresses and paths on this site are links`,
    );
  }
  return new URL(path.replace(/^\//, ''), siteBase).href;
}
