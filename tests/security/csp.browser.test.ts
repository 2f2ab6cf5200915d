/**
 * The Content-Security-Policy of the built sample site: every page carries one, first in its head;
 * content pages allow no script, the search page only its own, and a page with script injected into
 * it (as a renderer bug would let in) runs none of it in Chromium. The same page without its policy
 * runs the injected script, so the test would notice a policy that stopped working.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, cpSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_PAGE_POLICY, SEARCH_PAGE_POLICY } from '../../src/site/csp.ts';
import { launchBrowser } from '../../support/browser.ts';
import { SITE_DIR } from '../../support/paths.ts';
import { serveDirectory, type StaticServer } from '../../support/static-server.ts';
import type { Browser } from 'playwright-core';

const POLICY =
  /^<!doctype html><html[^>]*><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="([^"]+)">/i;

const pages = (readdirSync(SITE_DIR, { recursive: true, encoding: 'utf8' }) as string[]).filter(
  (file) => file.endsWith('.html') && !file.startsWith('documents/'),
);
const policyOf = (file: string) =>
  POLICY.exec(readFileSync(path.join(SITE_DIR, file), 'utf8'))?.[1]?.replace(/&#39;/g, "'");

describe('the page policy in the built site', () => {
  it('is the first thing in the head of every page: none on content pages, the own script on search, Decap on /admin/', () => {
    expect(pages.length).toBeGreaterThan(50);
    for (const file of pages) {
      const policy = policyOf(file);
      expect(policy, file).toBeDefined();
      if (file === 'search/index.html') expect(policy).toBe(SEARCH_PAGE_POLICY);
      else if (file.startsWith('admin/')) expect(policy, file).toMatch(/script-src 'self' 'unsafe-eval' 'sha256-/);
      else expect(policy, file).toBe(CONTENT_PAGE_POLICY);
    }
  });

  it('holds on every public page: no inline script or style, no style attribute, the search script a file of the site', () => {
    for (const file of pages.filter((page) => !page.startsWith('admin/'))) {
      const html = readFileSync(path.join(SITE_DIR, file), 'utf8');
      expect(html, file).not.toMatch(/<style[\s>]|\sstyle=/);
      for (const [tag] of html.matchAll(/<script\b[^>]*>/g))
        expect(`${file}: ${tag}`).toMatch(/^search\/index\.html: <script type="module" src="\/_astro\/[^"]+\.js">$/);
    }
  });
});

describe('a built page with script injected into it', () => {
  let copy: string;
  let server: StaticServer;
  let browser: Browser;
  const INJECTED =
    '<script>window.injectedRan = true; alert("injected")</script><img src="/favicon-missing.png" alt="" onerror="window.handlerRan = true">';

  beforeAll(async () => {
    copy = mkdtempSync(path.join(os.tmpdir(), 'csp-'));
    cpSync(SITE_DIR, copy, { recursive: true });
    const page = path.join(copy, 'consultations/library-opening-hours/index.html');
    const html = readFileSync(page, 'utf8');
    writeFileSync(
      page,
      html.replace('<main id="main-content" tabindex="-1">', `<main id="main-content" tabindex="-1">${INJECTED}`),
    );
    // The same page with its policy taken out: the control, where the injection does run.
    writeFileSync(
      path.join(copy, 'no-policy.html'),
      html
        .replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, '')
        .replace('<main id="main-content" tabindex="-1">', `<main id="main-content" tabindex="-1">${INJECTED}`),
    );
    server = await serveDirectory(copy);
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    rmSync(copy, { recursive: true, force: true });
  });

  async function visit(route: string) {
    const context = await browser.newContext();
    await context.addInitScript(() => {
      const seen: string[] = ((window as unknown as { violations: string[] }).violations = []);
      document.addEventListener('securitypolicyviolation', (event) => seen.push(event.violatedDirective));
    });
    const page = await context.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.goto(server.url + route, { waitUntil: 'load' });
    await page.waitForTimeout(200);
    const ran = await page.evaluate(() => {
      const flags = window as unknown as { injectedRan?: boolean; handlerRan?: boolean; violations: string[] };
      return { script: flags.injectedRan === true, handler: flags.handlerRan === true, violations: flags.violations };
    });
    await context.close();
    return { dialogs, ...ran };
  }

  it('runs none of it, and Chromium reports the policy blocked it', async () => {
    const result = await visit('/consultations/library-opening-hours/');
    expect(result).toMatchObject({ dialogs: [], script: false, handler: false });
    expect(result.violations).toEqual(expect.arrayContaining(['script-src-elem', 'script-src-attr']));
  });

  it('runs it when the policy is taken out, so the test above can fail', async () => {
    const result = await visit('/no-policy.html');
    expect(result).toMatchObject({ dialogs: ['injected'], script: true, handler: true });
  });
});
