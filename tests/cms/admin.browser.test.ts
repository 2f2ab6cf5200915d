/**
 * Decap CMS in real Chromium against a temp git copy of the repository, run as `npm start` runs it: astro
 * dev serves /admin/ and the generated config, the local proxy (decap-server in git mode on 127.0.0.1)
 * keeps each entry on its own `cms/<collection>/<slug>` branch. Proves an editor can create a consultation
 * and take it through every workflow column to a merge on main with no GitHub account; that a date typed
 * digit by digit is the date typed; that a one-field edit is a one-line diff; that an untouched body (its
 * editor's note included) is saved byte for byte; and that the preview shows the live findings.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import os from 'node:os';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { frontmatterData, splitFrontmatter } from '../../src/lib/content/source.ts';
import { consultationSchema } from '../../src/lib/schema/index.ts';
import { launchBrowser } from '../../support/browser.ts';
import { startSandbox, type Sandbox } from './sandbox.ts';

const SHORT_SLUG = 'northfold-library-hours-short';
/** A major consultation of 9 weeks: the timescale rule says it needs 12. */
const SHORT_CONSULTATION = `---
title: Northfold library opening hours from April 2027
summary: We want to change the opening hours of Northfold Library so that it opens later on weekdays and for longer on Saturdays.
activity: consultation
significance: major
statutory:
  required: false
service: Libraries and Culture
decisionMaker: Cabinet Member for Communities
topics: [libraries]
areas: [northfold]
audiences: [residents]
methods: [survey, drop-in]
opens: 2027-06-07
closes: 2027-08-09
respond:
  online: https://haveyoursay.harrowdale.example/surveys/northfold-library
  post: Libraries Team, County Hall, Market Street, Kelbrook HD1 2AB
contact:
  team: Libraries Team
  email: libraries@harrowdale.example
---

## What we are proposing

Northfold Library would open at 10am instead of 9am on weekdays and close at 5pm instead of 1pm on Saturdays.
`;

const SECTIONS = [
  'What we are proposing',
  'Why we are consulting',
  'What you can influence',
  'How to have your say',
  'What happens next',
];

const NOTE_SLUG = 'northfold-library-hours-note';
/** A body with what the old save escaped or rewrote: an editor's note, an aligned table, code in a list. */
const NOTE_CONSULTATION = SHORT_CONSULTATION.replace(
  '## What we are proposing\n',
  [
    '## What we are proposing',
    '',
    '{/* editor note: check figures with finance */}',
    '',
    '| Day | Now | Proposed |',
    '|:----|:---:|---------:|',
    '| Saturday | 9am to 1pm | 9am to 5pm |',
    '',
    '- Opening times are written `9am to 5pm` or:',
    '',
    '  ```',
    '  Mon-Fri {10:00-18:00}',
    '  ```',
    '',
  ].join('\n'),
);

let sandbox: Sandbox;
let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  sandbox = await startSandbox();
  sandbox.write(`content/consultations/${SHORT_SLUG}.mdx`, SHORT_CONSULTATION);
  sandbox.write(`content/consultations/${NOTE_SLUG}.mdx`, NOTE_CONSULTATION);
  browser = await launchBrowser();
  context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
  page = await context.newPage();
  // Leaving an entry with unsaved changes asks for confirmation; a failed test must not block the next.
  page.on('dialog', (dialog) => void dialog.accept());
  await page.goto(`${sandbox.siteUrl}/admin/`);
  // The proxy backend needs no account: its login screen is a single button.
  await page.getByRole('button', { name: 'Login' }).click({ timeout: 120_000 });
  await page.getByText('Consultations').first().waitFor({ timeout: 60_000 });
}, 240_000);

afterEach(async ({ task }) => {
  if (task.result?.state !== 'fail' || !page) return;
  const shot = path.join(os.tmpdir(), `cms-${task.name.replace(/\W+/g, '-').slice(0, 60)}.png`);
  await page.screenshot({ path: shot, fullPage: false });
  process.stdout.write(`Screenshot of the failed CMS test: ${shot}\n`);
});

afterAll(async () => {
  await browser?.close();
  await sandbox?.stop();
});

/** Decap ids a control `<name>-field-<n>`; nested fields share names (contact.email, respond.email), so pick by order. */
const field = (name: string, index = 0) => page.locator(`[id^="${name}-field-"]`).nth(index);
const contentFile = (slug: string) => path.join(sandbox.dir, 'content/consultations', `${slug}.mdx`);

async function choose(name: string, ...options: string[]) {
  for (const option of options) {
    await field(name).click();
    await page.keyboard.type(option);
    await page.keyboard.press('Enter');
  }
}

/**
 * Opens an entry in a fresh page load and waits until its form holds it. Two shortcuts raced in CI: going
 * from one entry's address to another's only changes the hash, and Decap once kept the previous entry's
 * form mounted; opening from the collection list shows the listed copy first, and the full entry then
 * replaced what the test had typed.
 */
async function openEntry(slug: string, title: string) {
  await page.goto('about:blank');
  await page.goto(`${sandbox.siteUrl}/admin/#/collections/consultations/entries/${slug}`);
  await expect.poll(() => field('title').inputValue(), { timeout: 60_000 }).toBe(title);
}

/** Saves the entry as a draft on its own branch and waits for Decap to finish. */
async function save() {
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await page.getByText('Changes saved').waitFor({ timeout: 30_000 });
}

async function setStatus(status: 'In review' | 'Ready') {
  await page.getByRole('button', { name: /^Status: / }).click();
  await page.getByRole('menuitem', { name: status }).click();
  await page.getByRole('button', { name: `Status: ${status}` }).waitFor({ timeout: 30_000 });
}

async function publishNow() {
  await page.getByRole('button', { name: 'Publish', exact: true }).click();
  await page.getByRole('menuitem', { name: 'Publish now' }).click();
  await page.getByRole('button', { name: 'Published', exact: true }).waitFor({ timeout: 30_000 });
}

const branchOf = (slug: string) => `cms/consultations/${slug}`;
const fileOn = (branch: string, slug: string) => sandbox.git('show', `${branch}:content/consultations/${slug}.mdx`);
const branchStatus = (slug: string) => sandbox.git('config', `branch.${branchOf(slug)}.description`).trim();
/** Lines added and removed between main and the entry's branch, for the entry's file. */
function diffSize(slug: string): { added: number; removed: number } {
  const [added, removed] = sandbox
    .git('diff', '--numstat', 'main', branchOf(slug), '--', `content/consultations/${slug}.mdx`)
    .trim()
    .split(/\s+/)
    .map(Number);
  return { added: added!, removed: removed! };
}

/** Types a date key by key, as an editor does, and returns what the field said half-way. */
async function typeDate(name: string, typed: string): Promise<string> {
  await field(name).fill('');
  await field(name).pressSequentially(typed.slice(0, 8), { delay: 30 });
  const halfway = await page.locator(`#${await field(name).getAttribute('id')}-reads-as`).innerText();
  await field(name).pressSequentially(typed.slice(8), { delay: 30 });
  return halfway;
}

function frontmatterOf(text: string): Record<string, unknown> {
  return frontmatterData(text) ?? {};
}

describe('Decap CMS on the local backend', () => {
  it('creates a consultation and takes it through every workflow column to a merge on main', async () => {
    const slug = 'southmere-community-centre-future-use';
    await page.goto(`${sandbox.siteUrl}/admin/#/collections/consultations/new`);
    await field('title').fill('Southmere community centre future use');
    await field('summary').fill(
      'Tell us how the Southmere community centre should be used when the lease ends next year.',
    );
    await choose('activity', 'Consultation');
    await choose('significance', 'Standard');
    await field('service').fill('Communities and Place');
    await field('decisionMaker').fill('Cabinet Member for Communities');
    await choose('topics', 'Culture, parks');
    await choose('areas', 'Southmere');
    await choose('audiences', 'All residents', 'Voluntary and community');
    await choose('methods', 'Survey', 'Workshop');
    // Typed the UK way, digit by digit: half-way the field says what is missing and invents no year.
    expect(await typeDate('opens', '01/06/2027')).toContain('4 digits');
    const opensId = await field('opens').getAttribute('id');
    await expect.poll(() => page.locator(`#${opensId}-reads-as`).innerText()).toBe('Reads as Tuesday 1 June 2027');
    await typeDate('closes', '24/08/2027');
    await field('email', 0).fill('southmere@harrowdale.example');
    await field('team').fill('Communities Team');
    await field('email', 1).fill('communities@harrowdale.example');
    // Typed into the Markdown editor after the pre-filled headings: MDX would fail on the bare < and {.
    const body = page.locator('[data-slate-editor="true"], [contenteditable="true"]').last();
    await body.click();
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Enter');
    await page.keyboard.type('We will reply within 20 working days to groups of <10 people {and larger ones}.');
    await save();
    await page.waitForURL(new RegExp(`entries/${slug}$`));

    // Drafts: its own branch, main untouched.
    expect(branchStatus(slug)).toBe('decap-cms/draft');
    expect(existsSync(contentFile(slug))).toBe(false);
    const text = fileOn(branchOf(slug), slug);
    expect(text).toMatch(/^opens: 2027-06-01$/m);
    expect(text).toMatch(/^closes: 2027-08-24$/m);
    const data = frontmatterOf(text);
    expect(data).toMatchObject({
      opens: '2027-06-01',
      closes: '2027-08-24',
      topics: ['culture-and-leisure'],
      audiences: ['residents', 'voluntary-sector'],
    });
    expect(consultationSchema.safeParse(data).error?.issues ?? []).toEqual([]);
    const saved = splitFrontmatter(text).body;
    for (const heading of SECTIONS) expect(saved).toContain(`## ${heading}`);
    expect(saved).toContain('\\<10 people \\{and larger ones\\}');

    await setStatus('In review');
    expect(branchStatus(slug)).toBe('decap-cms/pending_review');
    await setStatus('Ready');
    expect(branchStatus(slug)).toBe('decap-cms/pending_publish');
    await page.goto(`${sandbox.siteUrl}/admin/#/workflow`);
    await page.getByText('Southmere community centre future use').first().waitFor({ timeout: 30_000 });
    await openEntry(slug, 'Southmere community centre future use');
    await publishNow();

    // Published: merged into main, the branch gone, the file on main exactly as reviewed.
    expect(sandbox.git('branch', '--list', branchOf(slug)).trim()).toBe('');
    expect(sandbox.git('rev-parse', '--abbrev-ref', 'HEAD').trim()).toBe('main');
    expect(fileOn('main', slug)).toBe(text);
    expect(sandbox.git('log', '--format=%s', '-1', '--', `content/consultations/${slug}.mdx`)).toMatch(/southmere/i);
    // "View Live" opens the local site.
    const config = await (await fetch(`${sandbox.siteUrl}/admin/config.yml`)).text();
    expect(config).toContain(`site_url: ${sandbox.siteUrl}/`);
  });

  it('a one-date edit is a one-line diff', async () => {
    const slug = 'library-opening-hours';
    const before = readFileSync(contentFile(slug), 'utf8');
    const data = frontmatterOf(before);
    await openEntry(slug, data.title as string);
    const closes = String(data.closes);
    const [year, month, day] = closes.split('-');
    const later = `${String(Number(day) + 1).padStart(2, '0')}/${month}/${year}`;
    await typeDate('closes', later);
    await save();
    expect(diffSize(slug)).toEqual({ added: 1, removed: 1 });
    const after = fileOn(branchOf(slug), slug);
    expect(after).toBe(before.replace(`closes: ${closes}`, `closes: ${year}-${month}-${later.slice(0, 2)}`));
  });

  it('a title-only save keeps the body byte for byte, its editor note a comment', async () => {
    await openEntry(NOTE_SLUG, 'Northfold library opening hours from April 2027');
    await field('title').fill('Northfold Library opening hours from April 2027');
    await save();
    expect(diffSize(NOTE_SLUG)).toEqual({ added: 1, removed: 1 });
    const after = fileOn(branchOf(NOTE_SLUG), NOTE_SLUG);
    expect(splitFrontmatter(after).body).toBe(splitFrontmatter(NOTE_CONSULTATION).body);
    expect(after).toContain('{/* editor note: check figures with finance */}');
  });

  it('previews a consultation that is too short with the timescale finding', async () => {
    await openEntry(SHORT_SLUG, 'Northfold library opening hours from April 2027');
    const preview = page.frameLocator('iframe').first();
    await expect
      .poll(() => preview.locator('body').innerText(), { timeout: 30_000 })
      .toContain('a major consultation must run at least 12 weeks');
    const shown = await preview.locator('body').innerText();
    expect(shown).toContain('closes 2027-08-09 gives 9 weeks');
    expect(shown).toContain('7 June 2027');
    expect(shown).toMatch(/Status today:\s*(Forthcoming|Open|Closed)/);
  });

  it('previews every content type with its status, the checks and the approvals a change needs', async () => {
    for (const [collection, slug, status] of [
      ['feedback', 'green-waste-charge', 'Status: Published'],
      ['standards', 'closing-the-loop', 'Status: Published standard'],
    ] as const) {
      await page.goto('about:blank');
      await page.goto(`${sandbox.siteUrl}/admin/#/collections/${collection}/entries/${slug}`);
      const preview = page.frameLocator('iframe').first();
      await expect.poll(() => preview.locator('body').innerText(), { timeout: 60_000 }).toContain(status);
      const shown = await preview.locator('body').innerText();
      expect(shown).toMatch(/The checks found|no problems in this draft/);
      expect(shown).toContain('No changes to approve yet.');
    }
  });
});
