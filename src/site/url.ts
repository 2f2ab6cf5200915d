/**
 * Every link a page prints goes through here: site paths get the deploy base path (GitHub Pages serves
 * under /<repo>/), and nothing but https://, mailto:, tel:, the site's own http:// address and paths on
 * this site becomes a link. The schema already refuses anything else in content; this is the second
 * line, so a file that never passed the check still publishes no `javascript:` or `data:` link.
 */
import { consultationPath, feedbackPath, normaliseBase, withBase } from '../lib/routes.ts';

const base = normaliseBase(import.meta.env.BASE_URL);
const siteOrigin = import.meta.env.SITE ? new URL(import.meta.env.SITE).origin : undefined;

export interface LinkSite {
  /** The deploy base path, ending in `/`. */
  base: string;
  /** The site's own origin (`http://localhost:4321` in development): the only one an http:// link may go to. */
  origin?: string;
}

/** Characters a browser drops or reads as `/` inside an address, so `java\tscript:` and `/\host` cannot slip through. */
const HIDDEN_OR_BACKSLASH = /[\s\p{Cc}\p{Cf}\\]/u;

/** What `url` may link to on a site, or undefined when it must not become a link at all. */
export function linkTarget(url: string, site: LinkSite): string | undefined {
  if (HIDDEN_OR_BACKSLASH.test(url)) return undefined;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1]?.toLowerCase();
  if (scheme === undefined) return url.startsWith('//') ? undefined : withBase(site.base, url);
  if (scheme === 'mailto' || scheme === 'tel') return url;
  if (scheme !== 'https' && scheme !== 'http') return undefined;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (!parsed.hostname || parsed.username || parsed.password) return undefined;
  if (scheme === 'http' && parsed.origin !== site.origin) return undefined;
  return url;
}

/** A link from content (a document, a decision notice, a survey): undefined when it must not be linked. */
export function safeHref(url: string): string | undefined {
  return linkTarget(url, { base, origin: siteOrigin });
}

/** `href(PAGES.consultations)` -> `/consultations/` or `/my-repo/consultations/`. For the site's own links (src/lib/routes.ts). */
export function href(path: string): string {
  const target = safeHref(path);
  if (target === undefined)
    throw new Error(
      `refusing to link to ${JSON.stringify(path)}: only https://, mailto:, tel: and paths on this site are links`,
    );
  return target;
}

/**
 * A tap-to-call link for a phone number as written, through safeHref: "01632 960 400" is `tel:01632960400`,
 * "+44 (0)1632 960 400" is `tel:+441632960400` (the "(0)" is only dialled from inside the country).
 */
export const telHref = (phone: string) => safeHref(`tel:${phone.replace(/\(0\)/g, '').replace(/[^\d+]/g, '')}`);

export const consultationHref = (slug: string) => href(consultationPath(slug));

/** A listed consultation's page: here, or (for a partner's) on the partner's own site, through safeHref. */
export const listedItemHref = (item: { id: string; partnerPage?: string }) =>
  item.partnerPage === undefined ? consultationHref(item.id) : safeHref(item.partnerPage);
export const feedbackHref = (slug: string) => href(feedbackPath(slug));
