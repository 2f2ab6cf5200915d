/**
 * Builds the Pagefind bundles while the site renders, from each page's HTML as it is rendered. Each
 * page comes with the bundle its search record put it in (lib/search/record.ts).
 *
 * - Recent pages go to Pagefind's Node API as they come, and the bundle is written at the end
 *   (2.2 s for 1,221 pages at 10,000 consultations).
 * - The archive is most of the pages. Pagefind's Node API takes one page at a time, and writing an
 *   18,000-page bundle through it took 22 s. The CLI uses every core, so each archive part goes
 *   through the CLI instead. It starts as soon as every page of its kind is on disk: the renderer
 *   puts those pages first (see src/integrations/search-index.ts). Consultations are then indexed while
 *   feedback reports render, and feedback reports while the finder pages render.
 */
import { spawn } from 'node:child_process';
import { readFileSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import type { CustomRecord, PagefindIndex } from 'pagefind';
import {
  archivePartFolder,
  SEARCH_BUNDLE_ATTRIBUTE,
  SEARCH_BUNDLE_FOLDERS,
  type ArchivePart,
  type SearchBundle,
} from './bundles.ts';

export interface IndexedBundle {
  /** The folder the bundle was written to, inside the site's output. */
  folder: string;
  pages: number;
}

const PAGEFIND_CLI = fileURLToPath(new URL('./runner/bin.cjs', import.meta.resolve('pagefind')));
/** What the CLI leaves out of an archive part: the indexed element of every recent page of that kind. */
const NOT_ARCHIVE = `[data-pagefind-body]:not([${SEARCH_BUNDLE_ATTRIBUTE}="archive"])`;
/** How long a rendered page may take to reach the disk before the build gives up waiting for it. */
const WRITE_TIMEOUT_MS = 120_000;

/** A page as it is rendered. */
export interface RenderedPage {
  /** Its file in the built site: `consultations/x/index.html`. */
  sourcePath: string;
  html: string;
  /** The bundle its search record puts it in; undefined for a page search does not index. */
  bundle: SearchBundle | undefined;
  /** The archive part its kind of page belongs to, if any. */
  part?: ArchivePart;
}

/** One archive part: the pages of its kind, counted as they render, and its bundle once all are written. */
interface PartProgress {
  expected: number;
  rendered: { file: string; bytes: number }[];
  archivePages: number;
  indexed?: Promise<IndexedBundle | undefined>;
}

export class SearchIndexer {
  private readonly parts = new Map<ArchivePart, PartProgress>();
  private recentIndex?: Promise<PagefindIndex>;
  private readonly recentPages: Promise<void>[] = [];
  private readonly failures: string[] = [];

  /** `siteDir` is the built site's folder; bundles left there by an earlier build are removed. */
  constructor(private readonly siteDir: string) {
    for (const folder of Object.values(SEARCH_BUNDLE_FOLDERS))
      rmSync(path.join(siteDir, folder), { recursive: true, force: true });
  }

  /** How many pages of `part`'s kind will be rendered: its bundle is built once the last one is written. */
  expectPages(part: ArchivePart, count: number): void {
    this.parts.set(part, { expected: count, rendered: [], archivePages: 0 });
  }

  /** A rendered page: indexed in its bundle, and counted towards its kind's archive part. */
  add({ sourcePath, html, bundle, part }: RenderedPage): void {
    // The record's attributes mark what Pagefind indexes: without them it would index the whole page.
    if (bundle && !html.includes('data-pagefind-body'))
      this.failures.push(`${sourcePath} has a search record but no element with its data-pagefind-body attributes`);
    else if (bundle === 'recent') this.recentPages.push(this.addRecent(sourcePath, html));
    const progress = part && this.parts.get(part);
    if (!progress) {
      if (bundle === 'archive')
        this.failures.push(
          `${sourcePath} is an older page, but only ${[...this.parts.keys()].join(' and ')} pages are indexed in the archive`,
        );
      return;
    }
    // Every page of an archive part's kind is indexed somewhere: one without its record would be missing from search.
    if (!bundle)
      this.failures.push(`${sourcePath} is one of the ${part} pages, but was rendered without its search record`);
    progress.rendered.push({ file: path.join(this.siteDir, sourcePath), bytes: Buffer.byteLength(html) });
    if (bundle === 'archive') progress.archivePages += 1;
    if (progress.rendered.length === progress.expected) {
      progress.indexed = this.indexPart(part, progress);
      // Awaited in finish(); this keeps a failure from being reported as unhandled before then.
      progress.indexed.catch(() => undefined);
    }
  }

  /** Waits for every bundle to be written and returns them; throws if a page or a bundle failed. */
  async finish(): Promise<IndexedBundle[]> {
    try {
      const recent = await this.writeRecent();
      const archive: (IndexedBundle | undefined)[] = [];
      for (const [part, progress] of this.parts) {
        if (progress.rendered.length !== progress.expected)
          throw new Error(
            `Expected ${progress.expected} ${part} pages to index, but ${progress.rendered.length} were rendered`,
          );
        // No bundle was started for a kind with no pages at all.
        archive.push(await progress.indexed);
      }
      if (this.failures.length > 0)
        throw new Error(
          `Pagefind could not index ${this.failures.length} page(s):\n${this.failures.slice(0, 10).join('\n')}`,
        );
      return [recent, ...archive].filter((bundle) => bundle !== undefined);
    } finally {
      await pagefind.close();
    }
  }

  /** Records with no page here (partners' consultations, lib/search/record.ts partnerSearchRecords): recent bundle. */
  addCustomRecords(records: readonly CustomRecord[]): void {
    for (const record of records)
      this.recentPages.push(this.indexRecent(record.url, (index) => index.addCustomRecord(record)));
  }

  private addRecent(sourcePath: string, html: string): Promise<void> {
    return this.indexRecent(sourcePath, (index) => index.addHTMLFile({ sourcePath, content: html }));
  }

  private async indexRecent(name: string, add: (index: PagefindIndex) => Promise<{ errors: string[] }>): Promise<void> {
    this.recentIndex ??= pagefind.createIndex({}).then((created) => {
      if (!created.index)
        throw new Error(`Pagefind could not start for the recent search bundle: ${created.errors.join('; ')}`);
      return created.index;
    });
    const sourcePath = name;
    try {
      const response = await add(await this.recentIndex);
      if (response.errors.length > 0) this.failures.push(`${sourcePath}: ${response.errors.join('; ')}`);
    } catch (error) {
      this.failures.push(`${sourcePath}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  private async writeRecent(): Promise<IndexedBundle | undefined> {
    await Promise.all(this.recentPages);
    if (!this.recentIndex) return undefined;
    const folder = SEARCH_BUNDLE_FOLDERS.recent;
    const written = await (await this.recentIndex).writeFiles({ outputPath: path.join(this.siteDir, folder) });
    if (written.errors.length > 0)
      throw new Error(`Pagefind could not write the recent search bundle: ${written.errors.join('; ')}`);
    return { folder, pages: pageCount(path.join(this.siteDir, folder)) };
  }

  private async indexPart(part: ArchivePart, progress: PartProgress): Promise<IndexedBundle | undefined> {
    // Never without archive pages: finding no data-pagefind-body left, the CLI would index every page's <body>.
    if (progress.archivePages === 0) return undefined;
    await pagesWritten(progress.rendered);
    const folder = archivePartFolder(part);
    const outputPath = path.join(this.siteDir, folder);
    await runPagefindCli([
      '--site',
      this.siteDir,
      '--glob',
      `${part}/*/index.html`,
      '--output-path',
      outputPath,
      '--exclude-selectors',
      NOT_ARCHIVE,
      '--quiet',
    ]);
    // The part depends on Pagefind dropping pages whose indexed element is excluded: check it did.
    const pages = pageCount(outputPath);
    if (pages !== progress.archivePages)
      throw new Error(`Pagefind put ${pages} pages in ${folder}, but ${progress.archivePages} pages belong there`);
    return { folder, pages };
  }
}

/** Resolves once every file is on disk at its rendered size: Astro writes each page just after rendering it. */
async function pagesWritten(files: readonly { file: string; bytes: number }[]): Promise<void> {
  const deadline = Date.now() + WRITE_TIMEOUT_MS;
  const isWritten = ({ file, bytes }: { file: string; bytes: number }) =>
    statSync(file, { throwIfNoEntry: false })?.size === bytes;
  let waiting = files.filter((page) => !isWritten(page));
  while (waiting.length > 0) {
    if (Date.now() > deadline)
      throw new Error(`${waiting.length} rendered page(s) never reached the disk, such as ${waiting[0]!.file}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
    waiting = waiting.filter((page) => !isWritten(page));
  }
}

async function runPagefindCli(args: string[]): Promise<void> {
  const output = await new Promise<string>((resolve, reject) => {
    const child = spawn(process.execPath, [PAGEFIND_CLI, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let text = '';
    child.stdout.on('data', (chunk: Buffer) => (text += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (text += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve(text) : reject(new Error(`Pagefind failed (exit ${code}):\n${text.trim()}`)),
    );
  });
  if (/\bwarn/i.test(output)) process.stderr.write(output);
}

/** Pages in a written bundle, from its entry file. */
function pageCount(outputPath: string): number {
  const entry = path.join(outputPath, 'pagefind-entry.json');
  const { languages } = JSON.parse(readFileSync(entry, 'utf8')) as {
    languages: Record<string, { page_count: number }>;
  };
  return Object.values(languages).reduce((sum, language) => sum + language.page_count, 0);
}
