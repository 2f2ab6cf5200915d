/**
 * Decap CMS in real Chromium against a temp copy of the repository: astro dev serves /admin/ and the
 * generated config, decap-server writes to disk. Proves an editor can create and edit content with no
 * GitHub account, that what lands on disk passes the schema with plain dates, and that the preview
 * shows the live timescale finding.
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

let sandbox: Sandbox;
let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  sandbox = await startSandbox();
  sandbox.write(`content/consultations/${SHORT_SLUG}.mdx`, SHORT_CONSULTATION);
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

/** Publishes and waits for Decap to finish, including its redirect to a new entry's own address. */
async function publishNow() {
  await page.getByRole('button', { name: 'Publish', exact: true }).click();
  await page.getByText('Publish now', { exact: true }).click();
  await page.getByRole('button', { name: 'Published', exact: true }).waitFor({ timeout: 30_000 });
}

async function waitForFile(file: string, predicate: (text: string) => boolean = () => true): Promise<string> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (existsSync(file)) {
      const text = readFileSync(file, 'utf8');
      if (predicate(text)) return text;
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${file} was not written as expected`);
}

function frontmatterOf(text: string): Record<string, unknown> {
  return frontmatterData(text) ?? {};
}

describe('Decap CMS on the local backend', () => {
  it('creates a consultation through the form: plain dates, required headings, schema-valid', async () => {
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
    await field('opens').fill('01/06/2027');
    await field('closes').fill('24/08/2027');
    await field('email', 0).fill('southmere@harrowdale.example');
    await field('team').fill('Communities Team');
    await field('email', 1).fill('communities@harrowdale.example');
    // Typed into the rich text editor after the pre-filled headings: MDX would fail on the bare < and {.
    await page.locator('[contenteditable="true"]').first().click();
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Enter');
    await page.keyboard.type('We will reply within 20 working days to groups of <10 people {and larger ones}.');
    await publishNow();
    await page.waitForURL(/entries\/southmere-community-centre-future-use$/);

    const text = await waitForFile(contentFile('southmere-community-centre-future-use'));
    expect(text).toMatch(/^opens: '?2027-06-01'?$/m);
    expect(text).toMatch(/^closes: '?2027-08-24'?$/m);
    const data = frontmatterOf(text);
    expect(data).toMatchObject({
      opens: '2027-06-01',
      closes: '2027-08-24',
      topics: ['culture-and-leisure'],
      audiences: ['residents', 'voluntary-sector'],
    });
    const result = consultationSchema.safeParse(data);
    expect(result.error?.issues ?? []).toEqual([]);
    const body = splitFrontmatter(text).body;
    for (const heading of [
      'What we are proposing',
      'Why we are consulting',
      'What you can influence',
      'How to have your say',
      'What happens next',
    ]) {
      expect(body).toContain(`## ${heading}`);
    }
    expect(body).toContain('\\<10 people \\{and larger ones\\}');
  });

  it('edits an existing consultation: the change is on disk and the rest of the file still passes', async () => {
    const file = contentFile('kelbrook-bridge-repairs');
    const before = frontmatterOf(readFileSync(file, 'utf8'));
    await openEntry('kelbrook-bridge-repairs', before.title as string);
    await field('decisionMaker').fill('Cabinet Member for Highways and Transport');
    await publishNow();

    const text = await waitForFile(file, (t) => t.includes('Cabinet Member for Highways and Transport'));
    const after = frontmatterOf(text);
    expect(after.decisionMaker).toBe('Cabinet Member for Highways and Transport');
    expect({ ...after, decisionMaker: before.decisionMaker }).toEqual(before);
    expect(consultationSchema.safeParse(after).success).toBe(true);
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
});
