import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { linkedAssets, templateOf, templateWeights } from './page-weight.ts';

describe('templateOf', () => {
  it('names the archive templates and groups other pages by folder', () => {
    expect(templateOf('index.html')).toBe('home');
    expect(templateOf('consultations/index.html')).toBe('finder');
    expect(templateOf('consultations/page/3/index.html')).toBe('finder, later pages');
    expect(templateOf('consultations/topic/libraries/page/2/index.html')).toBe('finder, one filter');
    expect(templateOf('consultations/status/open/area/kelbrook/index.html')).toBe('finder, status with a filter');
    expect(templateOf('consultations/status/closed/topic/libraries/page/4/index.html')).toBe(
      'finder, status with a filter',
    );
    expect(templateOf('consultations/library-hours/index.html')).toBe('consultation');
    expect(templateOf('feedback/library-hours/index.html')).toBe('feedback report');
    expect(templateOf('search/index.html')).toBe('search');
    expect(templateOf('report/2025-26/index.html')).toBe('report/*');
  });
});

describe('linkedAssets', () => {
  it('finds stylesheets, module scripts and inline code, but not JSON data blocks', () => {
    const html = `<link href="/_astro/a.css" rel="stylesheet"><link rel="modulepreload" href="/_astro/b.js">
      <script type="module" src="/_astro/c.js"></script><script type="application/json">{"a":1}</script><script>go()</script>`;
    expect(linkedAssets(html)).toEqual({
      css: ['/_astro/a.css'],
      js: ['/_astro/b.js', '/_astro/c.js'],
      inlineJs: ['go()'],
    });
  });
});

describe('templateWeights', () => {
  const dist = mkdtempSync(path.join(tmpdir(), 'weights-'));
  afterAll(() => rmSync(dist, { recursive: true, force: true }));

  it('adds each page’s HTML to the CSS and JS it links, and reports the median and heaviest page', () => {
    const css = 'body { color: black; }\n'.repeat(50);
    const page = (words: number) =>
      `<!doctype html><link rel="stylesheet" href="/_astro/site.css"><p>${'consultation '.repeat(words)}</p>`;
    mkdirSync(path.join(dist, '_astro'));
    writeFileSync(path.join(dist, '_astro/site.css'), css);
    for (const [slug, words] of [
      ['a', 10],
      ['b', 2000],
      ['c', 300],
    ] as const) {
      mkdirSync(path.join(dist, 'consultations', slug), { recursive: true });
      writeFileSync(path.join(dist, 'consultations', slug, 'index.html'), page(words));
    }
    const [consultation] = templateWeights(dist);
    expect(consultation!.template).toBe('consultation');
    expect(consultation!.pages).toBe(3);
    expect(consultation!.median.page).toBe('consultations/c/index.html');
    expect(consultation!.max.page).toBe('consultations/b/index.html');
    expect(consultation!.max.raw).toEqual({ html: Buffer.byteLength(page(2000)), css: css.length, js: 0 });
    expect(consultation!.max.gzip.css).toBe(gzipSync(css).byteLength);
  });
});
