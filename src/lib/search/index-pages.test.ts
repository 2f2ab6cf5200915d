/** Real Pagefind runs over a tiny built site: each bundle gets its own pages, and only those. */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { searchBundleAttributes, type SearchBundle } from './bundles.ts';
import { bundleOfPage, indexPages } from './index-pages.ts';

const sites: string[] = [];
afterAll(() => {
  for (const site of sites) rmSync(site, { recursive: true, force: true });
});

function site(pages: Record<string, { bundle?: SearchBundle; text: string } | { unindexed: string }>): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'search-bundles-'));
  sites.push(dir);
  for (const [page, content] of Object.entries(pages)) {
    const attributes = 'text' in content && content.bundle ? Object.entries(searchBundleAttributes(content.bundle)).map(([name, value]) => ` ${name}="${value}"`).join('') : '';
    const body = 'text' in content ? `<article data-pagefind-body${attributes}><h1>${content.text}</h1><p>${content.text} in words.</p></article>` : `<p>${content.unindexed}</p>`;
    mkdirSync(path.join(dir, page), { recursive: true });
    writeFileSync(path.join(dir, page, 'index.html'), `<!doctype html><html lang="en-GB"><head><title>${page}</title></head><body><header>Harrowdale County Council</header><main>${body}</main></body></html>`);
  }
  return dir;
}

const pageCount = (dir: string, folder: string) =>
  (JSON.parse(readFileSync(path.join(dir, folder, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> }).languages['en-gb']!.page_count;

describe('indexPages', () => {
  it('writes the recent and the archive bundle with their own pages; a page that names none is recent', async () => {
    const dir = site({
      'consultations/bus-review': { bundle: 'recent', text: 'Bus network review' },
      'feedback/bus-review': { bundle: 'recent', text: 'Bus network feedback' },
      'consultations/old-library': { bundle: 'archive', text: 'Library closures of 2015' },
      'strategies/engagement': { text: 'Engagement strategy' },
      'consultations/topic/transport': { unindexed: 'A finder page' },
    });
    const bundles = await indexPages(dir);
    expect(bundles).toEqual([
      { bundle: 'recent', folder: 'pagefind/', pages: 3 },
      { bundle: 'archive', folder: 'pagefind-archive/', pages: 1 },
    ]);
    expect(pageCount(dir, 'pagefind')).toBe(3);
    expect(pageCount(dir, 'pagefind-archive')).toBe(1);
  });

  it('leaves no archive folder when every page is recent (Pagefind would index every whole page)', async () => {
    const dir = site({ 'consultations/bus-review': { bundle: 'recent', text: 'Bus network review' }, 'feedback/bus-review': { bundle: 'recent', text: 'Feedback' } });
    mkdirSync(path.join(dir, 'pagefind-archive'));
    expect(await indexPages(dir)).toEqual([{ bundle: 'recent', folder: 'pagefind/', pages: 2 }]);
    // An archive folder left by an earlier build is removed too: the search page would fetch it.
    expect(existsSync(path.join(dir, 'pagefind-archive'))).toBe(false);
  });
});

describe('bundleOfPage', () => {
  it('reads the bundle a page names, takes recent when it names none, and skips pages Pagefind should not index', () => {
    expect(bundleOfPage('<article data-pagefind-body data-search-bundle="archive">Old</article>')).toBe('archive');
    expect(bundleOfPage('<article data-pagefind-body>Strategy</article>')).toBe('recent');
    expect(bundleOfPage('<h1>Finder</h1>')).toBeUndefined();
  });
});
