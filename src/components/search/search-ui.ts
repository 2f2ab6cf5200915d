/**
 * The search island's script: reads the form, asks Pagefind, renders accessible results. The query lives
 * in the address (?q=...&status=...), so results can be shared and the back button works.
 *
 * Results come in two sections (src/lib/search/bundles.ts): recent ones first, from the small recent
 * bundle alone, then older ones once the archive's bundles are merged in (after the first results
 * show). Each section keeps its own order and its own "Show more" button.
 */
// Types only: the island stays free of the site's modules; the form (SearchIsland.astro) passes the names it needs.
import type { SearchBundle } from '../../lib/search/bundles.ts';
import type { SearchMeta } from '../../lib/search/record.ts';

interface PagefindResultData {
  url: string;
  excerpt: string;
  /** The page's search record's meta, and the title Pagefind took from its <h1>. */
  meta: Partial<SearchMeta> & { title?: string };
}
interface PagefindResult {
  id: string;
  data(): Promise<PagefindResultData>;
}
/** Results for each value of each filter, as Pagefind counts them. */
type FilterCounts = Record<string, Record<string, number>>;
/** A filter's value, or any of several (Pagefind's compound filters). */
type PagefindFilters = Record<string, string | { any: string[] }>;
interface Pagefind {
  options(options: { baseUrl?: string }): Promise<void>;
  mergeIndex(indexPath: string): Promise<void>;
  /** Every value of every filter with its number of pages; once loaded, each search counts its filters too. */
  filters(): Promise<FilterCounts>;
  search(
    term: string | null,
    options: { filters?: PagefindFilters; sort?: Record<string, 'asc' | 'desc'> },
  ): Promise<{ results: PagefindResult[]; filters?: FilterCounts } | null>;
}
interface Query {
  term: string | null;
  /** The values ticked for each filter: a result has any of them (OR within a filter), and every filter (AND). */
  filters: Record<string, string[]>;
  sort?: Record<string, 'asc' | 'desc'>;
  /**
   * Only the recent bundle can have results: "Closing soonest first" lists open consultations, which are always
   * recent, and an archive bundle that has no page with the closing-date sort ignores the sort instead.
   */
  recentOnly: boolean;
  /** How the summary names the search: `"library", Kelbrook or Northfold`. */
  described: string;
}

/** Pagefind's filters for ticked values: one value as it is, several as `any`. */
function pagefindFilters(filters: Query['filters']): PagefindFilters {
  return Object.fromEntries(
    Object.entries(filters).map(([key, values]) => [key, values.length === 1 ? values[0]! : { any: values }]),
  );
}

const PAGE_SIZE = 10;

/**
 * Pagefind, loaded from the recent bundle on the first search. The archive's bundles (one per kind of
 * page) are merged into the same instance, sharing its code and WebAssembly, the first time older
 * results are asked for; from then on each search names its section with the bundle filter.
 */
class Bundles {
  private engine?: Promise<Pagefind>;
  private archiveMerged?: Promise<void>;
  private filtersLoaded?: Promise<FilterCounts>;

  constructor(
    private readonly recent: string,
    private readonly archive: readonly string[],
    private readonly bundleFilter: string,
    private readonly baseUrl: string,
  ) {}

  get hasArchive(): boolean {
    return this.archive.length > 0;
  }

  private load(): Promise<Pagefind> {
    return (this.engine ??= import(/* @vite-ignore */ `${this.recent}pagefind.js`).then(async (module: Pagefind) => {
      await module.options({ baseUrl: this.baseUrl });
      return module;
    }));
  }

  private async merged(): Promise<Pagefind> {
    const engine = await this.load();
    this.archiveMerged ??= Promise.all(this.archive.map((url) => engine.mergeIndex(url))).then(() => undefined);
    await this.archiveMerged;
    return engine;
  }

  async search(bundle: SearchBundle, query: Query): Promise<PagefindResult[]> {
    const engine = bundle === 'archive' ? await this.merged() : await this.load();
    await this.archiveMerged;
    const filters = pagefindFilters(query.filters);
    if (this.archiveMerged) filters[this.bundleFilter] = bundle;
    const found = await engine.search(query.term, { filters, ...(query.sort ? { sort: query.sort } : {}) });
    return found?.results ?? [];
  }

  /**
   * The results, over recent and older pages, that each value of each filter has: for a filter with values
   * ticked, counted with the other filters only, so each number is what that value finds, not what is left once
   * every ticked value is required (Pagefind's own counts assume AND).
   */
  async counts(query: Query, keys: readonly string[]): Promise<FilterCounts> {
    const engine = await this.merged();
    const totals = await (this.filtersLoaded ??= engine.filters());
    const scope = query.recentOnly && this.archiveMerged ? { [this.bundleFilter]: ['recent'] } : {};
    const count = async (filters: Query['filters']) => {
      if (!query.term && Object.keys(filters).length === 0 && !query.sort) return totals;
      const options = {
        filters: pagefindFilters({ ...filters, ...scope }),
        ...(query.sort ? { sort: query.sort } : {}),
      };
      return (await engine.search(query.term, options))?.filters ?? {};
    };
    const all = await count(query.filters);
    const counts: FilterCounts = {};
    for (const key of keys) {
      if (!query.filters[key]) counts[key] = all[key] ?? {};
      else {
        const others = Object.fromEntries(Object.entries(query.filters).filter(([other]) => other !== key));
        counts[key] = (await count(others))[key] ?? {};
      }
    }
    return counts;
  }
}

/** One bundle's section of the page: its list and "Show more" button. */
class ResultSection {
  private results: PagefindResult[] = [];
  private shown = 0;

  constructor(
    private readonly section: HTMLElement,
    private readonly list: HTMLOListElement,
    private readonly more: HTMLButtonElement,
  ) {
    more.addEventListener('click', () => void this.showMore());
  }

  /** Shows the first page of `results`; the rest wait for "Show more". */
  async show(results: PagefindResult[]): Promise<void> {
    this.results = results;
    this.shown = 0;
    this.list.replaceChildren();
    this.section.hidden = results.length === 0;
    await this.showMore();
  }

  clear(): void {
    void this.show([]);
  }

  private async showMore(): Promise<void> {
    const batch = this.results.slice(this.shown, this.shown + PAGE_SIZE);
    this.shown += batch.length;
    const data = await Promise.all(batch.map((result) => result.data()));
    for (const result of data) this.list.append(renderResult(result));
    this.more.hidden = this.shown >= this.results.length;
  }
}

export function startSearch(): void {
  const form = document.querySelector<HTMLFormElement>('#search-form');
  const status = document.querySelector<HTMLElement>('#search-summary');
  if (!form || !status) return;
  const { searchRecent, searchArchive, searchBundleFilter, searchSortKey, searchClosesKey, pagefindBase } =
    form.dataset;
  const sortKeys = { date: searchSortKey ?? '', closes: searchClosesKey ?? '' };
  const filtersPanel = new FiltersPanel(form);
  const bundles = new Bundles(
    searchRecent ?? '',
    searchArchive?.split(' ').filter(Boolean) ?? [],
    searchBundleFilter ?? '',
    pagefindBase ?? '/',
  );
  const section = (bundle: SearchBundle) => {
    const element = document.querySelector<HTMLElement>(`[data-search-section="${bundle}"]`);
    return element && new ResultSection(element, element.querySelector('ol')!, element.querySelector('button')!);
  };
  const recent = section('recent');
  const older = bundles.hasArchive ? section('archive') : null;
  if (!recent) return;
  form.hidden = false;
  // A newer search wins: results of an older one that arrive late are dropped.
  let latest = 0;

  /** `focus`: after the resident searched, the count takes focus, which brings it and the results into view. */
  const run = async (focus: boolean) => {
    const run = ++latest;
    const query = readQuery(form, sortKeys);
    filtersPanel.showApplied();
    older?.clear();
    if (!query) {
      status.textContent = 'Enter a word or choose a filter to search.';
      recent.clear();
      if (focus) status.focus();
      return;
    }
    status.textContent = 'Searching…';
    const recentResults = await bundles.search('recent', query);
    if (run !== latest) return;
    await recent.show(recentResults);
    if (older) {
      status.textContent = `${results(recentResults.length, 'recent')} for ${query.described}. Searching older results…`;
      if (focus) status.focus();
      const olderResults = query.recentOnly ? [] : await bundles.search('archive', query);
      if (run !== latest) return;
      await older.show(olderResults);
      status.textContent = `${results(recentResults.length, 'recent')} and ${results(olderResults.length, 'older').toLowerCase()} for ${query.described}`;
    } else {
      status.textContent = `${results(recentResults.length)} for ${query.described}`;
      if (focus) status.focus();
    }
    const counts = await bundles.counts(query, filtersPanel.keys);
    if (run === latest) filtersPanel.showCounts(counts);
  };

  // Restore a search from the address, so shared links and the back button work.
  const url = new URL(window.location.href);
  filtersPanel.restore(url.searchParams);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const next = new URL(window.location.href);
    next.search = new URLSearchParams(
      [...new FormData(form)].filter(([, value]) => value !== '') as [string, string][],
    ).toString();
    history.replaceState(null, '', next);
    filtersPanel.close();
    void run(true);
  });
  if (url.search) void run(false);
}

/** The filters' disclosure: its ticked values, how many are applied, and each value's count. */
class FiltersPanel {
  private readonly boxes: HTMLInputElement[];
  private readonly applied: HTMLElement | null;

  constructor(private readonly form: HTMLFormElement) {
    this.boxes = [...form.querySelectorAll<HTMLInputElement>('input[type="checkbox"][data-search-filter]')];
    this.applied = form.querySelector('[data-search-applied]');
  }

  /** The filters' names (Pagefind's filter keys), in the form's order. */
  get keys(): string[] {
    return [...new Set(this.boxes.map((box) => box.name))];
  }

  restore(params: URLSearchParams): void {
    for (const [name, value] of params) {
      const box = this.boxes.find((candidate) => candidate.name === name && candidate.value === value);
      if (box) box.checked = true;
      const field = this.form.elements.namedItem(name);
      if (field instanceof HTMLInputElement || field instanceof HTMLSelectElement) field.value = value;
    }
  }

  /** "Filters (2 applied)". */
  showApplied(): void {
    const ticked = this.boxes.filter((box) => box.checked).length;
    if (this.applied) this.applied.textContent = ticked ? ` (${ticked} applied)` : '';
  }

  close(): void {
    this.form.querySelector('details')?.removeAttribute('open');
  }

  showCounts(counts: FilterCounts): void {
    for (const box of this.boxes) {
      const count = box.labels?.[0]?.querySelector('[data-search-count]');
      if (count) count.textContent = ` (${counts[box.name]?.[box.value] ?? 0})`;
    }
  }
}

/** The query the form describes: its filter fields are named after Pagefind's filters. */
function readQuery(form: HTMLFormElement, sortKeys: { date: string; closes: string }): Query | undefined {
  const params = new FormData(form);
  const term = String(params.get('q') ?? '').trim();
  const filters: Query['filters'] = {};
  for (const box of form.querySelectorAll<HTMLInputElement>('input[data-search-filter]:checked'))
    (filters[box.name] ??= []).push(box.value);
  if (!term && Object.keys(filters).length === 0) return undefined;
  const sorts: Record<string, Query['sort']> = {
    newest: { [sortKeys.date]: 'desc' },
    oldest: { [sortKeys.date]: 'asc' },
    'closing-soonest': { [sortKeys.closes]: 'asc' },
  };
  const sortChoice = String(params.get('sort') ?? '');
  const sort = sorts[sortChoice];
  const described = [term && `"${term}"`, ...Object.values(filters).map((values) => values.join(' or '))]
    .filter(Boolean)
    .join(', ');
  return { term: term || null, filters, sort, recentOnly: sortChoice === 'closing-soonest', described };
}

/** "No recent results", "1 result", "12 older results". */
function results(count: number, kind?: string): string {
  const noun = count === 1 ? 'result' : 'results';
  return [count === 0 ? 'No' : String(count), kind, noun].filter(Boolean).join(' ');
}

function renderResult(result: PagefindResultData): HTMLLIElement {
  const item = document.createElement('li');
  const heading = document.createElement('h3');
  const link = document.createElement('a');
  link.href = result.url;
  link.textContent = result.meta.title ?? result.url;
  heading.append(link);
  const excerpt = document.createElement('p');
  // Pagefind escapes the page text and only adds <mark> around matches.
  excerpt.innerHTML = result.excerpt;
  const meta = document.createElement('p');
  meta.className = 'meta';
  const parts = [
    result.meta.organisation,
    result.meta.type,
    result.meta.status,
    result.meta.opens && result.meta.closes
      ? `${result.meta.opens} to ${result.meta.closes}`
      : result.meta.published && `Published ${result.meta.published}`,
  ].filter((part): part is string => Boolean(part));
  for (const part of parts) {
    const span = document.createElement('span');
    span.textContent = part;
    meta.append(span);
  }
  item.append(heading, excerpt, meta);
  return item;
}
