/**
 * Builds the Pagefind bundles from the built pages, with Pagefind's Node API: the pages that carry
 * data-pagefind-body are sorted into their bundle (SEARCH_BUNDLE_ATTRIBUTE) and each bundle is written
 * to its folder. Run by the site's build (src/site/search-index.ts) once every page is written.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { SEARCH_BUNDLE_ATTRIBUTE, SEARCH_BUNDLE_FOLDERS, type SearchBundle } from './bundles.ts';

export interface IndexedBundle {
  bundle: SearchBundle;
  pages: number;
  /** The folder the bundle was written to, inside the site's output. */
  folder: string;
}

/** How many pages are sent to Pagefind before waiting for its answers: bounds memory, keeps it busy. */
const IN_FLIGHT = 64;
const BUNDLE_PATTERN = new RegExp(`${SEARCH_BUNDLE_ATTRIBUTE}="(recent|archive)"`);

/** The bundle a built page belongs in (recent when it does not say), or undefined when Pagefind should not index it. */
export function bundleOfPage(html: string): SearchBundle | undefined {
  if (!html.includes('data-pagefind-body')) return undefined;
  return (BUNDLE_PATTERN.exec(html)?.[1] as SearchBundle | undefined) ?? 'recent';
}

/**
 * Indexes `htmlFiles` (paths relative to `siteDir`, e.g. `consultations/x/index.html`) and writes one
 * bundle per SEARCH_BUNDLE_FOLDERS entry that has pages. Throws, naming the page, when Pagefind refuses one.
 */
export async function indexPages(siteDir: string, htmlFiles: readonly string[]): Promise<IndexedBundle[]> {
  const indexes = new Map<SearchBundle, { index: pagefind.PagefindIndex; pages: number }>();
  const indexFor = async (bundle: SearchBundle) => {
    let entry = indexes.get(bundle);
    if (!entry) {
      const created = await pagefind.createIndex({});
      if (!created.index) throw new Error(`Pagefind could not start: ${created.errors.join('; ')}`);
      entry = { index: created.index, pages: 0 };
      indexes.set(bundle, entry);
    }
    return entry;
  };
  try {
    let pending: Promise<void>[] = [];
    for (const file of htmlFiles) {
      const content = readFileSync(path.join(siteDir, file), 'utf8');
      const bundle = bundleOfPage(content);
      if (!bundle) continue;
      const entry = await indexFor(bundle);
      entry.pages += 1;
      pending.push(
        entry.index.addHTMLFile({ sourcePath: file.split(path.sep).join('/'), content }).then((response) => {
          if (response.errors.length > 0) throw new Error(`Pagefind could not index ${file}: ${response.errors.join('; ')}`);
        }),
      );
      if (pending.length >= IN_FLIGHT) {
        await Promise.all(pending);
        pending = [];
      }
    }
    await Promise.all(pending);
    const written: IndexedBundle[] = [];
    await Promise.all(
      [...indexes].map(async ([bundle, { index, pages }]) => {
        const folder = SEARCH_BUNDLE_FOLDERS[bundle];
        const response = await index.writeFiles({ outputPath: path.join(siteDir, folder) });
        if (response.errors.length > 0) throw new Error(`Pagefind could not write the ${bundle} bundle: ${response.errors.join('; ')}`);
        written.push({ bundle, pages, folder });
      }),
    );
    return written.sort((a, b) => a.folder.localeCompare(b.folder));
  } finally {
    await pagefind.close();
  }
}
