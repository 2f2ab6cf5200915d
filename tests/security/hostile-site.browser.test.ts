/**
 * The proof that nothing a content file says runs or leaks on the site, even when the check is missed:
 * every content file of a `hostile-*` corpus case (folders and examples alike, read through
 * support/corpus.ts) is forced into a copy of the sample content, the site is built with the gate
 * bypassed (GATE_BYPASS_VARIABLE, tests only), and Chromium visits every page with a dialog listener,
 * a Content-Security-Policy violation listener and a DOM scan; the feeds, the open data and the search
 * index are scanned too.
 *
 * Files whose frontmatter cannot be used (broken YAML, tags, aliases, fields the schema rejects) cannot
 * be built at all: the loader leaves them out and logs why, and this test checks that it said so.
 * Each forced body is framed by two marker paragraphs, so the scan knows which elements came from
 * content and can hold them to the allowlist.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GATE_BYPASS_VARIABLE } from '../../src/lib/check/build-gate.ts';
import { splitFrontmatter } from '../../src/lib/content/source.ts';
import { COLLECTION_NAMES } from '../../src/lib/schema/index.ts';
import { launchBrowser } from '../../support/browser.ts';
import { corpusFolder } from '../../support/corpus.ts';
import { ROOT, TEST_TODAY } from '../../support/paths.ts';
import { copyProjectInto } from '../../support/project-copy.ts';
import { serveDirectory, type StaticServer } from '../../support/static-server.ts';

const CASES = corpusFolder();
const START = 'Content written by the file starts here.';
const END = 'Content written by the file ends here.';

interface Forced {
  case: string;
  /** `content/<collection>/<name>.mdx` in the forced tree. */
  file: string;
  route: string;
}

/** Copies every hostile file into the project's content, framing its body with the markers. */
function forceHostileContent(project: string): Forced[] {
  const forced: Forced[] = [];
  for (const name of readdirSync(CASES)
    .filter((entry) => entry.startsWith('hostile-'))
    .sort()) {
    for (const collection of COLLECTION_NAMES) {
      const dir = path.join(CASES, name, 'content', collection);
      if (!existsSync(dir)) continue;
      for (const fileName of readdirSync(dir).filter((entry) => entry.endsWith('.mdx'))) {
        const target = path.join(project, 'content', collection);
        mkdirSync(target, { recursive: true });
        const taken = existsSync(path.join(target, fileName));
        const forcedName = taken ? `${name}-${fileName}` : fileName;
        const text = readFileSync(path.join(dir, fileName), 'utf8');
        const { yaml, body } = splitFrontmatter(text);
        // Files without a readable split are forced as written: they are left out anyway.
        const framed =
          yaml === undefined ? text : `${text.slice(0, text.length - body.length)}\n${START}\n\n${body}\n\n${END}\n`;
        writeFileSync(path.join(target, forcedName), framed);
        forced.push({
          case: name,
          file: `content/${collection}/${forcedName}`,
          route: `/${collection}/${forcedName.replace(/\.mdx$/, '')}/`,
        });
      }
    }
  }
  return forced;
}

/** Every HTML page of the built site but /admin/ (Decap, not content), as site paths. */
function builtPages(dist: string): string[] {
  return (readdirSync(dist, { recursive: true, encoding: 'utf8' }) as string[])
    .filter((file) => file.endsWith('.html') && !file.startsWith('admin') && !file.startsWith('documents'))
    .map((file) => `/${file.replace(/(^|\/)index\.html$/, '$1')}`)
    .sort();
}

/** Runs in the page: everything in the DOM that could run script, restyle the page, load from elsewhere or spoof search. */
function scanPage({ start, end, scriptsAllowed }: { start: string; end: string; scriptsAllowed: boolean }): {
  problems: string[];
  framed: boolean;
} {
  const problems: string[] = [];
  const scriptish = (value: string) =>
    /^(?:javascript|vbscript|data):/i.test(value.replace(/[\u0000-\u0020\u007f]/g, ''));
  const foreign = (value: string) => new URL(value, document.baseURI).origin !== location.origin;
  const describe = (element: Element) => `<${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}>`;
  for (const element of document.querySelectorAll('*')) {
    for (const { name, value } of element.attributes) {
      if (/^on/i.test(name)) problems.push(`${describe(element)} has the event handler ${name}`);
      if (name === 'style') problems.push(`${describe(element)} has a style attribute`);
      if (name === 'ping') problems.push(`${describe(element)} reports clicks to ${value}`);
      if (
        /^(?:href|src|action|formaction|data|poster|ping|background|cite|xlink:href)$/i.test(name) &&
        scriptish(value)
      )
        problems.push(`${describe(element)} ${name}="${value}"`);
      if (/srcset/i.test(name) && value.split(',').some((candidate) => foreign(candidate.trim().split(/\s+/)[0] ?? '')))
        problems.push(`${describe(element)} loads from another site (${name})`);
    }
  }
  for (const link of document.querySelectorAll('a[href], area[href]')) {
    const { protocol } = new URL((link as HTMLAnchorElement).href);
    if (!/^(?:https?|mailto|tel):$/.test(protocol)) problems.push(`a link with the scheme ${protocol}`);
  }
  for (const image of document.images)
    if (image.getAttribute('src') && foreign(image.src)) problems.push(`an image from another site: ${image.src}`);
  for (const script of document.scripts) {
    const external = script.src && !foreign(script.src);
    if (!scriptsAllowed || !external || script.textContent?.trim())
      problems.push(`a script: ${script.src || script.textContent?.slice(0, 60)}`);
  }
  for (const element of document.querySelectorAll(
    'iframe, frame, frameset, object, embed, base, portal, template, style',
  ))
    problems.push(`a ${describe(element)} element`);
  for (const meta of document.querySelectorAll('meta[http-equiv]')) {
    if (meta.getAttribute('http-equiv')?.toLowerCase() !== 'content-security-policy')
      problems.push(`a <meta http-equiv="${meta.getAttribute('http-equiv')}">`);
  }
  for (const sheet of document.querySelectorAll('link[rel~="stylesheet"]'))
    if (foreign((sheet as HTMLLinkElement).href)) problems.push('a stylesheet from another site');
  // Inside what a content file wrote: only the allowlist's own attributes.
  const paragraphs = [...document.querySelectorAll('p')];
  const first = paragraphs.find((p) => p.textContent === start);
  const last = paragraphs.find((p) => p.textContent === end);
  if (first && last) {
    for (const element of document.querySelectorAll('*')) {
      const inside =
        first.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_FOLLOWING &&
        element.compareDocumentPosition(last) & Node.DOCUMENT_POSITION_FOLLOWING;
      if (!inside) continue;
      for (const { name, value } of element.attributes) {
        if (name.startsWith('data-') && !name.startsWith('data-footnote'))
          problems.push(`content set ${name}="${value}" on ${describe(element)}`);
        if (name === 'id' && !/^(?:user-content-|footnote-label$)/.test(value))
          problems.push(`content set id="${value}"`);
        if (name === 'name' || name === 'target' || name === 'tabindex' || name === 'autofocus')
          problems.push(`content set ${name}="${value}" on ${describe(element)}`);
      }
      const disabledCheckbox = element instanceof HTMLInputElement && element.type === 'checkbox' && element.disabled;
      if (
        /^(?:svg|math|form|input|button|select|textarea|video|audio|link|meta|script)$/i.test(element.tagName) &&
        !disabledCheckbox
      ) {
        problems.push(`content added a ${describe(element)} element`);
      }
    }
  }
  return { problems, framed: Boolean(first && last) };
}

/** Pagefind's fragments (gzip, with a signature before the JSON) of every bundle. */
function searchFragments(dist: string): { url: string; meta: Record<string, string>; content: string }[] {
  return (readdirSync(dist, { recursive: true, encoding: 'utf8' }) as string[])
    .filter((file) => file.endsWith('.pf_fragment'))
    .map((file) =>
      JSON.parse(
        gunzipSync(readFileSync(path.join(dist, file)))
          .toString('utf8')
          .replace(/^pagefind_dcd/, ''),
      ),
    );
}

const SCRIPT_SCHEME = /(?:^|["'\s(<>=,;])\s*(?:javascript|vbscript|data)\s*:/i;

let project: string;
let dist: string;
let buildLog: string;
let forced: Forced[];
let server: StaticServer;
let browser: Browser;
/** The first heading of each page, as Chromium reads it: what Pagefind must title the page by. */
const headings = new Map<string, string>();

beforeAll(async () => {
  project = mkdtempSync(path.join(os.tmpdir(), 'hostile-site-'));
  mkdirSync(path.join(project, 'content'), { recursive: true });
  cpSync(path.join(ROOT, 'content'), path.join(project, 'content'), { recursive: true });
  forced = forceHostileContent(project);
  copyProjectInto(project);
  dist = path.join(project, 'dist');
  const env = { ...process.env, TODAY: TEST_TODAY, ASTRO_TELEMETRY_DISABLED: '1', [GATE_BYPASS_VARIABLE]: '1' };
  buildLog = execFileSync('npm', ['run', '--silent', 'build'], {
    cwd: project,
    env,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    maxBuffer: 64 * 2 ** 20,
  });
  server = await serveDirectory(dist);
  browser = await launchBrowser();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (project) rmSync(project, { recursive: true, force: true });
});

describe('a site built with every hostile file forced in, the check bypassed', () => {
  it('builds every hostile file it can, and says which it left out and why', () => {
    expect(forced.length).toBeGreaterThanOrEqual(45);
    const built = forced.filter((file) => existsSync(path.join(dist, file.route, 'index.html')));
    const leftOut = forced.filter((file) => !built.includes(file));
    expect(built.length).toBeGreaterThanOrEqual(45);
    for (const file of leftOut)
      expect(buildLog, file.file).toContain(`${file.file}: left out, its frontmatter cannot be used`);
  });

  it('runs nothing, and holds no handler, script link, style, foreign image or content-supplied search attribute, on any page', async () => {
    const pages = builtPages(dist);
    expect(pages.length).toBeGreaterThan(100);
    const context = await browser.newContext();
    await context.addInitScript(() => {
      const seen: string[] = ((window as unknown as { __violations: string[] }).__violations = []);
      document.addEventListener('securitypolicyviolation', (event) =>
        seen.push(`${event.violatedDirective} ${event.blockedURI}`),
      );
    });
    const dialogs: string[] = [];
    const errors: string[] = [];
    const problems: string[] = [];
    const framed = new Set<string>();
    // Nothing may be fetched from anywhere but the site: every other request is a problem, and is never sent.
    await context.route(
      (url) => url.origin !== new URL(server.url).origin,
      async (request) => {
        problems.push(
          `a request to another site: ${request.request().url()} (from ${request.request().frame().url()})`,
        );
        await request.abort();
      },
    );
    for (const route of pages) {
      const page = await context.newPage();
      page.on('dialog', (dialog) => {
        dialogs.push(`${route}: ${dialog.type()} ${dialog.message()}`);
        void dialog.dismiss();
      });
      page.on('pageerror', (error) => errors.push(`${route}: ${error.message}`));
      try {
        await page.goto(server.url + route, { waitUntil: 'load' });
        // Give anything that would fire on its own (autofocus, toggle, timers, a refresh) the chance to.
        await page.waitForTimeout(route.startsWith('/search/') ? 1500 : 50);
        if (new URL(page.url()).pathname !== route) {
          problems.push(`${route}: the page took the reader to ${page.url()}`);
          continue;
        }
        const found = await page.evaluate(scanPage, {
          start: START,
          end: END,
          scriptsAllowed: route.startsWith('/search/'),
        });
        const violations = await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);
        problems.push(
          ...found.problems.map((problem) => `${route}: ${problem}`),
          ...violations.map((violation) => `${route}: the page policy blocked ${violation}`),
        );
        if (found.framed) framed.add(route);
        headings.set(route, ((await page.locator('h1').first().textContent()) ?? '').replace(/\s+/g, ' ').trim());
      } catch (error) {
        // Something on the page navigated away while it loaded or was scanned.
        problems.push(
          `${route}: could not be scanned (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`,
        );
      } finally {
        await page.close();
      }
    }
    await context.close();
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
    expect(problems).toEqual([]);
    // Every built hostile page was scanned, what its file wrote found between the markers.
    for (const file of forced.filter((listed) => existsSync(path.join(dist, listed.route, 'index.html'))))
      expect(framed.has(file.route), file.route).toBe(true);
  }, 600_000);

  it('the search index titles each page by its heading, and holds no script address', () => {
    const fragments = searchFragments(dist);
    expect(fragments.length).toBeGreaterThan(70);
    for (const fragment of fragments) {
      expect(JSON.stringify(fragment.meta), fragment.url).not.toMatch(SCRIPT_SCHEME);
      // A page of this site, or a partner hub's consultation page (an https:// address, never another scheme).
      expect(fragment.url).toMatch(/^\/[^/]|^https:\/\/[a-z0-9.-]+\//);
    }
    const hostile = fragments.filter((fragment) => forced.some((file) => file.route === fragment.url));
    expect(hostile.length).toBeGreaterThanOrEqual(45);
    for (const fragment of hostile) {
      expect(headings.has(fragment.url), fragment.url).toBe(true);
      expect(fragment.meta.title?.replace(/\s+/g, ' ').trim(), fragment.url).toBe(headings.get(fragment.url));
    }
  });

  it('the feeds and the open data hold no script address, and the RSS descriptions no markup that runs', () => {
    for (const file of [
      'feed.xml',
      'consultations.ics',
      'data/consultations.json',
      'data/consultations.csv',
      'data/schema.json',
    ]) {
      const text = readFileSync(path.join(dist, file), 'utf8');
      expect(text, file).not.toMatch(SCRIPT_SCHEME);
    }
    const rss = readFileSync(path.join(dist, 'feed.xml'), 'utf8');
    for (const [, description] of rss.matchAll(/<description>([\s\S]*?)<\/description>/g)) {
      // What an RSS reader gets once it decodes the XML, and may read as HTML.
      const decoded = description!
        .replace(/<!\[CDATA\[|\]\]>/g, '')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"')
        .replace(/&amp;/g, '&');
      expect(decoded).not.toMatch(/<\s*(?:script|iframe|object|embed|svg|style)\b|\son\w+\s*=|javascript:/i);
    }
  });
});
