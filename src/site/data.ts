/**
 * The site's one way into content: Astro collections, settings and the catalogue for the build's
 * `today`. Memoised so thousands of pages share one load, one index and one set of filter counts.
 */
import { getCollection } from 'astro:content';
import { buildCatalogue, type CatalogueItem } from '../lib/catalogue/catalogue.ts';
import { facetLabeller, finderIndex } from '../lib/catalogue/finder.ts';
import { partnerItems } from '../lib/catalogue/partners.ts';
import { readPartnerFeeds } from '../lib/content/partners.ts';
import { loadSettings, type Settings } from '../lib/content/settings.ts';
import { resolveToday } from '../lib/dates/calendar-date.ts';
import { organisationNamer, ownOrganisation } from '../lib/schema/partnership.ts';
import { searchRecord, type SearchablePage, type SearchRecord } from '../lib/search/record.ts';

/** The build date in London, or TODAY=YYYY-MM-DD for reproducible builds and tests. */
export const today = resolveToday(process.env.TODAY);

const once = <T>(load: () => T): (() => T) => {
  let value: { current: T } | undefined;
  return () => (value ??= { current: load() }).current;
};

export const settings = once((): Settings => loadSettings(process.cwd()));

/** Labels for filter values (statuses, activities and the taxonomy in site.yaml). */
export const label = once(() => facetLabeller(settings().site.taxonomy, organisationName()));

/** The name of an organisation in site.yaml, by id. */
export const organisationName = once(() => organisationNamer(settings().site));
/** The hub's own organisation: pages name the organisation only where it is not this one. */
export const ownOrganisationId = once(() => ownOrganisation(settings().site).id);

/** This hub's own consultations: each has a page here and a record in the open data. */
export const catalogue = once(async (): Promise<CatalogueItem[]> => {
  const consultations = await getCollection('consultations');
  const feedback = await getCollection('feedback');
  return buildCatalogue(consultations, feedback, settings().process, today, ownOrganisationId());
});

/**
 * Partner hubs' consultations from content/partners/ (npm run partners:sync). A record the consultation schema
 * refuses is left out: `npm run check` names it.
 */
export const partnerCatalogue = once((): CatalogueItem[] =>
  partnerItems(readPartnerFeeds(process.cwd(), settings().site).entries, settings().site, settings().process, today),
);

/** What the finder, search, the forward plan and the feeds list: this hub's own and its partners'. */
export const listedCatalogue = once(async (): Promise<CatalogueItem[]> => [
  ...(await catalogue()),
  ...partnerCatalogue(),
]);

const catalogueIndex = once(async () => new Map((await catalogue()).map((item) => [item.id, item])));

export async function catalogueItem(id: string): Promise<CatalogueItem | undefined> {
  return (await catalogueIndex()).get(id);
}

/** Every list the finder has a page for, built in one pass: the finder's pages, counts and links read it. */
export const finder = once(async () => finderIndex(await listedCatalogue(), settings().site.taxonomy));

/** A page's search record for the build's `today`, with the finder's labels (components/search/PagefindFields.astro). */
export function searchRecordOf(page: SearchablePage): SearchRecord {
  return searchRecord(page, {
    today,
    label: label(),
    areas: settings().site.taxonomy.areas.map((term) => term.id),
    ownOrganisation: ownOrganisationId(),
  });
}
