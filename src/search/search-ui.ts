/**
 * The search island: reads the form, asks Pagefind, renders accessible results. The query lives in the
 * address (?q=...&status=...), so results can be shared and the back button works.
 */
interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}
interface Pagefind {
  options(options: { baseUrl?: string }): Promise<void>;
  search(
    term: string | null,
    options: { filters?: Record<string, string>; sort?: Record<string, 'asc' | 'desc'> },
  ): Promise<{ results: { id: string; data(): Promise<PagefindResultData> }[] } | null>;
}

const PAGE_SIZE = 10;
const FILTERS = ['status', 'activity', 'topic', 'area', 'year'] as const;

export function startSearch(): void {
  const form = document.querySelector<HTMLFormElement>('#search-form');
  const status = document.querySelector<HTMLElement>('#search-summary');
  const list = document.querySelector<HTMLOListElement>('#search-results');
  const more = document.querySelector<HTMLButtonElement>('#search-more');
  if (!form || !status || !list || !more) return;
  const base = form.dataset.pagefindBase ?? '/';
  form.hidden = false;

  let pagefind: Promise<Pagefind> | undefined;
  const loadPagefind = () => {
    pagefind ??= import(/* @vite-ignore */ `${base}pagefind/pagefind.js`).then(async (module: Pagefind) => {
      await module.options({ baseUrl: base });
      return module;
    });
    return pagefind;
  };

  let pending: { id: string; data(): Promise<PagefindResultData> }[] = [];
  let shown = 0;

  const showMore = async () => {
    const batch = pending.slice(shown, shown + PAGE_SIZE);
    shown += batch.length;
    const data = await Promise.all(batch.map((result) => result.data()));
    for (const result of data) list.append(renderResult(result));
    more.hidden = shown >= pending.length;
  };

  const run = async () => {
    const params = new FormData(form);
    const query = String(params.get('q') ?? '').trim();
    const filters: Record<string, string> = {};
    for (const name of FILTERS) {
      const value = String(params.get(name) ?? '');
      if (value) filters[name] = value;
    }
    const sortChoice = String(params.get('sort') ?? '');
    if (!query && Object.keys(filters).length === 0) {
      status.textContent = 'Enter a word or choose a filter to search.';
      list.replaceChildren();
      more.hidden = true;
      return;
    }
    status.textContent = 'Searching…';
    const engine = await loadPagefind();
    const sort: Record<string, 'asc' | 'desc'> | undefined =
      sortChoice === 'newest' ? { date: 'desc' } : sortChoice === 'oldest' ? { date: 'asc' } : undefined;
    const search = await engine.search(query || null, { filters, ...(sort ? { sort } : {}) });
    pending = search?.results ?? [];
    shown = 0;
    list.replaceChildren();
    const described = [query && `"${query}"`, ...Object.values(filters)].filter(Boolean).join(', ');
    status.textContent = `${pending.length} ${pending.length === 1 ? 'result' : 'results'} for ${described}`;
    await showMore();
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
    next.search = new URLSearchParams([...new FormData(form)].filter(([, value]) => value !== '') as [string, string][]).toString();
    history.replaceState(null, '', next);
    void run();
  });
  more.addEventListener('click', () => void showMore());
  if (url.search) void run();
}

function renderResult(result: PagefindResultData): HTMLLIElement {
  const item = document.createElement('li');
  const heading = document.createElement('h2');
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
    result.meta.opens && result.meta.closes ? `${result.meta.opens} to ${result.meta.closes}` : result.meta.published && `Published ${result.meta.published}`,
  ].filter((part): part is string => Boolean(part));
  for (const part of parts) {
    const span = document.createElement('span');
    span.textContent = part;
    meta.append(span);
  }
  item.append(heading, excerpt, meta);
  return item;
}
