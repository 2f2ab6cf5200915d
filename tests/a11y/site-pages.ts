/**
 * Which pages of the built sample site stand for each template. Consultations are picked by their
 * derived status at the test build's TODAY, and optional sections (report/, data/, pagination) are
 * found by what the build actually produced, so the list follows the content and the templates.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
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

export function sitePages(): SitePage[] {
  const pages: SitePage[] = [
    { name: 'home', path: '/' },
    { name: 'finder', path: '/consultations/' },
    { name: 'finder filtered by status', path: '/consultations/status/open/' },
    { name: 'finder filtered by area, with its feeds', path: '/consultations/area/kelbrook/' },
  ];
  const paginated = ['consultations/page/2/', 'consultations/status/closed/page/2/'].find(built);
  if (paginated) pages.push({ name: 'finder, second page', path: `/${paginated}` });
  pages.push(
    ...consultationPages(),
    { name: 'feedback index', path: '/feedback/' },
    { name: 'feedback report', path: `/feedback/${slugOf('feedback')}/` },
    { name: 'forward plan', path: '/forward-plan/' },
    { name: 'strategies index', path: '/strategies/' },
    { name: 'strategy', path: `/strategies/${slugOf('strategies')}/` },
    { name: 'standards index', path: '/standards/' },
    { name: 'standard', path: `/standards/${slugOf('standards')}/` },
    { name: 'search with results', path: '/search/?q=library', ready: searchResultsRendered },
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
