/** Real Pagefind over a tiny site, fed page by page as Astro renders and writes it. */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ARCHIVE_PARTS, type ArchivePart, type SearchBundle } from './bundles.ts';
import { SearchIndexer } from './index-pages.ts';
import { pagefindBody } from './record.ts';

const sites: string[] = [];
afterAll(() => {
  for (const site of sites) rmSync(site, { recursive: true, force: true });
});

function emptySite(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'search-bundles-'));
  sites.push(dir);
  return dir;
}

/** An indexer told how many pages of each kind Astro will render, as the site's integration tells it. */
function indexerExpecting(dir: string, pages: Record<ArchivePart, number>): SearchIndexer {
  const indexer = new SearchIndexer(dir);
  for (const part of ARCHIVE_PARTS) indexer.expectPages(part, pages[part]);
  return indexer;
}

type PageContent = { bundle: SearchBundle; text: string } | { unindexed: string };

/** A page as the site renders it: an indexed one has its search record's attributes on its <article>. */
function pageHtml(content: PageContent): string {
  const body =
    'text' in content
      ? `<article${attributesOf(content.bundle)}><h1>${content.text}</h1><p>${content.text} in words.</p></article>`
      : `<p>${content.unindexed}</p>`;
  return `<!doctype html><html lang="en-GB"><head><title>${'text' in content ? content.text : 'Finder'}</title></head><body><header>Harrowdale County Council</header><main>${body}</main></body></html>`;
}

function attributesOf(bundle: SearchBundle): string {
  const placement = bundle === 'recent' ? { bundle } : { bundle, part: 'consultations' as const };
  return Object.entries(
    pagefindBody({ placement, meta: { type: 'Consultation' }, filters: {}, sortDate: '2026-01-05' }),
  )
    .map(([name, value]) => (value ? ` ${name}="${value}"` : ` ${name}`))
    .join('');
}

/** Writes a page where Astro would, and returns its path relative to the site. */
function writePage(dir: string, page: string, html: string): string {
  mkdirSync(path.join(dir, page), { recursive: true });
  writeFileSync(path.join(dir, page, 'index.html'), html);
  return `${page}/index.html`;
}

/** Renders `pages` into `indexer` in order, each written to disk just before it is handed over, as Astro does. */
/** The bundle comes with the page, as the integration reads it from the page's response. */
function render(dir: string, indexer: SearchIndexer, pages: [string, PageContent, ArchivePart?][]) {
  for (const [page, content, part] of pages) {
    const html = pageHtml(content);
    indexer.add({
      sourcePath: writePage(dir, page, html),
      html,
      bundle: 'text' in content ? content.bundle : undefined,
      part,
    });
  }
}

const pageCount = (dir: string, folder: string) =>
  (
    JSON.parse(readFileSync(path.join(dir, folder, 'pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    }
  ).languages['en-gb']!.page_count;

describe('SearchIndexer', () => {
  it('writes the recent bundle and one archive bundle per kind of page, each with its own pages', async () => {
    const dir = emptySite();
    const indexer = indexerExpecting(dir, { consultations: 3, feedback: 2 });
    render(dir, indexer, [
      ['consultations/bus-review', { bundle: 'recent', text: 'Bus network review' }, 'consultations'],
      ['consultations/old-library', { bundle: 'archive', text: 'Library closures of 2015' }, 'consultations'],
      ['consultations/old-parking', { bundle: 'archive', text: 'Parking charges of 2016' }, 'consultations'],
      ['feedback/bus-review', { bundle: 'recent', text: 'Bus network feedback' }, 'feedback'],
      ['feedback/old-library', { bundle: 'archive', text: 'What we did about library closures' }, 'feedback'],
      ['strategies/engagement', { bundle: 'recent', text: 'Engagement strategy' }],
      ['consultations/topic/transport', { unindexed: 'A finder page' }],
    ]);
    expect(await indexer.finish()).toEqual([
      { folder: 'pagefind/', pages: 3 },
      { folder: 'pagefind-archive/consultations/', pages: 2 },
      { folder: 'pagefind-archive/feedback/', pages: 1 },
    ]);
    expect(pageCount(dir, 'pagefind')).toBe(3);
  });

  it('waits for an archive page to reach the disk before indexing its kind', async () => {
    const dir = emptySite();
    const indexer = indexerExpecting(dir, { consultations: 1, feedback: 0 });
    const html = pageHtml({ bundle: 'archive', text: 'Library closures of 2015' });
    // Handed over before Astro has written it, as happens for the last page of a kind.
    indexer.add({ sourcePath: 'consultations/old-library/index.html', html, bundle: 'archive', part: 'consultations' });
    await new Promise((resolve) => setTimeout(resolve, 100));
    writePage(dir, 'consultations/old-library', html);
    expect(await indexer.finish()).toEqual([{ folder: 'pagefind-archive/consultations/', pages: 1 }]);
  });

  it('leaves no archive folder for a kind with no older pages, and removes bundles left by an earlier build', async () => {
    const dir = emptySite();
    mkdirSync(path.join(dir, 'pagefind-archive/feedback'), { recursive: true });
    const indexer = indexerExpecting(dir, { consultations: 1, feedback: 1 });
    render(dir, indexer, [
      ['consultations/bus-review', { bundle: 'recent', text: 'Bus network review' }, 'consultations'],
      ['feedback/bus-review', { bundle: 'recent', text: 'Bus network feedback' }, 'feedback'],
    ]);
    expect(await indexer.finish()).toEqual([{ folder: 'pagefind/', pages: 2 }]);
    // The search page would otherwise fetch an archive that is not there, or a stale one.
    expect(existsSync(path.join(dir, 'pagefind-archive'))).toBe(false);
  });

  it('fails the build when an older page is of a kind the archive does not index', async () => {
    const dir = emptySite();
    const indexer = indexerExpecting(dir, { consultations: 0, feedback: 0 });
    render(dir, indexer, [['strategies/engagement-2015', { bundle: 'archive', text: 'Engagement strategy 2015' }]]);
    await expect(indexer.finish()).rejects.toThrow(
      'strategies/engagement-2015/index.html is an older page, but only consultations and feedback pages are indexed in the archive',
    );
  });

  it('fails the build when a page names a bundle but has no indexed element, rather than index all of it', async () => {
    const dir = emptySite();
    const indexer = indexerExpecting(dir, { consultations: 0, feedback: 0 });
    const html = pageHtml({ unindexed: 'Engagement strategy' });
    indexer.add({ sourcePath: writePage(dir, 'strategies/engagement', html), html, bundle: 'recent' });
    await expect(indexer.finish()).rejects.toThrow(
      'strategies/engagement/index.html has a search record but no element with its data-pagefind-body attributes',
    );
  });

  it('fails the build when a page of an archive part comes without its search record', async () => {
    const dir = emptySite();
    const indexer = indexerExpecting(dir, { consultations: 1, feedback: 0 });
    render(dir, indexer, [['consultations/bus-review', { unindexed: 'Bus network review' }, 'consultations']]);
    await expect(indexer.finish()).rejects.toThrow(
      'consultations/bus-review/index.html is one of the consultations pages, but was rendered without its search record',
    );
  });

  it('fails the build when fewer pages of a kind were rendered than Astro listed', async () => {
    const dir = emptySite();
    const indexer = indexerExpecting(dir, { consultations: 2, feedback: 0 });
    render(dir, indexer, [
      ['consultations/old-library', { bundle: 'archive', text: 'Library closures of 2015' }, 'consultations'],
    ]);
    await expect(indexer.finish()).rejects.toThrow('Expected 2 consultations pages to index, but 1 were rendered');
  });
});
