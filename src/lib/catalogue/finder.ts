/**
 * The consultation finder without JavaScript. A static site cannot answer query strings, so every choice the
 * finder offers is a pre-rendered, paginated page (routes.ts finderPath): all consultations; one filter
 * (/consultations/topic/libraries/); or a status with one of the filters residents narrow it by
 * (/consultations/status/open/area/kelbrook/). Every count is the number of results on the page its link
 * opens. Search combines more filters.
 */
import { ACTIVITY_LABELS, FINDER_STATUS_HEADINGS, labelOf, STATUS_LABELS, type SortOrder } from '../labels.ts';
import { FACETS, finderPath, type Facet, type FinderFilter } from '../routes.ts';
import { ACTIVITIES, WHOLE_COUNTY } from '../schema/consultation.ts';
import type { SiteSettings } from '../schema/settings.ts';
import { DERIVED_STATUSES } from '../status.ts';
import { byClosesAscending, byMostRecent, byOpensAscending, type CatalogueItem } from './catalogue.ts';

export const PAGE_SIZE = 20;

type Taxonomy = SiteSettings['taxonomy'];
export type FacetLabel = (facet: Facet, value: string) => string;

/**
 * The filters a status combines with: "open in Kelbrook", "outcomes about libraries". Each pair costs pages: at
 * 10,000 consultations status x area is 1,474 pages and status x topic 682; status x audience would add 1,290
 * more, past the finder's page budget (bench/README.md), so search combines the rest.
 */
export const COMBINED_FACETS = ['area', 'topic'] as const satisfies readonly Facet[];
const combines = (facet: Facet) => (COMBINED_FACETS as readonly Facet[]).includes(facet);

/**
 * What the finder shows: nothing chosen, one filter, or a status and one of COMBINED_FACETS, status first.
 * `chooseFilter` and `removeFilter` only ever make selections the finder has pages for.
 */
export type FinderSelection = readonly FinderFilter[];

/** Statuses residents come back to: their pages for every area and topic exist even while empty. */
const STANDING_STATUSES = ['open', 'forthcoming'] as const;

/**
 * The values an item is listed under: its own, and every area for one that covers the whole county, so the
 * budget that affects everyone in Kelbrook is on Kelbrook's page. Search files items the same way.
 */
export function listedValues(item: CatalogueItem, facet: Facet, areas: readonly string[]): string[] {
  switch (facet) {
    case 'status':
      return [item.status];
    case 'activity':
      return [item.data.activity];
    case 'topic':
      return item.data.topics;
    case 'area':
      return item.data.areas.includes(WHOLE_COUNTY) ? [...new Set([...item.data.areas, ...areas])] : item.data.areas;
    case 'audience':
      return item.data.audiences;
    case 'organisation':
      // A joint consultation is found under each of its organisations.
      return item.organisation ? [item.organisation, ...item.partners] : item.partners;
    case 'year':
      return [item.year];
  }
}

/** Whether the selection's list tags consultations for the whole county ("Whole county"): it is one area's. */
export function showsWholeCounty(selection: FinderSelection): boolean {
  return selection.some((filter) => filter.facet === 'area' && filter.value !== WHOLE_COUNTY);
}
export const coversWholeCounty = (item: CatalogueItem) => item.data.areas.includes(WHOLE_COUNTY);

/** Human labels for every facet value, from the fixed enums and the taxonomy in site settings. */
export function facetLabeller(taxonomy: Taxonomy, organisationName: (id: string) => string = (id) => id): FacetLabel {
  const terms = {
    topic: new Map(taxonomy.topics.map((term) => [term.id, term.label])),
    area: new Map(taxonomy.areas.map((term) => [term.id, term.label])),
    audience: new Map(taxonomy.audiences.map((term) => [term.id, term.label])),
  };
  return (facet, value) => {
    if (facet === 'status') return labelOf(STATUS_LABELS, value) ?? value;
    if (facet === 'activity') return labelOf(ACTIVITY_LABELS, value) ?? value;
    if (facet === 'year') return value;
    if (facet === 'organisation') return organisationName(value);
    return terms[facet].get(value) ?? value;
  };
}

/** The selection a filter link leads to: it replaces its own facet and keeps what it combines with. */
export function chooseFilter(selection: FinderSelection, filter: FinderFilter): FinderSelection {
  const status = selection.find((chosen) => chosen.facet === 'status');
  const other = selection.find((chosen) => chosen.facet !== 'status');
  if (filter.facet === 'status') return other && combines(other.facet) ? [filter, other] : [filter];
  return status && combines(filter.facet) ? [status, filter] : [filter];
}

export function removeFilter(selection: FinderSelection, facet: Facet): FinderSelection {
  return selection.filter((chosen) => chosen.facet !== facet);
}

/** The filters of the selection that choosing a value of `facet` clears (other than its own). */
export function clearedBy(selection: FinderSelection, facet: Facet): FinderFilter[] {
  const next = chooseFilter(selection, { facet, value: '' });
  return selection.filter((chosen) => chosen.facet !== facet && !isChosen(next, chosen));
}

export const isChosen = (selection: FinderSelection, filter: FinderFilter) =>
  selection.some((chosen) => chosen.facet === filter.facet && chosen.value === filter.value);

/**
 * The facet whose values the finder offers as quick links above the results, the next step of "what is open
 * near me": a status while none is chosen (keeping the other filter), then an area. Undefined when the
 * selection cannot be narrowed that way; the full filters are always there too.
 */
export function nextStepFacet(selection: FinderSelection): Facet | undefined {
  const status = selection.find((chosen) => chosen.facet === 'status');
  const other = selection.find((chosen) => chosen.facet !== 'status');
  if (!status) return !other || combines(other.facet) ? 'status' : undefined;
  return other ? undefined : 'area';
}

/** What is open comes closing soonest first, what is coming opening soonest first, the rest newest first. */
export function finderOrder(selection: FinderSelection): SortOrder {
  const status = selection.find((chosen) => chosen.facet === 'status')?.value;
  if (status === 'open') return 'closing-soonest';
  if (status === 'forthcoming' || status === 'delayed') return 'opening-soonest';
  return 'newest';
}
const COMPARATORS: Partial<Record<SortOrder, (a: CatalogueItem, b: CatalogueItem) => number>> = {
  'closing-soonest': byClosesAscending,
  'opening-soonest': byOpensAscending,
  newest: byMostRecent,
};

export interface FinderList {
  selection: FinderSelection;
  /** In the finder's order for the selection. */
  items: CatalogueItem[];
}

/** Every list the finder has a page for, by its path, and the values each facet has in the catalogue. */
export interface FinderIndex {
  lists: ReadonlyMap<string, FinderList>;
  values: ReadonlyMap<Facet, ReadonlySet<string>>;
}

/** One pass over the catalogue: each item joins the list of every selection it matches. */
export function finderIndex(items: readonly CatalogueItem[], taxonomy: Taxonomy): FinderIndex {
  const areas = taxonomy.areas.map((term) => term.id);
  const lists = new Map<string, FinderList>();
  const values = new Map<Facet, Set<string>>(FACETS.map((facet) => [facet, new Set()]));
  const add = (selection: FinderSelection, item?: CatalogueItem) => {
    const key = finderPath(selection);
    let list = lists.get(key);
    if (!list) lists.set(key, (list = { selection, items: [] }));
    if (item) list.items.push(item);
  };
  add([]);
  for (const value of STANDING_STATUSES) {
    const status: FinderFilter = { facet: 'status', value };
    add([status]);
    for (const facet of COMBINED_FACETS)
      for (const term of taxonomy[TAXONOMY_LISTS[facet]]) add([status, { facet, value: term.id }]);
  }
  for (const item of items) {
    add([], item);
    const status: FinderFilter = { facet: 'status', value: item.status };
    for (const facet of FACETS) {
      for (const value of listedValues(item, facet, areas)) {
        values.get(facet)!.add(value);
        const filter = { facet, value };
        add([filter], item);
        if (combines(facet)) add([status, filter], item);
      }
    }
  }
  for (const list of lists.values()) list.items.sort(COMPARATORS[finderOrder(list.selection)]);
  return { lists, values };
}
const TAXONOMY_LISTS = { area: 'areas', topic: 'topics' } as const satisfies Record<
  (typeof COMBINED_FACETS)[number],
  keyof Taxonomy
>;

/** How many results the selection's page lists (0 when it has none). */
export function finderCount(index: FinderIndex, selection: FinderSelection): number {
  return index.lists.get(finderPath(selection))?.items.length ?? 0;
}

export interface FinderChoice {
  filter: FinderFilter;
  label: string;
  /** The results of the page the choice leads to. */
  count: number;
  /** The selection the choice leads to: the current one with this filter chosen. */
  selection: FinderSelection;
  /** Part of the current selection. */
  chosen: boolean;
}

/**
 * The values of a facet one can choose from the current selection, each with the number of results it leads
 * to, in a stable, meaningful order. Values that would lead to nothing are left out, unless already chosen.
 */
export function finderChoices(
  index: FinderIndex,
  selection: FinderSelection,
  facet: Facet,
  label: FacetLabel,
): FinderChoice[] {
  const choices = [...(index.values.get(facet) ?? [])].map((value): FinderChoice => {
    const filter = { facet, value };
    const next = chooseFilter(selection, filter);
    return { filter, label: label(facet, value), count: finderCount(index, next), selection: next, chosen: false };
  });
  for (const choice of choices) choice.chosen = isChosen(selection, choice.filter);
  return sortChoices(
    choices.filter((choice) => choice.count > 0 || choice.chosen),
    facet,
  );
}

function sortChoices(choices: FinderChoice[], facet: Facet): FinderChoice[] {
  const order: readonly string[] | undefined =
    facet === 'status' ? DERIVED_STATUSES : facet === 'activity' ? ACTIVITIES : undefined;
  const rank = (choice: FinderChoice) => (facet === 'area' && choice.filter.value === WHOLE_COUNTY ? 0 : 1);
  return choices.sort((a, b) => {
    if (order) return order.indexOf(a.filter.value) - order.indexOf(b.filter.value);
    if (facet === 'year') return b.filter.value.localeCompare(a.filter.value);
    return rank(a) - rank(b) || a.label.localeCompare(b.label);
  });
}

/** The page's heading: "Open consultations", "Consultations: Libraries", "Open consultations: Kelbrook". */
export function finderHeading(selection: FinderSelection, label: FacetLabel): string {
  const status = selection.find((chosen) => chosen.facet === 'status');
  const others = selection.filter((chosen) => chosen !== status);
  const noun = status
    ? (labelOf(FINDER_STATUS_HEADINGS, status.value) ?? label('status', status.value))
    : 'Consultations';
  return others.length ? `${noun}: ${others.map((chosen) => label(chosen.facet, chosen.value)).join(', ')}` : noun;
}

/** The home page's "Open near you": each area, with what is open there or for the whole county. */
export function openNearYou(index: FinderIndex, taxonomy: Taxonomy, label: FacetLabel): FinderChoice[] {
  const open = [{ facet: 'status', value: 'open' }] as const satisfies FinderSelection;
  const areas = taxonomy.areas
    .filter((term) => term.id !== WHOLE_COUNTY)
    .map((term): FinderChoice => {
      const filter = { facet: 'area' as const, value: term.id };
      const selection = chooseFilter(open, filter);
      return { filter, label: label('area', term.id), count: finderCount(index, selection), selection, chosen: false };
    });
  return sortChoices(areas, 'area');
}

export interface FinderPage {
  selection: FinderSelection;
  order: SortOrder;
  page: number;
  pageCount: number;
  total: number;
  items: CatalogueItem[];
}

/** Every finder page: each list of the index, paginated. */
export function finderPages(index: FinderIndex, pageSize = PAGE_SIZE): FinderPage[] {
  return [...index.lists.values()].flatMap(({ selection, items }) => {
    const pageCount = Math.max(1, Math.ceil(items.length / pageSize));
    const order = finderOrder(selection);
    return Array.from({ length: pageCount }, (_, index) => ({
      selection,
      order,
      page: index + 1,
      pageCount,
      total: items.length,
      items: items.slice(index * pageSize, (index + 1) * pageSize),
    }));
  });
}
