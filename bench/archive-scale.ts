/**
 * `npm run bench [-- --sizes 1000,10000] [--seed 1] [--keep] [--work DIR] [--skip hugo,bare,search,check,history]`
 *
 * For each size: generates an archive with a realistic git history, then measures on the same files
 * the site's build and Pagefind index, a bare Astro site and Hugo, the content check and the history
 * extraction, the weight of each page template and the bytes search fetches. Prints a table and
 * writes bench/results.json. See bench/README.md for how to read it.
 */
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  linkSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import type { Route } from 'playwright-core';
import { importArchiveHistory } from './archive/git-history.ts';
import { measureCommand, type Measurement } from './measure/measure.ts';
import { htmlPages, templateWeights, totalBytes, type TemplateWeight } from './measure/page-weight.ts';
import { writeArchiveTree } from './archive/tree.ts';
import { resolveToday } from '../src/lib/dates/calendar-date.ts';
import { readRepositoryHistory } from '../src/lib/history/history.ts';
import { SEARCH_BUNDLE_FOLDERS } from '../src/lib/search/bundles.ts';
import { CHROMIUM_PATH, launchBrowser } from '../support/browser.ts';
import { copyProjectInto, linkNodeModules } from '../support/project-copy.ts';
import { serveDirectory } from '../support/static-server.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const NODE_MODULES = path.join(ROOT, 'node_modules');
const ASTRO = path.join(NODE_MODULES, 'astro/bin/astro.mjs');
const TSX = path.join(NODE_MODULES, 'tsx/dist/cli.mjs');
type Step = 'bare' | 'hugo' | 'check' | 'history' | 'search';

/** Typical searches: a word, a filter on its own, and both (filters use the labels residents see). */
const SEARCHES = [
  { name: 'query "library"', query: 'q=library' },
  { name: 'filter topic=Libraries', query: 'topic=Libraries' },
  { name: 'query "parking" + area=Kelbrook', query: 'q=parking&area=Kelbrook' },
];

// Internal: `bench.ts --history-of DIR` runs the history extraction alone, so it is measured as its own process.
if (process.argv[2] === '--history-of') {
  const history = readRepositoryHistory(process.argv[3]!);
  process.stdout.write(
    `${JSON.stringify({ files: history.files.size, commits: history.commitCount, complete: history.complete })}\n`,
  );
  process.exit(0);
}

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,10000' },
    seed: { type: 'string', default: '1' },
    today: { type: 'string' },
    work: { type: 'string' },
    keep: { type: 'boolean', default: false },
    skip: { type: 'string', default: '' },
    out: { type: 'string', default: path.join(ROOT, 'bench/results.json') },
  },
});
const sizes = values.sizes.split(',').map((size) => Number(size.trim()));
if (sizes.some((size) => !Number.isInteger(size) || size < 1))
  throw new Error(`--sizes must be whole numbers, e.g. 1000,10000; got ${values.sizes}`);
const skip = new Set(values.skip.split(',').filter(Boolean) as Step[]);
const today = resolveToday(values.today ?? process.env.TODAY ?? '2026-11-23');
const seed = Number(values.seed);
const env: NodeJS.ProcessEnv = {
  ...process.env,
  TODAY: today,
  ASTRO_TELEMETRY_DISABLED: '1',
  // Children that look for `node` get the pinned Node 22 this script runs on.
  PATH: `${path.dirname(process.execPath)}${path.delimiter}${process.env.PATH ?? ''}`,
};
const hugoVersion = commandVersion('hugo', ['version']);
if (!hugoVersion && !skip.has('hugo')) {
  process.stderr.write(
    'Hugo is not installed, so the Hugo baseline is skipped. Install it with: apt-get install hugo\n',
  );
  skip.add('hugo');
}
if (!existsSync(CHROMIUM_PATH) && !skip.has('search')) {
  process.stderr.write(
    `Chromium is not at ${CHROMIUM_PATH}, so the search figures are skipped. Install it with: apt-get install chromium\n`,
  );
  skip.add('search');
}
const workRoot = values.work ? path.resolve(values.work) : mkdtempSync(path.join(os.tmpdir(), 'consultation-bench-'));

interface Build {
  seconds: number;
  peakMb: number;
  pages: number;
  logLines: number;
  load: [number, number];
}

interface FetchedBytes {
  pagefindRequests: number;
  pagefindRaw: number;
  /** As a host that gzips text sends them (Pagefind's own index files are already compressed). */
  pagefindGzip: number;
  pageGzip: number;
}

interface SearchBytes {
  name: string;
  url: string;
  /** What a first-time visitor fetched until the first (recent) results showed. */
  first: FetchedBytes & { summary: string };
  /** Everything fetched once the older results showed too. */
  all: FetchedBytes & { summary: string };
}

interface SizeResult {
  consultations: number;
  feedback: number;
  contentFiles: number;
  commits: number;
  prepareSeconds: number;
  /** `npm run build`: Astro with the search-index integration, which indexes while pages render; `index` is what it took after the last page. */
  site: { build: Build; index: { seconds: number; bundles: string }; totalSeconds: number; peakMb: number };
  bareAstro?: Build;
  hugo?: Build;
  ratios: { siteToBareAstro?: number; siteToHugo?: number; bareAstroToHugo?: number };
  check?: { seconds: number; peakMb: number; files: number; errors: number; warnings: number };
  history?: { seconds: number; peakMb: number; files: number; commits: number };
  pageWeights: TemplateWeight[];
  bareAstroConsultation?: TemplateWeight;
  search?: SearchBytes[];
}

const results: SizeResult[] = [];
for (const size of sizes) results.push(await benchSize(size));
const report = {
  generatedAt: new Date().toISOString(),
  today,
  seed,
  machine: {
    cpus: os.cpus().length,
    memoryGb: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    astro: packageVersion('astro'),
    pagefind: packageVersion('pagefind'),
    hugo: hugoVersion,
  },
  sizes: results,
};
writeFileSync(values.out, `${JSON.stringify(report, null, 2)}\n`);
process.stdout.write(`\n${table(results)}\nWrote ${path.relative(process.cwd(), values.out) || values.out}\n`);
if (!values.keep) rmSync(workRoot, { recursive: true, force: true });
else process.stdout.write(`Kept the generated sites in ${workRoot}\n`);

async function benchSize(size: number): Promise<SizeResult> {
  const work = path.join(workRoot, `n${size}`);
  const site = path.join(work, 'site');
  const logs = path.join(work, 'logs');
  const log = (text: string) => process.stdout.write(`[${size}] ${text}\n`);
  rmSync(work, { recursive: true, force: true });
  mkdirSync(logs, { recursive: true });

  let started = performance.now();
  const tree = writeArchiveTree({ projectRoot: ROOT, outDir: site, count: size, seed, today });
  const commits = importArchiveHistory(site, tree.files, tree.copied, today);
  copyProjectInto(site);
  const prepareSeconds = (performance.now() - started) / 1000;
  log(
    `${tree.consultations} consultations, ${tree.feedback} feedback reports, ${commits} commits (${prepareSeconds.toFixed(1)} s to generate)`,
  );

  // The site's own build script: the Node flags in package.json, and the integration that indexes.
  const buildArgs = (
    JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: { build: string } }
  ).scripts.build
    .split(' ')
    .slice(1);
  const siteBuild = await build(
    'site: npm run build',
    process.execPath,
    buildArgs,
    site,
    path.join(logs, 'site-build.log'),
    path.join(site, 'dist'),
  );
  const indexed = /Indexed (.+) in ([\d.]+) s/.exec(readFileSync(path.join(logs, 'site-build.log'), 'utf8'));
  const index = { seconds: Number(indexed?.[2] ?? Number.NaN), bundles: indexed?.[1] ?? 'not found in the log' };
  log(
    `site ${siteBuild.seconds.toFixed(1)} s, search index ${index.seconds.toFixed(1)} s after the last page (${siteBuild.pages} pages, ${siteBuild.peakMb} MB; ${index.bundles})`,
  );
  const result: SizeResult = {
    consultations: tree.consultations,
    feedback: tree.feedback,
    contentFiles: tree.files.length + tree.copied.filter((file) => file.endsWith('.mdx')).length,
    commits,
    prepareSeconds,
    site: { build: siteBuild, index, totalSeconds: siteBuild.seconds, peakMb: siteBuild.peakMb },
    ratios: {},
    pageWeights: templateWeights(path.join(site, 'dist')),
  };

  if (!skip.has('bare')) {
    const bare = path.join(work, 'bare-astro');
    cpSync(path.join(ROOT, 'bench/bare-astro'), bare, { recursive: true });
    for (const collection of ['consultations', 'feedback'])
      cpSync(path.join(site, 'content', collection), path.join(bare, 'content', collection), { recursive: true });
    linkNodeModules(bare);
    result.bareAstro = await build(
      'bare Astro: astro build',
      process.execPath,
      [ASTRO, 'build'],
      bare,
      path.join(logs, 'bare-astro-build.log'),
      path.join(bare, 'dist'),
    );
    result.ratios.siteToBareAstro = result.site.totalSeconds / result.bareAstro.seconds;
    result.bareAstroConsultation = templateWeights(path.join(bare, 'dist')).find(
      (weight) => weight.template === 'consultation',
    );
    log(
      `bare Astro ${result.bareAstro.seconds.toFixed(1)} s (${result.bareAstro.pages} pages, ${result.bareAstro.peakMb} MB)`,
    );
  }

  if (!skip.has('hugo')) {
    const hugo = path.join(work, 'hugo');
    cpSync(path.join(ROOT, 'bench/hugo'), hugo, { recursive: true });
    // Hugo reads .md, not .mdx: the same files, hard-linked under the name Hugo expects.
    for (const collection of ['consultations', 'feedback']) {
      mkdirSync(path.join(hugo, 'content', collection), { recursive: true });
      for (const name of readdirSync(path.join(site, 'content', collection))) {
        linkSync(
          path.join(site, 'content', collection, name),
          path.join(hugo, 'content', collection, name.replace(/\.mdx$/, '.md')),
        );
      }
    }
    result.hugo = await build(
      'hugo',
      'hugo',
      ['--quiet', '--source', hugo, '--destination', path.join(hugo, 'public')],
      hugo,
      path.join(logs, 'hugo.log'),
      path.join(hugo, 'public'),
    );
    result.ratios.siteToHugo = result.site.totalSeconds / result.hugo.seconds;
    if (result.bareAstro) result.ratios.bareAstroToHugo = result.bareAstro.seconds / result.hugo.seconds;
    log(`Hugo ${result.hugo.seconds.toFixed(1)} s (${result.hugo.pages} pages, ${result.hugo.peakMb} MB)`);
  }

  if (!skip.has('check')) {
    const check = await measureCommand(
      process.execPath,
      [TSX, path.join(ROOT, 'scripts/check.ts'), '--root', site, '--json', '--today', today],
      { cwd: site, env, logFile: path.join(logs, 'check.log') },
    );
    if (check.exitCode > 1) mustSucceed('check', check, path.join(logs, 'check.log'));
    const findings = JSON.parse(check.stdout) as { files: number; errors: number; warnings: number };
    result.check = {
      seconds: check.seconds,
      peakMb: check.peakMb,
      files: findings.files,
      errors: findings.errors,
      warnings: findings.warnings,
    };
    log(
      `check ${check.seconds.toFixed(1)} s: ${findings.errors} errors, ${findings.warnings} warnings in ${findings.files} files`,
    );
  }

  if (!skip.has('history')) {
    const history = await measureCommand(
      process.execPath,
      [TSX, path.join(ROOT, 'bench/archive-scale.ts'), '--history-of', site],
      { cwd: site, env, logFile: path.join(logs, 'history.log') },
    );
    mustSucceed('history', history, path.join(logs, 'history.log'));
    const figures = JSON.parse(history.stdout) as { files: number; commits: number };
    result.history = { seconds: history.seconds, peakMb: history.peakMb, ...figures };
    log(`history ${history.seconds.toFixed(1)} s: ${figures.files} files, ${figures.commits} commits`);
  }

  if (!skip.has('search')) {
    started = performance.now();
    result.search = await searchBytes(path.join(site, 'dist'));
    log(`search bytes measured in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }
  return result;
}

async function build(
  label: string,
  command: string,
  args: string[],
  cwd: string,
  logFile: string,
  outDir: string,
): Promise<Build> {
  const run = await measureCommand(command, args, { cwd, env, logFile });
  mustSucceed(label, run, logFile);
  return buildFigures(run, htmlPages(outDir).length);
}

function buildFigures(run: Measurement, pages: number): Build {
  return { seconds: run.seconds, peakMb: run.peakMb, pages, logLines: run.logLines, load: run.load };
}

function mustSucceed(label: string, run: Measurement, logFile: string): void {
  if (run.exitCode === 0) return;
  throw new Error(
    `${label} failed (exit ${run.exitCode}); see ${logFile}:\n${run.stderr.slice(-2000) || run.stdout.slice(-2000)}`,
  );
}

/**
 * Loads the search page in Chromium, as a first-time visitor, and adds up what was fetched: until the
 * first (recent) results show, and once the older results have come too.
 */
async function searchBytes(distDir: string): Promise<SearchBytes[]> {
  const server = await serveDirectory(distDir);
  const browser = await launchBrowser();
  const summary = '#search-summary';
  try {
    const measured: SearchBytes[] = [];
    for (const search of SEARCHES) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const bodies: Promise<{ url: string; bytes: Buffer }>[] = [];
      page.on('response', (response) => {
        if (response.status() === 200) bodies.push(response.body().then((bytes) => ({ url: response.url(), bytes })));
      });
      // The archive is held back until the first results are counted: the page starts fetching it as soon
      // as they show, so counting afterwards would race with those fetches (Pagefind fetches in a worker,
      // out of the page's own resource timings).
      const heldArchive: Route[] = [];
      let holdArchive = true;
      await context.route(`**/${SEARCH_BUNDLE_FOLDERS.archive}**`, (route) =>
        holdArchive ? heldArchive.push(route) : route.continue(),
      );
      await page.goto(`${server.url}/search/?${search.query}`);
      // The first results are on screen once the summary counts them (it then says it is searching older ones).
      await page.waitForFunction(
        (selector) => / results? for /.test(document.querySelector(selector)?.textContent ?? ''),
        summary,
        { timeout: 60_000 },
      );
      const first = { ...fetched(await Promise.all(bodies)), summary: (await page.textContent(summary)) ?? '' };
      holdArchive = false;
      await Promise.all(heldArchive.map((route) => route.continue()));
      await page.waitForFunction(
        (selector) => !/Searching/.test(document.querySelector(selector)?.textContent ?? ''),
        summary,
        { timeout: 120_000 },
      );
      await page.waitForLoadState('networkidle');
      const all = { ...fetched(await Promise.all(bodies)), summary: (await page.textContent(summary)) ?? '' };
      measured.push({ name: search.name, url: `/search/?${search.query}`, first, all });
      await context.close();
    }
    return measured;
  } finally {
    await browser.close();
    await server.close();
  }
}

function fetched(responses: { url: string; bytes: Buffer }[]): FetchedBytes {
  const isPagefind = (response: { url: string }) =>
    Object.values(SEARCH_BUNDLE_FOLDERS).some((folder) => new URL(response.url).pathname.includes(`/${folder}`));
  const compressed = (bytes: Buffer) => Math.min(bytes.byteLength, gzipSync(bytes).byteLength);
  const pagefind = responses.filter(isPagefind);
  return {
    pagefindRequests: pagefind.length,
    pagefindRaw: pagefind.reduce((sum, response) => sum + response.bytes.byteLength, 0),
    pagefindGzip: pagefind.reduce((sum, response) => sum + compressed(response.bytes), 0),
    pageGzip: responses
      .filter((response) => !isPagefind(response))
      .reduce((sum, response) => sum + compressed(response.bytes), 0),
  };
}

function commandVersion(command: string, args: string[]): string | undefined {
  const result = spawnSync(command, args, { encoding: 'utf8' });
  return result.status === 0 ? result.stdout.trim() : undefined;
}

function packageVersion(name: string): string {
  return (JSON.parse(readFileSync(path.join(NODE_MODULES, name, 'package.json'), 'utf8')) as { version: string })
    .version;
}

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

function secs(seconds: number | undefined): string {
  return seconds === undefined ? '-' : `${seconds.toFixed(1)} s`;
}

function ratio(value: number | undefined): string {
  return value === undefined ? '-' : `${value.toFixed(2)}x`;
}

function table(sizes: SizeResult[]): string {
  const rows: string[][] = [
    ['', ...sizes.map((size) => `${size.consultations} consultations (+${size.feedback} feedback)`)],
  ];
  const row = (label: string, cell: (size: SizeResult) => string) => rows.push([label, ...sizes.map(cell)]);
  row(
    'site: build + index',
    (size) => `${secs(size.site.totalSeconds)}, ${size.site.build.pages} pages, peak ${size.site.peakMb} MB`,
  );
  row('  search index, after the last page', (size) => `${secs(size.site.index.seconds)}: ${size.site.index.bundles}`);
  row('bare Astro: build', (size) =>
    size.bareAstro
      ? `${secs(size.bareAstro.seconds)}, ${size.bareAstro.pages} pages, ${size.bareAstro.peakMb} MB`
      : 'skipped',
  );
  row('Hugo: build', (size) =>
    size.hugo ? `${secs(size.hugo.seconds)}, ${size.hugo.pages} pages, ${size.hugo.peakMb} MB` : 'skipped',
  );
  row('site / bare Astro', (size) => ratio(size.ratios.siteToBareAstro));
  row(
    'site / Hugo',
    (size) => `${ratio(size.ratios.siteToHugo)} (bare Astro / Hugo ${ratio(size.ratios.bareAstroToHugo)})`,
  );
  row('check (all files)', (size) =>
    size.check
      ? `${secs(size.check.seconds)}, ${size.check.peakMb} MB, ${size.check.errors} errors, ${size.check.warnings} warnings`
      : 'skipped',
  );
  row('history (one git pass)', (size) =>
    size.history
      ? `${secs(size.history.seconds)}, ${size.history.peakMb} MB, ${size.history.commits} commits`
      : 'skipped',
  );
  row('load average (build start)', (size) => size.site.build.load[0].toFixed(1));
  // The finder's page budget (bench/README.md): every page of every finder template.
  row('finder pages', (size) => {
    const finder = size.pageWeights.filter((weight) => weight.template.startsWith('finder'));
    return `${finder.reduce((sum, weight) => sum + weight.pages, 0)} of ${size.site.build.pages} pages`;
  });
  const templates = [...new Set(sizes.flatMap((size) => size.pageWeights.map((weight) => weight.template)))];
  for (const template of templates) {
    row(`page gzip: ${template}`, (size) => {
      const weight = size.pageWeights.find((entry) => entry.template === template);
      if (!weight) return '-';
      const { gzip } = weight.max;
      return `${weight.pages} pages, median ${kb(totalBytes(weight.median.gzip))}, max ${kb(totalBytes(gzip))} (HTML ${kb(gzip.html)}, CSS ${kb(gzip.css)}, JS ${kb(gzip.js)})`;
    });
  }
  row('page gzip: bare Astro consultation', (size) =>
    size.bareAstroConsultation ? `median ${kb(totalBytes(size.bareAstroConsultation.median.gzip))}` : '-',
  );
  for (const [index, search] of SEARCHES.entries()) {
    row(`search: ${search.name}`, (size) => {
      const measured = size.search?.[index];
      if (!measured) return 'skipped';
      const { first, all } = measured;
      return `first results ${kb(first.pagefindGzip)} Pagefind (${first.pagefindRequests} files) + ${kb(first.pageGzip)} page; with older results ${kb(all.pagefindGzip)}; ${all.summary}`;
    });
  }
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((cells) => cells[column]!.length)));
  return rows
    .map((cells) =>
      cells
        .map((cell, column) => cell.padEnd(widths[column]!))
        .join(' | ')
        .trimEnd(),
    )
    .join('\n');
}
