/**
 * What a visitor downloads for each kind of page of a built site: the HTML and the CSS and JavaScript
 * it links, raw and gzipped (as GitHub Pages and most hosts serve text). A page's own inline scripts
 * count as JavaScript; lazy imports (the search island's Pagefind) are measured separately.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export interface Bytes {
  html: number;
  css: number;
  js: number;
}

export interface PageWeight {
  /** Path under the site root, e.g. `consultations/bus-network-changes-kelbrook-2019/index.html`. */
  page: string;
  raw: Bytes;
  gzip: Bytes;
}

export interface TemplateWeight {
  template: string;
  pages: number;
  /** The page with the median gzipped total, and the heaviest page. */
  median: PageWeight;
  max: PageWeight;
}

const TEMPLATES: readonly [RegExp, string][] = [
  [/^index\.html$/, 'home'],
  [/^consultations\/index\.html$/, 'finder'],
  [/^consultations\/page\/\d+\/index\.html$/, 'finder, later pages'],
  [
    /^consultations\/(?:status|activity|topic|area|audience|year)\/[^/]+\/(?:page\/\d+\/)?index\.html$/,
    'finder, one filter',
  ],
  [
    /^consultations\/status\/[^/]+\/(?:topic|area)\/[^/]+\/(?:page\/\d+\/)?index\.html$/,
    'finder, status with a filter',
  ],
  [/^consultations\/[^/]+\/index\.html$/, 'consultation'],
  [/^feedback\/index\.html$/, 'feedback list'],
  [/^feedback\/[^/]+\/index\.html$/, 'feedback report'],
];

/** The route a built page came from: fixed names for the archive's templates, else its first folder. */
export function templateOf(page: string): string {
  for (const [pattern, name] of TEMPLATES) if (pattern.test(page)) return name;
  const parts = page.split('/');
  return parts.length > 2 ? `${parts[0]}/*` : parts.length === 2 ? parts[0]! : page;
}

const ATTRIBUTE = (name: string) => new RegExp(`\\s${name}\\s*=\\s*["']?([^"'\\s>]+)`, 'i');

/** Stylesheets, module preloads and scripts a page loads, as site paths; and its inline scripts. */
export function linkedAssets(html: string): { css: string[]; js: string[]; inlineJs: string[] } {
  const css: string[] = [];
  const js: string[] = [];
  const inlineJs: string[] = [];
  for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
    const rel = ATTRIBUTE('rel').exec(tag)?.[1]?.toLowerCase();
    const href = ATTRIBUTE('href').exec(tag)?.[1];
    if (href && rel === 'stylesheet') css.push(href);
    if (href && rel === 'modulepreload') js.push(href);
  }
  for (const [, attributes, content] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const type = ATTRIBUTE('type').exec(attributes!)?.[1]?.toLowerCase();
    if (type && type !== 'module' && type !== 'text/javascript') continue; // JSON data, not code
    const src = ATTRIBUTE('src').exec(attributes!)?.[1];
    if (src) js.push(src);
    else if (content!.trim()) inlineJs.push(content!);
  }
  return { css: [...new Set(css)], js: [...new Set(js)], inlineJs };
}

export function htmlPages(distDir: string): string[] {
  return readdirSync(distDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => path.relative(distDir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}

const gzipSize = (bytes: Buffer | string) => gzipSync(bytes).byteLength;

/** Measures pages; assets shared by many pages are read and compressed once. */
export function pageWeigher(distDir: string, base = '/'): (page: string) => PageWeight {
  const assets = new Map<string, { raw: number; gzip: number }>();
  const asset = (href: string) => {
    const clean = href.split(/[?#]/)[0]!;
    let sizes = assets.get(clean);
    if (!sizes) {
      if (/^(?:[a-z]+:)?\/\//i.test(clean)) return { raw: 0, gzip: 0 }; // another site's file: not ours to weigh
      const relative = clean.startsWith(base) ? clean.slice(base.length) : clean.replace(/^\//, '');
      const bytes = readFileSync(path.join(distDir, relative));
      sizes = { raw: bytes.byteLength, gzip: gzipSize(bytes) };
      assets.set(clean, sizes);
    }
    return sizes;
  };
  const sum = (hrefs: string[], kind: 'raw' | 'gzip') => hrefs.reduce((total, href) => total + asset(href)[kind], 0);
  return (page) => {
    const html = readFileSync(path.join(distDir, page));
    const { css, js, inlineJs } = linkedAssets(html.toString('utf8'));
    const inline = inlineJs.join('');
    return {
      page,
      raw: { html: html.byteLength, css: sum(css, 'raw'), js: sum(js, 'raw') + Buffer.byteLength(inline) },
      gzip: { html: gzipSize(html), css: sum(css, 'gzip'), js: sum(js, 'gzip') + (inline ? gzipSize(inline) : 0) },
    };
  };
}

export const totalBytes = (bytes: Bytes) => bytes.html + bytes.css + bytes.js;

/** Every HTML page of `distDir`, grouped by template, with the median and heaviest page of each. */
export function templateWeights(distDir: string, base = '/'): TemplateWeight[] {
  const weigh = pageWeigher(distDir, base);
  const groups = new Map<string, PageWeight[]>();
  for (const page of htmlPages(distDir)) {
    const template = templateOf(page);
    const weight = weigh(page);
    const group = groups.get(template);
    if (group) group.push(weight);
    else groups.set(template, [weight]);
  }
  return [...groups].map(([template, weights]) => {
    const sorted = weights.sort((a, b) => totalBytes(a.gzip) - totalBytes(b.gzip));
    return {
      template,
      pages: sorted.length,
      median: sorted[Math.floor((sorted.length - 1) / 2)]!,
      max: sorted.at(-1)!,
    };
  });
}
