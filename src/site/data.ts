/**
 * The site's one way into content: Astro collections, settings and the catalogue for the build's
 * `today`. Memoised so thousands of pages share one load, one index and one set of filter counts.
 */
import { getCollection } from 'astro:content';
import { buildCatalogue, type CatalogueItem } from '../lib/catalogue/catalogue.ts';
import { facetCounts, facetLabeller, type FacetValue } from '../lib/catalogue/finder.ts';
import { loadSettings, type Settings } from '../lib/content/settings.ts';
import { resolveToday } from '../lib/dates/calendar-date.ts';
import { FACETS, type Facet } from '../lib/routes.ts';
import { searchRecord, type SearchablePage, type SearchRecord } from '../lib/search/record.ts';

/** The build date in London, or TODAY=YYYY-MM-DD for reproducible builds and tests. */
export const today = resolveToday(process.env.TODAY);

const once = <T>(load: () => T): (() => T) => {
  let value: { current: T } | undefined;
  return () => (value ??= { current: load() }).current;
};

export const settings = once((): Settings => loadSettings(process.cwd()));

/** Labels for filter values (statuses, activities and the taxonomy in site.yaml). */
export const label = once(() => facetLabeller(settings().site.taxonomy));

export const catalogue = once(async (): Promise<CatalogueItem[]> => {
  const consultations = await getCollection('consultations');
  const feedback = await getCollection('feedback');
  return buildCatalogue(consultations, feedback, settings().process, today);
});

const catalogueIndex = once(async () => new Map((await catalogue()).map((item) => [item.id, item])));

export async function catalogueItem(id: string): Promise<CatalogueItem | undefined> {
  return (await catalogueIndex()).get(id);
}

/** Every filter with its values and counts over the whole catalogue: the same on every finder page. */
export const finderFacets = once(async (): Promise<{ facet: Facet; values: FacetValue[] }[]> => {
  const items = await catalogue();
  return FACETS.map((facet) => ({ facet, values: facetCounts(items, facet, label()) }));
});

/** A page's search record for the build's `today`, with the finder's labels (components/search/PagefindFields.astro). */
export function searchRecordOf(page: SearchablePage): SearchRecord {
  return searchRecord(page, { today, label: label() });
}
