/**
 * Builds the Pagefind bundles from the built pages: one Pagefind run per bundle, each leaving out the
 * pages of the other bundle by their SEARCH_BUNDLE_ATTRIBUTE (Pagefind drops a page whose
 * data-pagefind-body element is excluded). The CLI parses pages on every core; Pagefind's Node API
 * takes them one message at a time and was twice as slow at 19,000 pages. The runs go one after the
 * other: each already uses every core, and side by side they took 33 s instead of 29 s.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { SEARCH_BUNDLE_ATTRIBUTE, SEARCH_BUNDLE_FOLDERS, type SearchBundle } from './bundles.ts';

export interface IndexedBundle {
  bundle: SearchBundle;
  /** The folder the bundle was written to, inside the site's output. */
  folder: string;
  pages: number;
}

/**
 * The folders whose pages can carry data-pagefind-body. Pagefind opens only these, not the thousands
 * of finder pages; a new kind of indexed page needs its folder added here.
 */
export const INDEXED_FOLDERS = ['consultations', 'feedback', 'strategies', 'standards'];
const INDEXED_PAGES_GLOB = `{${INDEXED_FOLDERS.join(',')}}/*/index.html`;
const BUNDLE_PATTERN = new RegExp(`${SEARCH_BUNDLE_ATTRIBUTE}="(${Object.keys(SEARCH_BUNDLE_FOLDERS).join('|')})"`);

const PAGEFIND_CLI = fileURLToPath(new URL('./runner/bin.cjs', import.meta.resolve('pagefind')));

/** What Pagefind leaves out to build `bundle`: the indexed element of every page in another bundle. */
export function excludedFromBundle(bundle: SearchBundle): string {
  return bundle === 'recent'
    ? `[${SEARCH_BUNDLE_ATTRIBUTE}]:not([${SEARCH_BUNDLE_ATTRIBUTE}="recent"])`
    : `[data-pagefind-body]:not([${SEARCH_BUNDLE_ATTRIBUTE}="${bundle}"])`;
}

/** Writes every bundle that has pages into `siteDir`; a bundle with none leaves no folder behind. */
export async function indexPages(siteDir: string): Promise<IndexedBundle[]> {
  const bundles = bundlesWithPages(siteDir);
  for (const [bundle, folder] of Object.entries(SEARCH_BUNDLE_FOLDERS)) if (!bundles.includes(bundle as SearchBundle)) rmSync(path.join(siteDir, folder), { recursive: true, force: true });
  const indexed: IndexedBundle[] = [];
  for (const bundle of bundles) indexed.push(await indexBundle(siteDir, bundle));
  return indexed;
}

/** The bundle a built page belongs in (recent when it does not say), or undefined when Pagefind should not index it. */
export function bundleOfPage(html: string): SearchBundle | undefined {
  if (!html.includes('data-pagefind-body')) return undefined;
  return (BUNDLE_PATTERN.exec(html)?.[1] as SearchBundle | undefined) ?? 'recent';
}

/**
 * The bundles at least one page belongs in, in SEARCH_BUNDLE_FOLDERS order. Pagefind must not run for
 * an empty bundle: finding no data-pagefind-body at all, it would index every page's whole <body>.
 */
function bundlesWithPages(siteDir: string): SearchBundle[] {
  const wanted = Object.keys(SEARCH_BUNDLE_FOLDERS) as SearchBundle[];
  const found = new Set<SearchBundle>();
  for (const folder of INDEXED_FOLDERS) {
    const folderPath = path.join(siteDir, folder);
    if (!existsSync(folderPath)) continue;
    for (const name of readdirSync(folderPath)) {
      const file = path.join(folderPath, name, 'index.html');
      const bundle = existsSync(file) ? bundleOfPage(readFileSync(file, 'utf8')) : undefined;
      if (bundle) found.add(bundle);
      if (found.size === wanted.length) return wanted;
    }
  }
  return wanted.filter((bundle) => found.has(bundle));
}

async function indexBundle(siteDir: string, bundle: SearchBundle): Promise<IndexedBundle> {
  const folder = SEARCH_BUNDLE_FOLDERS[bundle];
  const outputPath = path.join(siteDir, folder);
  rmSync(outputPath, { recursive: true, force: true });
  const args = [PAGEFIND_CLI, '--site', siteDir, '--glob', INDEXED_PAGES_GLOB, '--output-path', outputPath, '--exclude-selectors', excludedFromBundle(bundle), '--quiet'];
  const output = await new Promise<string>((resolve, reject) => {
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let text = '';
    child.stdout.on('data', (chunk: Buffer) => (text += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (text += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(text) : reject(new Error(`Pagefind could not build the ${bundle} search bundle (exit ${code}):\n${text.trim()}`))));
  });
  if (/\bwarn/i.test(output)) process.stderr.write(output);
  return { bundle, folder, pages: pageCount(outputPath) };
}

/** Pages in a written bundle, from its entry file. */
function pageCount(outputPath: string): number {
  const entry = path.join(outputPath, 'pagefind-entry.json');
  const { languages } = JSON.parse(readFileSync(entry, 'utf8')) as { languages: Record<string, { page_count: number }> };
  return Object.values(languages).reduce((sum, language) => sum + language.page_count, 0);
}
