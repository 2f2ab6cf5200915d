/**
 * The filters search offers: the finder's facets, named once. Each page's search record emits a
 * Pagefind filter under `key` for every value it has (lib/search/record.ts); the search form gives each a
 * field of that name, labelled as in the finder, and the island filters on the fields it finds in the form
 * (components/search/). The key is also the address's parameter: /search/?topic=Libraries.
 */
import { FACET_LABELS } from '../labels.ts';
import type { Facet } from '../routes.ts';

/**
 * The finder's facets search filters on, in the order the form shows them: adding one here gives every page its
 * filter and the form its field. Each offers several values; results match any of them (OR within a facet) and
 * every facet (AND across facets).
 */
const SEARCH_FACETS = [
  'status',
  'area',
  'topic',
  'audience',
  'activity',
  'organisation',
  'year',
] as const satisfies readonly Facet[];
export type SearchFacet = (typeof SEARCH_FACETS)[number];

export interface SearchFilter {
  facet: SearchFacet;
  /** Pagefind's filter name, the form field's name and the address's parameter. */
  key: string;
  /** The field's label: the finder's name for the facet. */
  label: string;
}

export const SEARCH_FILTERS: readonly SearchFilter[] = SEARCH_FACETS.map((facet) => ({
  facet,
  key: facet,
  label: FACET_LABELS[facet],
}));

/** Pagefind's sort key on every indexed page: the date "Newest first" and "Oldest first" order by. */
export const SEARCH_SORT_KEY = 'date';
/** Pagefind's sort key on open consultations only: "Closing soonest first" lists just those (lib/search/record.ts). */
export const SEARCH_CLOSES_SORT_KEY = 'closes';
