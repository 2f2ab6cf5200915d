/**
 * Search is split in two: recent pages and the archive. Pagefind's metadata lists every page of a
 * bundle, so one bundle for a twenty-year archive makes every first search download hundreds of
 * kilobytes before a single result shows (320 KB at 10,000 consultations). Residents mostly look for
 * what is open or recent, so the recent bundle is searched first and its size follows how many
 * consultations a council runs in a year, not how long the archive is; the archive is searched next,
 * for older results. Which bundle a page goes in is decided by its search record (lib/search/record.ts).
 */
export type SearchBundle = 'recent' | 'archive';

/** Where each is written in the built site, and fetched from: the archive's folder holds its parts. */
export const SEARCH_BUNDLE_FOLDERS: Record<SearchBundle, string> = {
  recent: 'pagefind/',
  archive: 'pagefind-archive/',
};

/**
 * The archive is written as one Pagefind bundle per kind of page, in its own folder under the archive's.
 * Each is built as soon as the last page of its kind is rendered, while the rest of the site still
 * renders (lib/search/index-pages.ts); the search page merges them all for the older results.
 */
export const ARCHIVE_PARTS = ['consultations', 'feedback'] as const;
export type ArchivePart = (typeof ARCHIVE_PARTS)[number];

export function archivePartFolder(part: ArchivePart): string {
  return `${SEARCH_BUNDLE_FOLDERS.archive}${part}/`;
}

/**
 * The attribute a page's indexed element carries to name its bundle: the archive's parts are written by
 * Pagefind's CLI, which leaves out every page whose element does not say `archive`.
 */
export const SEARCH_BUNDLE_ATTRIBUTE = 'data-search-bundle';
/**
 * The same name as a Pagefind filter, so that once the archive is merged into the recent bundle's
 * Pagefind (which reuses its code and WebAssembly), each section can still ask for its own pages.
 */
export const SEARCH_BUNDLE_FILTER = 'bundle';
/**
 * The response header an indexed page is rendered with, naming its bundle: how the search index
 * integration learns each page's bundle from its search record, without reading it back from the HTML.
 */
export const SEARCH_BUNDLE_HEADER = 'X-Search-Bundle';
