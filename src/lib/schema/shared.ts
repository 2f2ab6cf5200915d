/** Building blocks shared by every content schema. */
import { z } from 'zod';
import { fromYamlDate, isIsoDate } from '../dates/calendar-date.ts';
import { text, visibleText } from './text.ts';

/**
 * A calendar date written `YYYY-MM-DD`. YAML parsers that turn dates into Date objects (Astro's
 * js-yaml) are converted back through UTC, so the date never moves a day.
 */
export const isoDate = () =>
  z.preprocess(
    (value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? fromYamlDate(value) : value),
    z
      .string({ error: 'must be a date written YYYY-MM-DD, for example 2027-01-04' })
      .refine(isIsoDate, { error: 'must be a real date written YYYY-MM-DD, for example 2027-01-04' }),
  );

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A file name without extension: lower-case letters, digits and single hyphens. */
export const slug = () =>
  z.string().regex(SLUG_PATTERN, {
    error: 'must be lower-case letters, digits and hyphens, for example "library-opening-hours"',
  });

/**
 * Web addresses. Every URL-valued field is one of two kinds, checked by one regular expression (so the
 * CMS form and the open data's JSON Schema carry the same rule): an `https://` address with a host, or a
 * path on this site starting with a single `/`. Nothing else can become a link: no `http:`,
 * `javascript:`, `data:` or `vbscript:`, no `//host` or `/\host` that leaves the site, no user name
 * before the host (`https://council.gov.uk@elsewhere.example`), no spaces, backslashes or invisible
 * characters (browsers drop a tab inside `java\tscript:`), no `..` out of a folder. Characters outside
 * printable ASCII are written percent-encoded, as a browser's address bar copies them.
 */
const URL_CHARACTER = "[A-Za-z0-9._~:/?#\\[\\]@!$&'()*+,;=%{}|^-]";
const LABEL = '[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?';
const HTTPS = `https://${LABEL}(?:\\.${LABEL})*(?::\\d{1,5})?(?:[/?#]${URL_CHARACTER}*)?`;
/** Placed after a path's first `/`: no segment of the path is `.` or `..` (also written `%2e`). */
const NO_DOT_SEGMENT = '(?!(?:[^?#]*/)?(?:\\.|%2[eE]){1,2}(?:[/?#]|$))';

export interface WebAddressOptions {
  /** Site paths must be under this folder (it starts and ends with `/`); any site path when absent. */
  sitePathsUnder?: string;
  /** Only `https://` addresses: for the settings' own addresses, which are never site paths. */
  httpsOnly?: boolean;
}

function webAddressPattern({ sitePathsUnder = '/', httpsOnly = false }: WebAddressOptions): RegExp {
  const sitePath =
    sitePathsUnder === '/'
      ? `/(?!/)${NO_DOT_SEGMENT}${URL_CHARACTER}*`
      : `${sitePathsUnder.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}${NO_DOT_SEGMENT}${URL_CHARACTER}+`;
  return new RegExp(httpsOnly ? `^${HTTPS}$` : `^(?:${HTTPS}|${sitePath})$`);
}

function allowedAddresses({ sitePathsUnder, httpsOnly }: WebAddressOptions): string {
  if (httpsOnly) return 'a web address starting https://';
  if (sitePathsUnder && sitePathsUnder !== '/')
    return `a web address starting https:// or a file on this site under ${sitePathsUnder}`;
  return 'a web address starting https:// or a path on this site starting with a single /';
}

/** Why a value is not allowed, in words; the first reason that applies. */
function webAddressReason(value: string, options: WebAddressOptions): string | undefined {
  const hidden = /[\s\p{Cc}\p{Cf}]/u.exec(value);
  if (hidden) {
    const char = hidden[0];
    const what =
      char === ' '
        ? 'a space'
        : char === '\t'
          ? 'a tab'
          : `an invisible character (U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')})`;
    return `it has ${what} ${hidden.index === 0 ? 'at the start' : 'inside it'}: a web address has none (browsers drop some, so they can hide what the address really is)`;
  }
  if (value.includes('\\'))
    return 'it has a backslash (\\): web addresses use forward slashes, and browsers read \\ as / and leave the site';
  if (/&#?[a-z0-9]+;?/i.test(value) && !/^https:\/\/|^\//.test(value))
    return 'it is written with HTML character codes (&...;): write the address itself';
  if (value.startsWith('//')) return 'an address starting // goes to another site: write it in full, starting https://';
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(value)?.[1];
  if (scheme?.toLowerCase() === 'http') return 'http:// is not secure: use the https:// address';
  if (scheme?.toLowerCase() === 'https' && scheme !== 'https') return 'write https:// in lower case';
  if (scheme?.toLowerCase() === 'mailto')
    return 'an email address goes in respond.email or contact.email, not in a link field';
  if (scheme && scheme.toLowerCase() !== 'https')
    return `a "${scheme.toLowerCase()}:" address does not open a web page and may run code`;
  if (value.startsWith('https://')) {
    const host = /^https:\/\/([^/?#]*)/.exec(value)![1]!;
    if (host.includes('@')) return 'it has a name and @ before the site, which disguises where the link goes';
    if (!host) return 'https:// must be followed by the name of a site, for example https://www.example.gov.uk/page';
  }
  const other = /[^\x21-\x7e]|["<>`]/u.exec(value);
  if (other) return `"${other[0]}" must be percent-encoded in a web address (${encodeURIComponent(other[0])})`;
  if (/^\/(?:[^?#]*\/)?(?:\.|%2e){1,2}(?:[/?#]|$)/i.test(value)) return 'it uses . or .. to step out of its folder';
  if (value === options.sitePathsUnder) return 'it names the folder: add the name of the file';
  if (options.sitePathsUnder && options.sitePathsUnder !== '/' && value.startsWith('/'))
    return `a file on this site must be under ${options.sitePathsUnder}`;
  if (options.httpsOnly && value.startsWith('/')) return 'it must be a full address, starting https://';
  if (!/^https:\/\/|^\//.test(value)) return 'it is neither an https:// address nor a path on this site';
  return undefined;
}

/**
 * A URL-valued field: an `https://` address, or a path on this site starting with a single `/`. Use it for
 * every field that becomes a link (`decision.href`, `findings.href`, `organisations[].website`, ...).
 */
export function siteOrHttpsUrl(options: WebAddressOptions = {}) {
  const allowed = allowedAddresses(options);
  return z.string().regex(webAddressPattern(options), {
    error: (issue) => {
      if (typeof issue.input !== 'string') return `must be ${allowed}`;
      const reason = webAddressReason(issue.input, options);
      return `must be ${allowed}; got "${visibleText(issue.input)}"${reason ? `: ${reason}` : ''}`;
    },
  });
}

/** An absolute `https://` address: the settings' own web addresses. */
export const httpsUrl = () => siteOrHttpsUrl({ httpsOnly: true });

export const email = () => z.email({ error: 'must be an email address such as team@example.gov.uk' });

/** A time of day on the 24-hour clock. */
export const clockTime = () =>
  z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, {
    error: 'must be a time written HH:MM on the 24-hour clock, for example 18:30',
  });

export const decision = () =>
  z
    .strictObject({
      date: isoDate().describe('The date the decision was taken.'),
      by: text()
        .min(3)
        .describe(
          'Who took the decision, for example "Cabinet" or "Cabinet Member for Highways" (the date goes in date).',
        ),
      summary: text().min(10).describe('What was decided, in one or two plain sentences.'),
      href: siteOrHttpsUrl()
        .optional()
        .describe('Link to the decision notice or minutes: an https:// address or a path on this site.'),
    })
    .describe('The decision taken after the consultation.');

export type Decision = z.output<ReturnType<typeof decision>>;
