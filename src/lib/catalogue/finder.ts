/**
 * The consultation finder without JavaScript: one pre-rendered, paginated page per filter value
 * (/consultations/<facet>/<value>/), because a static site cannot answer arbitrary query strings.
 * Combined filters are what search (Pagefind) is for.
 */
import { ACTIVITY_LABELS, labelOf, STATUS_LABELS } from '../labels.ts';
import { FACETS, type Facet, type FinderFilter } from '../routes.ts';
import { ACTIVITIES } from '../schema/consultation.ts';
import type { SiteSettings } from '../schema/settings.ts';
import { DERIVED_STATUSES } from '../status.ts';
import { byMostRecent, type CatalogueItem } from './catalogue.ts';

export const PAGE_SIZE = 20;

export interface FacetValue {
  value: string;
  label: string;
  count: number;
}

/** The values an item has for a facet. */
export function facetValues(item: CatalogueItem, facet: Facet): string[] {
  switch (facet) {
    case 'status':
      return [item.status];
    case 'activity':
      return [item.data.activity];
    case 'topic':
      return item.data.topics;
    case 'area':
      return item.data.areas;
    case 'audience':
      return item.data.audiences;
    case 'year':
      return [item.year];
  }
}

/** Human labels for every facet value, from the fixed enums and the taxonomy in site settings. */
export function facetLabeller(taxonomy: SiteSettings['taxonomy']): (facet: Facet, value: string) => string {
  const terms = {
    topic: new Map(taxonomy.topics.map((term) => [term.id, term.label])),
    area: new Map(taxonomy.areas.map((term) => [term.id, term.label])),
    audience: new Map(taxonomy.audiences.map((term) => [term.id, term.label])),
  };
  return (facet, value) => {
    if (facet === 'status') return labelOf(STATUS_LABELS, value) ?? value;
    if (facet === 'activity') return labelOf(ACTIVITY_LABELS, value) ?? value;
    if (facet === 'year') return value;
    return terms[facet].get(value) ?? value;
  };
}

/** Values of one facet that at least one item has, with counts, in a stable, meaningful order. */
export function facetCounts(
  items: CatalogueItem[],
  facet: Facet,
  label: (facet: Facet, value: string) => string,
): FacetValue[] {
  const counts = new Map<string, number>();
  for (const item of items)
    for (const value of facetValues(item, facet)) counts.set(value, (counts.get(value) ?? 0) + 1);
  const order: readonly string[] | undefined =
    facet === 'status' ? DERIVED_STATUSES : facet === 'activity' ? ACTIVITIES : undefined;
  const values = [...counts.keys()];
  if (order) values.sort((a, b) => order.indexOf(a) - order.indexOf(b));
  else if (facet === 'year') values.sort((a, b) => b.localeCompare(a));
  else values.sort((a, b) => label(facet, a).localeCompare(label(facet, b)));
  return values.map((value) => ({ value, label: label(facet, value), count: counts.get(value)! }));
}

export interface FinderPage {
  /** Undefined for the unfiltered list. */
  filter?: FinderFilter;
  page: number;
  pageCount: number;
  total: number;
  items: CatalogueItem[];
}

export function paginate(items: CatalogueItem[], filter: FinderPage['filter'], pageSize = PAGE_SIZE): FinderPage[] {
  const sorted = [...items].sort(byMostRecent);
  const pageCount = Math.max(1, Math.ceil(sorted.length / pageSize));
  return Array.from({ length: pageCount }, (_, index) => ({
    ...(filter ? { filter } : {}),
    page: index + 1,
    pageCount,
    total: sorted.length,
    items: sorted.slice(index * pageSize, (index + 1) * pageSize),
  }));
}

/** Every finder page: the full list and each facet value, each paginated. */
export function finderPages(items: CatalogueItem[], pageSize = PAGE_SIZE): FinderPage[] {
  const pages = paginate(items, undefined, pageSize);
  for (const facet of FACETS) {
    const groups = new Map<string, CatalogueItem[]>();
    for (const item of items) {
      for (const value of facetValues(item, facet)) {
        const group = groups.get(value);
        if (group) group.push(item);
        else groups.set(value, [item]);
      }
    }
    for (const [value, group] of groups) pages.push(...paginate(group, { facet, value }, pageSize));
  }
  return pages;
}
