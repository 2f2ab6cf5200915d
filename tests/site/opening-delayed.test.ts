/**
 * The launch gate in a real build: the sample site built as on OPENING_DAY, when the Kelbrook street
 * trading consultation is due to open without a non-digital channel, an equality impact assessment or
 * a record of its authorisation. It is held back everywhere a resident could meet it as open.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { describe, expect, it } from 'vitest';
import { AXE_TAGS, DESKTOP, useSite } from '../a11y/harness.ts';
import { OPENING_DAY_SITE_DIR } from '../../support/paths.ts';

const SLUG = 'kelbrook-street-trading';
const TITLE = 'Street trading on Kelbrook Market Square';
const SURVEY = 'https://haveyoursay.harrowdale.example/surveys/kelbrook-street-trading';

const built = (file: string) => {
  const full = path.join(OPENING_DAY_SITE_DIR, file);
  expect(existsSync(full), `${file} was built`).toBe(true);
  return readFileSync(full, 'utf8');
};
const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
/** The part of a page between one h2 and the next. */
const section = (html: string, heading: string) =>
  text(html)
    .split(` ${heading} `)[1]
    ?.split(/ (Open now|Coming soon|Latest outcomes) /)[0] ?? '';

describe('a consultation that is not launch-ready on its opening day', () => {
  const page = built(`consultations/${SLUG}/index.html`);

  it('says "Opening delayed" with the reasons, and offers no way to respond', () => {
    const words = text(page);
    expect(words).toContain('Opening delayed');
    expect(words).toContain(
      'This consultation was due to open on 3 December 2026, but we are not ready to open it yet. It still needs a way to respond without the internet, an equality impact assessment and a record of its authorisation.',
    );
    expect(words).toContain('Status Opening delayed');
    expect(page).not.toContain('id="respond-title"');
    expect(page).not.toContain(SURVEY);
    expect(page).toContain('data-pagefind-filter="status:Opening delayed"');
  });

  it('is not listed as open on the home page or in the finder, but with what is coming', () => {
    const home = built('index.html');
    expect(section(home, 'Open now')).not.toContain(TITLE);
    expect(section(home, 'Open now')).toContain('Changes to library opening hours in Kelbrook and Northfold');
    expect(section(home, 'Coming soon')).toContain(`${TITLE}`);
    expect(section(home, 'Coming soon')).toContain('Opening delayed Consultation Was due to open 3 December 2026');
    expect(built('consultations/status/open/index.html')).not.toContain(TITLE);
    expect(built('consultations/status/delayed/index.html')).toContain(TITLE);
    expect(text(built('search/index.html'))).toContain('Opening delayed');
  });

  it('is not in the feeds as open, and the open data says why it is held back', () => {
    expect(built('feed.xml')).not.toContain(`Open: ${TITLE}`);
    expect(built('consultations.ics')).not.toContain(`Closing date: ${TITLE}`);
    const records = (
      JSON.parse(built('data/consultations.json')) as {
        consultations: { slug: string; status: string; statusLabel: string; statusReason?: string }[];
      }
    ).consultations;
    expect(records.find((record) => record.slug === SLUG)).toMatchObject({
      status: 'delayed',
      statusLabel: 'Opening delayed',
      statusReason:
        'It still needs a way to respond without the internet, an equality impact assessment and a record of its authorisation.',
    });
    expect(records.find((record) => record.slug === 'library-opening-hours')?.status).toBe('open');
  });
});

describe('the delayed page in Chromium', () => {
  const site = useSite(OPENING_DAY_SITE_DIR);

  it.for([`/consultations/${SLUG}/`, '/'])('%s has no accessibility violations', async (sitePath, { expect }) => {
    const context = await site.browser.newContext({ viewport: DESKTOP });
    try {
      const browserPage = await context.newPage();
      await browserPage.goto(site.url(sitePath));
      const results = await new AxeBuilder({ page: browserPage }).withTags(AXE_TAGS).analyze();
      expect(
        results.violations.map(
          (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
        ),
      ).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
