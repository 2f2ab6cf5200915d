/**
 * Which pages of the built sample site stand for each template. Consultations are picked by their
 * derived status at the test build's TODAY, and optional sections (report/, data/, pagination) are
 * found by what the build actually produced, so the list follows the content and the templates.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { partnerItems } from '../../src/lib/catalogue/partners.ts';
import { readPartnerFeeds } from '../../src/lib/content/partners.ts';
import { buildCatalogue, type CatalogueItem } from '../../src/lib/catalogue/catalogue.ts';
import { validate } from '../../src/lib/content/errors.ts';
import { readContentTree } from '../../src/lib/content/load.ts';
import { loadSettings } from '../../src/lib/content/settings.ts';
import {
  collectionSchemas,
  type CollectionName,
  type Consultation,
  type Feedback,
} from '../../src/lib/schema/index.ts';
import { WHOLE_COUNTY } from '../../src/lib/schema/consultation.ts';
import { DERIVED_STATUSES } from '../../src/lib/status.ts';
import { ROOT, TEST_TODAY } from '../../support/paths.ts';
import { SITE_DIR } from '../../support/paths.ts';

export interface SitePage {
  /** What the page stands for, as test names and failure messages show it. */
  name: string;
  /** Site path, starting and ending with a slash (or a file such as /missing-page). */
  path: string;
  /** The HTTP status the page is served with; 200 unless said. */
  status?: number;
  /** Waits until client-side content (search results) has rendered. */
  ready?: (page: Page) => Promise<void>;
}

const sources = readContentTree(ROOT);

function entries<T>(collection: CollectionName): { id: string; data: T }[] {
  return sources
    .filter((source) => source.collection === collection)
    .map((source) => {
      const result = validate(collectionSchemas[collection], source.frontmatter?.data);
      if (!result.success)
        throw new Error(`${source.file}: ${result.problems.map((problem) => problem.message).join('; ')}`);
      return { id: source.slug, data: result.data as T };
    });
}

export const catalogue: CatalogueItem[] = buildCatalogue(
  entries<Consultation>('consultations'),
  entries<Feedback>('feedback'),
  loadSettings(ROOT).process,
  TEST_TODAY,
);

/** What the finder, search and feeds list: the catalogue and the partners' synced consultations (content/partners/). */
export const listedCatalogue: CatalogueItem[] = [
  ...catalogue,
  ...partnerItems(
    readPartnerFeeds(ROOT, loadSettings(ROOT).site).entries,
    loadSettings(ROOT).site,
    loadSettings(ROOT).process,
    TEST_TODAY,
  ),
];

const built = (sitePath: string) => existsSync(path.join(SITE_DIR, sitePath));
const yearFolder = (sitePath: string) =>
  readdirSync(path.join(SITE_DIR, sitePath), { withFileTypes: true }).find(
    (entry) => entry.isDirectory() && /^\d{4}/.test(entry.name),
  )?.name;
const slugOf = (collection: CollectionName) => {
  const slug = sources.find((source) => source.collection === collection)?.slug;
  if (!slug) throw new Error(`The sample content has no ${collection}`);
  return slug;
};

/**
 * One consultation per derived status, plus a closed one whose feedback report is overdue (its own banner).
 * None is delayed on the test day (that is a check error): tests/site/opening-delayed.test.ts runs axe on
 * that page in the build as on the opening day.
 */
function consultationPages(): SitePage[] {
  const pages: SitePage[] = [];
  for (const status of DERIVED_STATUSES.filter((candidate) => candidate !== 'delayed')) {
    const item = catalogue.find((candidate) => candidate.status === status && !candidate.feedbackOverdue);
    if (!item) throw new Error(`The sample content has no ${status} consultation at ${TEST_TODAY}`);
    pages.push({ name: `consultation (${status})`, path: `/consultations/${item.id}/` });
  }
  const overdue = catalogue.find((candidate) => candidate.feedbackOverdue);
  if (overdue) pages.push({ name: 'consultation (closed, feedback overdue)', path: `/consultations/${overdue.id}/` });
  const notice = catalogue.find((candidate) => candidate.data.activity === 'information');
  if (notice) pages.push({ name: `information notice (${notice.status})`, path: `/consultations/${notice.id}/` });
  return pages;
}

const searchResultsRendered = async (page: Page) => {
  await page.locator('#search-results li').first().waitFor({ state: 'visible' });
};
/** Opens every disclosure, so the filters inside them are checked too. */
const disclosuresOpened = async (page: Page) => {
  await page
    .locator('details')
    .evaluateAll((details) => details.forEach((element) => element.setAttribute('open', '')));
};
const searchWithFiltersOpen = async (page: Page) => {
  await searchResultsRendered(page);
  await disclosuresOpened(page);
  await page.locator('[data-search-count]').first().filter({ hasText: /\d/ }).waitFor();
};

/**
 * The finder's combined pages: a status with an area (with whole-county consultations in it), a status with a
 * topic, one area, and a list kept while empty, each with its filters open too.
 */
function finderPages(): SitePage[] {
  const open = catalogue.filter((item) => item.status === 'open');
  const area = open.find((item) => !item.data.areas.includes(WHOLE_COUNTY))?.data.areas[0];
  const topic = open[0]?.data.topics[0];
  const { topics } = loadSettings(ROOT).site.taxonomy;
  const emptyTopic = topics.find(
    (term) => !catalogue.some((item) => item.status === 'forthcoming' && item.data.topics.includes(term.id)),
  );
  if (!area || !topic || !emptyTopic) throw new Error('The sample content has no open consultation for one area');
  return [
    { name: 'finder, open in an area', path: `/consultations/status/open/area/${area}/` },
    {
      name: 'finder, open in an area, filters open',
      path: `/consultations/status/open/area/${area}/`,
      ready: disclosuresOpened,
    },
    { name: 'finder, open on a topic', path: `/consultations/status/open/topic/${topic}/` },
    { name: 'finder, one area, with its feeds', path: `/consultations/area/${area}/` },
    { name: 'finder, nothing coming on a topic', path: `/consultations/status/forthcoming/topic/${emptyTopic.id}/` },
  ];
}

export function sitePages(): SitePage[] {
  const pages: SitePage[] = [
    { name: 'home', path: '/' },
    { name: 'finder', path: '/consultations/' },
    { name: 'finder filtered by status', path: '/consultations/status/open/' },
    ...finderPages(),
  ];
  const paginated = ['consultations/page/2/', 'consultations/status/closed/page/2/'].find(built);
  if (paginated) pages.push({ name: 'finder, second page', path: `/${paginated}` });
  pages.push(
    ...consultationPages(),
    { name: 'feedback index', path: '/feedback/' },
    { name: 'feedback report', path: `/feedback/${slugOf('feedback')}/` },
    { name: 'forward plan', path: '/forward-plan/' },
    { name: 'consultation tracker', path: '/tracker/' },
    { name: 'decision aid', path: '/guidance/do-we-need-to-consult/' },
    { name: 'feedback report with evaluation and actions', path: '/feedback/community-safety-priorities/' },
    { name: 'consultation with its decision record', path: '/consultations/library-opening-hours/' },
    { name: 'strategies index', path: '/strategies/' },
    { name: 'strategy', path: `/strategies/${slugOf('strategies')}/` },
    { name: 'standards index', path: '/standards/' },
    { name: 'standard', path: `/standards/${slugOf('standards')}/` },
    { name: 'search with results', path: '/search/?q=library', ready: searchResultsRendered },
    {
      name: 'search with two areas, filters open',
      path: '/search/?area=Kelbrook&area=Northfold',
      ready: searchWithFiltersOpen,
    },
  );
  if (built('report/index.html')) {
    pages.push({ name: 'report index', path: '/report/' });
    const year = yearFolder('report');
    if (year) pages.push({ name: 'report year', path: `/report/${year}/` });
  }
  if (built('data/index.html')) pages.push({ name: 'open data', path: '/data/' });
  pages.push(
    { name: 'accessibility statement', path: '/accessibility/' },
    { name: 'page not found', path: '/no-such-page/', status: 404 },
  );
  return pages;
}
