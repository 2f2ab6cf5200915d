import { describe, expect, it } from 'vitest';
import { recentFrom } from '../catalogue/recent.ts';
import { searchBundle, searchBundleAttributes } from './bundles.ts';
import { bundleOfPage } from './index-pages.ts';

const closing = (closes: string) => ({ data: { closes } }) as Parameters<typeof searchBundle>[0];

describe('searchBundle', () => {
  it('puts activities closing from a year ago on (and everything open or to come) in the recent bundle', () => {
    expect(recentFrom('2026-11-23')).toBe('2025-11-23');
    expect(searchBundle(closing('2025-11-23'), '2026-11-23')).toBe('recent');
    expect(searchBundle(closing('2027-03-01'), '2026-11-23')).toBe('recent');
    expect(searchBundle(closing('2025-11-22'), '2026-11-23')).toBe('archive');
  });
});

describe('bundleOfPage', () => {
  const page = (article: string) => `<!doctype html><html lang="en-GB"><body><main>${article}</main></body></html>`;
  const attributes = (bundle: 'recent' | 'archive') =>
    Object.entries(searchBundleAttributes(bundle))
      .map(([name, value]) => `${name}="${value}"`)
      .join(' ');

  it('reads the bundle the page names on its indexed element', () => {
    expect(bundleOfPage(page(`<article data-pagefind-body ${attributes('archive')}>Old</article>`))).toBe('archive');
    expect(bundleOfPage(page(`<article data-pagefind-body ${attributes('recent')}>New</article>`))).toBe('recent');
  });

  it('treats an indexed page that names no bundle as recent, and skips pages Pagefind should not index', () => {
    expect(bundleOfPage(page('<article data-pagefind-body>Strategy</article>'))).toBe('recent');
    expect(bundleOfPage(page('<h1>Finder</h1>'))).toBeUndefined();
  });

  it('names the bundle as a Pagefind filter read from the same attribute', () => {
    expect(searchBundleAttributes('archive')).toEqual({ 'data-search-bundle': 'archive', 'data-pagefind-filter': 'bundle[data-search-bundle]' });
  });
});
