/**
 * Where everything is: the site's pages, the content files in the repository, the deploy base path and the
 * links to the hosting repository. Every part of the project builds these addresses here and nowhere else.
 *
 * Page paths are relative to the site root, without a leading slash (`consultations/x/`): the site binds them
 * to its deploy base (src/site/url.ts), and the feeds and open data make them absolute (src/lib/opendata/urls.ts).
 * src/lib cannot read Astro's import.meta.env, so the base comes in as a parameter.
 */
import type { CollectionName } from './schema/index.ts';

// Pages of the site. Their files under src/pages/ make the same addresses.

export const PAGES = {
  home: '',
  consultations: 'consultations/',
  forwardPlan: 'forward-plan/',
  tracker: 'tracker/',
  /** The decision aid: the questions of the decision record and what the answers point to. */
  decisionAid: 'guidance/do-we-need-to-consult/',
  feedback: 'feedback/',
  strategies: 'strategies/',
  standards: 'standards/',
  search: 'search/',
  report: 'report/',
  accessibility: 'accessibility/',
  openData: 'data/',
  openDataJson: 'data/consultations.json',
  openDataCsv: 'data/consultations.csv',
  openDataSchema: 'data/schema.json',
  feed: 'feed.xml',
  calendar: 'consultations.ics',
  admin: 'admin/',
  cmsConfig: 'admin/config.yml',
  /** Written by @astrojs/sitemap. */
  sitemap: 'sitemap-index.xml',
  robots: 'robots.txt',
  /** public/favicon.svg. */
  favicon: 'favicon.svg',
} as const;

export const consultationPath = (slug: string) => `${PAGES.consultations}${slug}/`;
export const feedbackPath = (slug: string) => `${PAGES.feedback}${slug}/`;
export const strategyPath = (slug: string) => `${PAGES.strategies}${slug}/`;
export const standardPath = (slug: string) => `${PAGES.standards}${slug}/`;
/** The quality report of a financial year such as "2026-27". */
export const reportPath = (financialYear: string) => `${PAGES.report}${financialYear}/`;

/** The finder's filters: each is a folder of pages, `consultations/<facet>/<value>/`, and a filter of search. */
export const FACETS = ['status', 'activity', 'organisation', 'topic', 'area', 'audience', 'year'] as const;
export type Facet = (typeof FACETS)[number];

export interface FinderFilter {
  facet: Facet;
  value: string;
}

/**
 * A page of the finder: all consultations, or those matching each filter in turn (a status first, then one more
 * filter: `consultations/status/open/area/kelbrook/`); page 2 on are `page/<n>/`. Status pages keep their own
 * `status/` folder, so a consultation whose slug is `open` can never collide with them.
 */
export function finderPath(selection: FinderFilter | readonly FinderFilter[] = [], page = 1): string {
  const filters = 'facet' in selection ? [selection] : selection;
  const list = PAGES.consultations + filters.map(({ facet, value }) => `${facet}/${value}/`).join('');
  return page > 1 ? `${list}page/${page}/` : list;
}

/** The filters one can follow: each value has an RSS feed and a calendar of its own. */
export const FEED_FACETS = ['area', 'topic'] as const satisfies readonly Facet[];
export type FeedFacet = (typeof FEED_FACETS)[number];
export type FeedFormat = 'rss' | 'calendar';

/** `feeds/area/kelbrook.xml` (RSS) or `feeds/area/kelbrook.ics` (iCalendar): what one area or topic brings. */
export function facetFeedPath(filter: { facet: FeedFacet; value: string }, format: FeedFormat): string {
  return `feeds/${filter.facet}/${filter.value}.${format === 'rss' ? 'xml' : 'ics'}`;
}

// Files in the repository, from its root, with forward slashes.

export const CONTENT_FOLDER = 'content/';
/** `content/consultations/`: a collection's folder, with the trailing slash its files' paths start with. */
export const collectionFolder = (collection: CollectionName) => `${CONTENT_FOLDER}${collection}/`;
/** `content/consultations/library-opening-hours.mdx`. */
export const contentFile = (collection: CollectionName, slug: string) => `${collectionFolder(collection)}${slug}.mdx`;

export const SETTINGS_FOLDER = `${CONTENT_FOLDER}settings/`;
export const SETTINGS_FILES = {
  site: `${SETTINGS_FOLDER}site.yaml`,
  process: `${SETTINGS_FOLDER}process.yaml`,
  governance: `${SETTINGS_FOLDER}governance.yaml`,
} as const;

/** Partner hubs' feeds as last synced (npm run partners:sync): `content/partners/<organisation id>.json`. */
export const PARTNERS_FOLDER = `${CONTENT_FOLDER}partners/`;
export const partnerFile = (organisation: string) => `${PARTNERS_FOLDER}${organisation}.json`;

/** Files the site serves as they are: `public/x` is at `/x`. */
export const PUBLIC_FOLDER = 'public/';
/** The file a site path is served from: `/documents/x.pdf` is `public/documents/x.pdf`. */
export const publicFile = (sitePath: string) => `${PUBLIC_FOLDER}${sitePath.replace(/^\//, '')}`;
/** Where a file under public/ is served: `public/documents/x.pdf` is at `/documents/x.pdf`. */
export const publicSitePath = (file: string) => `/${file.slice(PUBLIC_FOLDER.length)}`;

/** Consultation documents: files in `public/documents/`, which pages link to as `/documents/<file>`. */
export const DOCUMENTS_FOLDER = `${PUBLIC_FOLDER}documents/`;
export const DOCUMENTS_PATH = publicSitePath(DOCUMENTS_FOLDER);

/** A folder as git and Decap name it, without the trailing slash its files' paths start with. */
export const folderName = (folder: string) => folder.replace(/\/$/, '');

// The deploy base path.

/** The base path as every address is built on it: `/hub` and `/hub/` are both `/hub/`. */
export function normaliseBase(base: string): string {
  return base.endsWith('/') ? base : `${base}/`;
}

/** A page path under the base: `withBase('/hub/', 'consultations/')` is `/hub/consultations/`. */
export function withBase(base: string, path: string): string {
  return normaliseBase(base) + path.replace(/^\//, '');
}

// The hosting repository.

export interface RepositoryLinks {
  commit(sha: string): string;
  pullRequest(number: number): string;
  /** The pull requests opened from a branch, such as the CMS's `cms/consultations/<slug>`. */
  pullRequestsFrom(branch: string): string;
}

export function repositoryLinks(repository: { owner: string; name: string }): RepositoryLinks {
  const base = `https://github.com/${encodeURIComponent(repository.owner)}/${encodeURIComponent(repository.name)}`;
  return {
    commit: (sha) => `${base}/commit/${sha}`,
    pullRequest: (number) => `${base}/pull/${number}`,
    pullRequestsFrom: (branch) => `${base}/pulls?q=${encodeURIComponent(`is:pr head:${branch}`)}`,
  };
}

/** The branch Decap's editorial workflow keeps an entry's unpublished changes on. */
export const cmsBranch = (collection: CollectionName, slug: string) => `cms/${collection}/${slug}`;
