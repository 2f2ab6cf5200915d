/** Absolute addresses for feeds and open data, which are read away from the site and need full URLs. */

/** The site's root URL including the deploy base path, always ending in `/`. */
export function siteBaseUrl(site: string | URL, basePath = '/'): URL {
  const base = basePath.endsWith('/') ? basePath : `${basePath}/`;
  return new URL(base, site);
}

/** A site path (`consultations/x/` or `/documents/y.pdf`) made absolute; https:// links pass through. */
export function absoluteUrl(siteBase: URL, path: string): string {
  if (/^[a-z]+:/i.test(path)) return path;
  return new URL(path.replace(/^\//, ''), siteBase).href;
}
