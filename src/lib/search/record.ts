/**
 * One search record per indexed page, decided once: what Pagefind shows with the result, the filters it
 * can be found by, the date it sorts by and the bundle it is indexed in. The page renders the record
 * (components/search/PagefindFields.astro), the search index integration is told the record's bundle by
 * the page it renders (src/integrations/search-index.ts), and the search page asks the same placement which
 * archive parts have pages (archiveParts).
 */
import type { CatalogueItem } from '../catalogue/catalogue.ts';
import { listedValues } from '../catalogue/finder.ts';
import { isRecent } from '../catalogue/recent.ts';
import type { IsoDate } from '../dates/calendar-date.ts';
import type { Facet } from '../routes.ts';
import type { Feedback } from '../schema/feedback.ts';
import type { Standard } from '../schema/standard.ts';
import type { Strategy } from '../schema/strategy.ts';
import { formatDate } from '../text/dates.ts';
import { ARCHIVE_PARTS, SEARCH_BUNDLE_ATTRIBUTE, SEARCH_BUNDLE_FILTER, type ArchivePart } from './bundles.ts';
import { SEARCH_CLOSES_SORT_KEY, SEARCH_FILTERS, SEARCH_SORT_KEY, type SearchFacet } from './facets.ts';

/** The pages search indexes, each with what its record is made from. */
export type SearchablePage =
  | { kind: 'consultation'; item: CatalogueItem }
  /** `consultation` is undefined when the report names a consultation that is not in the catalogue. */
  | { kind: 'feedback'; report: Pick<Feedback, 'published'>; consultation: CatalogueItem | undefined }
  | { kind: 'strategy'; strategy: Pick<Strategy, 'adopted'> }
  | { kind: 'standard'; standard: Pick<Standard, 'reviewed'> };

/** The recent bundle, or the part of the archive the page's kind is indexed in. */
export type SearchPlacement = { bundle: 'recent' } | { bundle: 'archive'; part: ArchivePart };

/** What each result shows under its title (Pagefind takes the title from the page's <h1>). */
export interface SearchMeta {
  type: string;
  status?: string;
  opens?: string;
  closes?: string;
  published?: string;
  /** Who runs it, where that is not only this hub's own organisation. */
  organisation?: string;
}

export interface SearchRecord {
  placement: SearchPlacement;
  meta: SearchMeta;
  /** The labels residents choose from, for each filter the page can be found by. */
  filters: Partial<Record<SearchFacet, string[]>>;
  /** The date "Newest first" and "Oldest first" order by. */
  sortDate: IsoDate;
  /** The closing date "Closing soonest first" orders by: only open consultations have one, so only they are listed. */
  closes?: IsoDate;
}

export interface RecordContext {
  today: IsoDate;
  /** The finder's labels for facet values (statuses, activities and the taxonomy in site.yaml). */
  label: (facet: Facet, value: string) => string;
  /** The areas of the taxonomy: a consultation for the whole county is found under each, as in the finder. */
  areas: readonly string[];
  /** The hub's own organisation: a result names its organisations only where they are not just this one. */
  ownOrganisation?: string;
}

/** A consultation's page and its feedback report are placed by its closing date; other pages are always recent. */
export function searchPlacement(page: SearchablePage, today: IsoDate): SearchPlacement {
  const item = page.kind === 'consultation' ? page.item : page.kind === 'feedback' ? page.consultation : undefined;
  if (!item || isRecent(item, today)) return { bundle: 'recent' };
  return { bundle: 'archive', part: page.kind === 'consultation' ? 'consultations' : 'feedback' };
}

/** "Harrowdale Fire and Rescue Service with Harrowdale County Council", or nothing for the hub's own alone. */
function organisations(
  item: CatalogueItem,
  label: RecordContext['label'],
  own: string | undefined,
): string | undefined {
  const lead = item.organisation ?? own;
  if ((lead === undefined || lead === own) && item.partners.length === 0) return undefined;
  const names = [...(lead === undefined ? [] : [lead]), ...item.partners].map((id) => label('organisation', id));
  return names.length > 1 ? `${names[0]} with ${names.slice(1).join(', ')}` : names[0];
}

export function searchRecord(
  page: SearchablePage,
  { today, label, areas, ownOrganisation }: RecordContext,
): SearchRecord {
  const placement = searchPlacement(page, today);
  switch (page.kind) {
    case 'consultation': {
      const { item } = page;
      const filters: SearchRecord['filters'] = {};
      for (const { facet } of SEARCH_FILTERS) {
        const values = listedValues(item, facet, areas);
        // A hub of one organisation names none: its pages carry no organisation filter.
        if (values.length || facet !== 'organisation') filters[facet] = values.map((value) => label(facet, value));
      }
      return {
        placement,
        meta: {
          status: label('status', item.status),
          opens: formatDate(item.data.opens),
          closes: formatDate(item.data.closes),
          type: label('activity', item.data.activity),
          ...optional('organisation', organisations(item, label, ownOrganisation)),
        },
        filters,
        sortDate: item.data.opens,
        ...(item.status === 'open' ? { closes: item.data.closes } : {}),
      };
    }
    case 'feedback':
      return {
        placement,
        meta: { type: 'Feedback report', published: formatDate(page.report.published) },
        filters: { status: [label('status', 'outcome')] },
        sortDate: page.report.published,
      };
    case 'strategy':
      return { placement, meta: { type: 'Strategy' }, filters: {}, sortDate: page.strategy.adopted };
    case 'standard':
      return { placement, meta: { type: 'Standard' }, filters: {}, sortDate: page.standard.reviewed };
  }
}

const optional = <K extends string>(key: K, value: string | undefined) =>
  (value === undefined ? {} : { [key]: value }) as Partial<Record<K, string>>;

/**
 * A partner's consultation as Pagefind's custom record: it has no page here, so its title and summary are the
 * content and its address is the partner's own page. Pagefind escapes record content in excerpts as it does a
 * page's text, so a partner's words reach the results as text. Only recent ones are indexed, in the recent bundle.
 */
export interface PartnerSearchRecord {
  url: string;
  content: string;
  language: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  sort: Record<string, string>;
}

export function partnerSearchRecords(
  items: readonly CatalogueItem[],
  context: RecordContext & { language: string },
): PartnerSearchRecord[] {
  return items.flatMap((item) => {
    if (item.partnerPage === undefined || !isRecent(item, context.today)) return [];
    const record = searchRecord({ kind: 'consultation', item }, context);
    const filters: Record<string, string[]> = { [SEARCH_BUNDLE_FILTER]: ['recent'] };
    for (const { facet, key } of SEARCH_FILTERS)
      if (record.filters[facet]?.length) filters[key] = record.filters[facet]!;
    const meta: Record<string, string> = { title: item.data.title };
    for (const [key, value] of Object.entries(record.meta)) if (value !== undefined) meta[key] = value;
    return [
      {
        url: item.partnerPage,
        content: `${item.data.title}. ${item.data.summary}`,
        // Pagefind files a page under its <html lang> in lower case: the records must join the same index.
        language: context.language.toLowerCase(),
        meta,
        filters,
        sort: {
          [SEARCH_SORT_KEY]: record.sortDate,
          ...(record.closes ? { [SEARCH_CLOSES_SORT_KEY]: record.closes } : {}),
        },
      },
    ];
  });
}

/** The archive parts that will have pages: older consultations, and the feedback reports of older ones. */
export function archiveParts(items: readonly CatalogueItem[], today: IsoDate): ArchivePart[] {
  const pages = items.flatMap((item): SearchablePage[] => [
    { kind: 'consultation', item },
    ...(item.feedback ? [{ kind: 'feedback' as const, report: item.feedback.data, consultation: item }] : []),
  ]);
  const filled = new Set(
    pages
      .map((page) => searchPlacement(page, today))
      .flatMap((placement) => ('part' in placement ? [placement.part] : [])),
  );
  return ARCHIVE_PARTS.filter((part) => filled.has(part));
}

/**
 * The attributes of the page's indexed element: Pagefind indexes only its content, sorts it by the record's
 * date and files it under its bundle (as a filter too, so that once the archive is merged into the recent
 * bundle's Pagefind each section of results can still ask for its own pages).
 */
export function pagefindBody(record: SearchRecord): Record<string, string> {
  return {
    'data-pagefind-body': '',
    'data-pagefind-sort': `${SEARCH_SORT_KEY}:${record.sortDate}`,
    [SEARCH_BUNDLE_ATTRIBUTE]: record.placement.bundle,
    'data-pagefind-filter': `${SEARCH_BUNDLE_FILTER}[${SEARCH_BUNDLE_ATTRIBUTE}]`,
  };
}

/**
 * The record's meta and filters as attributes of empty elements inside the indexed one, one value each:
 * Pagefind does not split a combined attribute on commas, and values such as dates contain spaces.
 */
export function pagefindFields(record: SearchRecord): Record<string, string>[] {
  return [
    ...Object.entries(record.meta).map(([key, value]) => ({ 'data-pagefind-meta': `${key}:${value}` })),
    // A sort of its own element: an attribute takes only one inline sort value.
    ...(record.closes ? [{ 'data-pagefind-sort': `${SEARCH_CLOSES_SORT_KEY}:${record.closes}` }] : []),
    ...SEARCH_FILTERS.flatMap(({ facet, key }) =>
      (record.filters[facet] ?? []).map((value) => ({ 'data-pagefind-filter': `${key}:${value}` })),
    ),
  ];
}
