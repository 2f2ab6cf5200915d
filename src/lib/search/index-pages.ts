/**
 * Builds the Pagefind bundles from the built pages, sorted by their SEARCH_BUNDLE_ATTRIBUTE.
 *
 * - The archive, most of the pages, goes through Pagefind's CLI, which parses pages on every core; it
 *   leaves out the recent pages by excluding their data-pagefind-body element (Pagefind then drops the
 *   page). Pagefind's Node API takes pages one message at a time: twice as slow at 18,000 pages.
 * - The recent bundle goes through the Node API with just its own pages (2.2 s for 1,221 pages at
 *   10,000 consultations), where a CLI run would parse the whole archive again to leave it out (6.7 s).
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
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
const INDEXED_FOLDERS = ['consultations', 'feedback', 'strategies', 'standards'];
const INDEXED_PAGES_GLOB = `{${INDEXED_FOLDERS.join(',')}}/*/index.html`;
const BUNDLE_PATTERN = new RegExp(`${SEARCH_BUNDLE_ATTRIBUTE}="(${Object.keys(SEARCH_BUNDLE_FOLDERS).join('|')})"`);

const PAGEFIND_CLI = fileURLToPath(new URL('./runner/bin.cjs', import.meta.resolve('pagefind')));

/** What the CLI leaves out to build the archive: the indexed element of every page in another bundle. */
const NOT_ARCHIVE = `[data-pagefind-body]:not([${SEARCH_BUNDLE_ATTRIBUTE}="archive"])`;

/** Writes every bundle that has pages into `siteDir`; a bundle with none leaves no folder behind. */
export async function indexPages(siteDir: string): Promise<IndexedBundle[]> {
  for (const folder of Object.values(SEARCH_BUNDLE_FOLDERS)) rmSync(path.join(siteDir, folder), { recursive: true, force: true });
  const pages: Record<SearchBundle, string[]> = { recent: [], archive: [] };
  for (const file of indexablePages(siteDir)) {
    const bundle = bundleOfPage(readFileSync(path.join(siteDir, file), 'utf8'));
    if (bundle) pages[bundle].push(file);
  }
  const indexed = await Promise.all([
    pages.recent.length > 0 ? indexWithNodeApi(siteDir, 'recent', pages.recent) : undefined,
    // Never without archive pages: finding no data-pagefind-body at all, the CLI would index every page's <body>.
    pages.archive.length > 0 ? indexArchiveWithCli(siteDir, pages.archive.length) : undefined,
  ]);
  return indexed.filter((bundle) => bundle !== undefined);
}

/** The bundle a built page belongs in (recent when it does not say), or undefined when Pagefind should not index it. */
export function bundleOfPage(html: string): SearchBundle | undefined {
  if (!html.includes('data-pagefind-body')) return undefined;
  return (BUNDLE_PATTERN.exec(html)?.[1] as SearchBundle | undefined) ?? 'recent';
}

/** The built pages that may be indexed, as paths relative to `siteDir` (`consultations/x/index.html`). */
function* indexablePages(siteDir: string): Generator<string> {
  for (const folder of INDEXED_FOLDERS) {
    if (!existsSync(path.join(siteDir, folder))) continue;
    for (const name of readdirSync(path.join(siteDir, folder))) {
      const file = `${folder}/${name}/index.html`;
      if (existsSync(path.join(siteDir, file))) yield file;
    }
  }
}

async function indexWithNodeApi(siteDir: string, bundle: SearchBundle, files: readonly string[]): Promise<IndexedBundle> {
  const folder = SEARCH_BUNDLE_FOLDERS[bundle];
  const created = await pagefind.createIndex({});
  if (!created.index) throw new Error(`Pagefind could not start for the ${bundle} search bundle: ${created.errors.join('; ')}`);
  try {
    const { index } = created;
    await Promise.all(
      files.map(async (file) => {
        const response = await index.addHTMLFile({ sourcePath: file, content: readFileSync(path.join(siteDir, file), 'utf8') });
        if (response.errors.length > 0) throw new Error(`Pagefind could not index ${file}: ${response.errors.join('; ')}`);
      }),
    );
    const written = await index.writeFiles({ outputPath: path.join(siteDir, folder) });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write the ${bundle} search bundle: ${written.errors.join('; ')}`);
  } finally {
    await pagefind.close();
  }
  return { bundle, folder, pages: pageCount(path.join(siteDir, folder)) };
}

async function indexArchiveWithCli(siteDir: string, expectedPages: number): Promise<IndexedBundle> {
  const bundle = 'archive';
  const folder = SEARCH_BUNDLE_FOLDERS[bundle];
  const outputPath = path.join(siteDir, folder);
  const args = [PAGEFIND_CLI, '--site', siteDir, '--glob', INDEXED_PAGES_GLOB, '--output-path', outputPath, '--exclude-selectors', NOT_ARCHIVE, '--quiet'];
  const output = await new Promise<string>((resolve, reject) => {
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let text = '';
    child.stdout.on('data', (chunk: Buffer) => (text += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (text += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(text) : reject(new Error(`Pagefind could not build the ${bundle} search bundle (exit ${code}):\n${text.trim()}`))));
  });
  if (/\bwarn/i.test(output)) process.stderr.write(output);
  // The bundle depends on Pagefind dropping pages whose indexed element is excluded: check it did.
  const pages = pageCount(outputPath);
  if (pages !== expectedPages) throw new Error(`Pagefind put ${pages} pages in the ${bundle} search bundle, but ${expectedPages} pages belong there`);
  return { bundle, folder, pages };
}

/** Pages in a written bundle, from its entry file. */
function pageCount(outputPath: string): number {
  const entry = path.join(outputPath, 'pagefind-entry.json');
  const { languages } = JSON.parse(readFileSync(entry, 'utf8')) as { languages: Record<string, { page_count: number }> };
  return Object.values(languages).reduce((sum, language) => sum + language.page_count, 0);
}
