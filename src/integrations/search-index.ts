/**
 * The Astro integration that builds the search bundles inside `astro build`, so nothing is deployed
 * with a missing or stale index. It wraps Astro's prerenderer: pages of the archive's kinds render
 * first, and every rendered page goes to the SearchIndexer, which indexes each kind while the rest of
 * the site renders (lib/search/index-pages.ts). A page with a search record names the record's bundle
 * in a response header (components/search/PagefindFields.astro); a page without one is not indexed. An
 * indexed page gets a space after its block elements' end tags, so excerpts keep words apart
 * (lib/search/block-spacing.ts).
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroPrerenderer, RouteData } from 'astro';
import { normaliseBase } from '../lib/routes.ts';
import {
  ARCHIVE_PARTS,
  SEARCH_BUNDLE_FOLDERS,
  SEARCH_BUNDLE_HEADER,
  type ArchivePart,
  type SearchBundle,
} from '../lib/search/bundles.ts';
import { spaceBlockBoundaries } from '../lib/search/block-spacing.ts';
import { SearchIndexer } from '../lib/search/index-pages.ts';
import { partnerItems } from '../lib/catalogue/partners.ts';
import { facetLabeller } from '../lib/catalogue/finder.ts';
import { readPartnerFeeds } from '../lib/content/partners.ts';
import { loadSettings } from '../lib/content/settings.ts';
import { resolveToday } from '../lib/dates/calendar-date.ts';
import { organisationNamer, ownOrganisation } from '../lib/schema/partnership.ts';
import { partnerSearchRecords } from '../lib/search/record.ts';

/**
 * The recent partners' consultations (content/partners/), read as the site reads them (src/site/data.ts): they
 * have no page to render, so they reach the recent bundle as records of their own.
 */
function partnerRecords(root: string) {
  const { site, process: processSettings } = loadSettings(root);
  const today = resolveToday(process.env.TODAY);
  const items = partnerItems(readPartnerFeeds(root, site).entries, site, processSettings, today);
  return partnerSearchRecords(items, {
    today,
    label: facetLabeller(site.taxonomy, organisationNamer(site)),
    areas: site.taxonomy.areas.map((term) => term.id),
    ownOrganisation: ownOrganisation(site).id,
    language: site.site.language,
  });
}

export function searchIndex(): AstroIntegration {
  let siteDir = '';
  let base = '/';
  let indexer: SearchIndexer | undefined;
  return {
    name: 'consultation-hub:search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        siteDir = fileURLToPath(config.outDir);
        base = normaliseBase(config.base);
      },
      'astro:build:start': ({ setPrerenderer }) => {
        const pages = new SearchIndexer(siteDir);
        indexer = pages;
        pages.addCustomRecords(partnerRecords(process.cwd()));
        setPrerenderer((astro) => indexingPrerenderer(astro, pages, base));
      },
      'astro:build:done': async ({ logger }) => {
        if (!indexer) return;
        const started = performance.now();
        const bundles = await indexer.finish();
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        logger.info(
          `Indexed ${bundles.map(({ pages, folder }) => `${pages} pages into ${folder}`).join(', ')} in ${seconds} s after the last page`,
        );
      },
    },
  };
}

/** The kind of page a route renders, when older pages of that kind are indexed in an archive part. */
function archivePartOf(route: RouteData): ArchivePart | undefined {
  return ARCHIVE_PARTS.find((part) => route.route === `/${part}/[slug]`);
}

/** The bundle the page's search record put it in, from the header the page was rendered with. */
function bundleOf(response: Response): SearchBundle | undefined {
  const bundle = response.headers.get(SEARCH_BUNDLE_HEADER);
  if (bundle === null) return undefined;
  if (bundle in SEARCH_BUNDLE_FOLDERS) return bundle as SearchBundle;
  throw new Error(`${SEARCH_BUNDLE_HEADER} names no search bundle: ${bundle}`);
}

function indexingPrerenderer(astro: AstroPrerenderer, indexer: SearchIndexer, base: string): AstroPrerenderer {
  return {
    ...astro,
    name: 'consultation-hub:search-index',
    async getStaticPaths() {
      const paths = await astro.getStaticPaths();
      for (const part of ARCHIVE_PARTS)
        indexer.expectPages(part, paths.filter(({ route }) => archivePartOf(route) === part).length);
      // Archive parts first, in order (the sort is stable): each part's bundle is built while later pages render.
      const rank = ({ route }: { route: RouteData }) => {
        const part = archivePartOf(route);
        return part ? ARCHIVE_PARTS.indexOf(part) : ARCHIVE_PARTS.length;
      };
      return [...paths].sort((a, b) => rank(a) - rank(b));
    },
    async render(request, options) {
      const rendered = await astro.render(request, options);
      const response = rendered instanceof Response ? rendered : rendered.response;
      if (!response.ok || !response.headers.get('content-type')?.startsWith('text/html')) return rendered;
      const bundle = bundleOf(response);
      // An indexed page is written as Pagefind reads it, so the archive's CLI sees the same words apart.
      const html = bundle ? spaceBlockBoundaries(await response.text()) : await response.clone().text();
      indexer.add({
        sourcePath: builtPagePath(new URL(request.url).pathname, base),
        html,
        bundle,
        part: archivePartOf(options.routeData),
      });
      if (!bundle) return rendered;
      const { status, statusText, headers } = response;
      const spaced = new Response(html, { status, statusText, headers });
      return rendered instanceof Response ? spaced : { ...rendered, response: spaced };
    },
  };
}

/** The file a page is built to (`/consultations/x/` is `consultations/x/index.html`), relative to the site. */
export function builtPagePath(pathname: string, base: string): string {
  const withinSite = pathname.startsWith(base) ? pathname.slice(base.length) : pathname.replace(/^\//, '');
  if (withinSite === '' || withinSite.endsWith('/')) return `${withinSite}index.html`;
  return withinSite.endsWith('.html') ? withinSite : `${withinSite}.html`;
}
