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
interface Pagefind {
  options(options: { baseUrl?: string }): Promise<void>;
  mergeIndex(indexPath: string): Promise<void>;
  search(
    term: string | null,
    options: { filters?: Record<string, string>; sort?: Record<string, 'asc' | 'desc'> },
  ): Promise<{ results: PagefindResult[] } | null>;
}
interface Query {
  term: string | null;
  filters: Record<string, string>;
  sort?: Record<string, 'asc' | 'desc'>;
  /** How the summary names the search: `"library", Open`. */
  described: string;
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

  constructor(
    private readonly recent: string,
    private readonly archive: readonly string[],
    private readonly bundleFilter: string,
    private readonly baseUrl: string,
  ) {}

  get hasArchive(): boolean {
    return this.archive.length > 0;
  }

  async search(bundle: SearchBundle, query: Query): Promise<PagefindResult[]> {
    this.engine ??= import(/* @vite-ignore */ `${this.recent}pagefind.js`).then(async (module: Pagefind) => {
      await module.options({ baseUrl: this.baseUrl });
      return module;
    });
    const engine = await this.engine;
    if (bundle === 'archive')
      this.archiveMerged ??= Promise.all(this.archive.map((url) => engine.mergeIndex(url))).then(() => undefined);
    await this.archiveMerged;
    const filters = this.archiveMerged ? { ...query.filters, [this.bundleFilter]: bundle } : query.filters;
    const found = await engine.search(query.term, { filters, ...(query.sort ? { sort: query.sort } : {}) });
    return found?.results ?? [];
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
  const { searchRecent, searchArchive, searchBundleFilter, searchSortKey, pagefindBase } = form.dataset;
  const sortKey = searchSortKey ?? '';
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

  const run = async () => {
    const run = ++latest;
    const query = readQuery(form, sortKey);
    older?.clear();
    if (!query) {
      status.textContent = 'Enter a word or choose a filter to search.';
      recent.clear();
      return;
    }
    status.textContent = 'Searching…';
    const recentResults = await bundles.search('recent', query);
    if (run !== latest) return;
    await recent.show(recentResults);
    if (!older) {
      status.textContent = `${results(recentResults.length)} for ${query.described}`;
      return;
    }
    status.textContent = `${results(recentResults.length, 'recent')} for ${query.described}. Searching older results…`;
    const olderResults = await bundles.search('archive', query);
    if (run !== latest) return;
    await older.show(olderResults);
    status.textContent = `${results(recentResults.length, 'recent')} and ${results(olderResults.length, 'older').toLowerCase()} for ${query.described}`;
  };

  // Restore a search from the address, so shared links and the back button work.
  const url = new URL(window.location.href);
  for (const [name, value] of url.searchParams) {
    const field = form.elements.namedItem(name);
    if (field instanceof HTMLInputElement || field instanceof HTMLSelectElement) field.value = value;
  }
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const next = new URL(window.location.href);
    next.search = new URLSearchParams(
      [...new FormData(form)].filter(([, value]) => value !== '') as [string, string][],
    ).toString();
    history.replaceState(null, '', next);
    void run();
  });
  if (url.search) void run();
}

/** The query the form describes: its filter fields are named after Pagefind's filters. */
function readQuery(form: HTMLFormElement, sortKey: string): Query | undefined {
  const params = new FormData(form);
  const term = String(params.get('q') ?? '').trim();
  const filters: Record<string, string> = {};
  for (const field of form.querySelectorAll<HTMLSelectElement>('select[data-search-filter]')) {
    if (field.value) filters[field.name] = field.value;
  }
  if (!term && Object.keys(filters).length === 0) return undefined;
  const sortChoice = String(params.get('sort') ?? '');
  const sort: Query['sort'] =
    sortChoice === 'newest' ? { [sortKey]: 'desc' } : sortChoice === 'oldest' ? { [sortKey]: 'asc' } : undefined;
  const described = [term && `"${term}"`, ...Object.values(filters)].filter(Boolean).join(', ');
  return { term: term || null, filters, sort, described };
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
