/**
 * The report and open-data pages of the built sample site: charts are images with a title and a
 * description, every chart has its data as a table, headings do not skip levels, and no script ships.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCatalogue } from '../../src/lib/catalogue/catalogue.ts';
import { loadSettings } from '../../src/lib/content/settings.ts';
import { readDiskEntries } from '../../src/lib/history/disk-entries.ts';
import { reportYears } from '../../src/lib/quality-report/annual.ts';
import { ROOT, TEST_TODAY } from '../../support/paths.ts';
import { SITE_DIR } from '../../support/paths.ts';
import { builtPage as page } from '../support/built-pages.ts';

const main = (html: string) => html.slice(html.indexOf('<main'), html.indexOf('</main>'));

const { consultations, feedback } = readDiskEntries(ROOT);
const years = reportYears(buildCatalogue(consultations, feedback, loadSettings(ROOT).process, TEST_TODAY));

function expectAccessibleStructure(html: string) {
  const levels = [...main(html).matchAll(/<h([1-6])\b/g)].map((match) => Number(match[1]));
  expect(levels[0]).toBe(1);
  levels.forEach(
    (level, index) => index > 0 && expect(level, `heading ${index} level`).toBeLessThanOrEqual(levels[index - 1]! + 1),
  );
  expect(html).not.toMatch(/<script\b(?![^>]*type="application\/ld\+json")/);
  for (const table of main(html).match(/<table[\s\S]*?<\/table>/g) ?? []) {
    expect(table).toMatch(/<caption[^>]*>[^<]+<\/caption>/);
    expect(table.match(/<th\b(?![^>]*scope="(col|row)")/g), 'every header cell has a scope').toBeNull();
  }
}

describe('/report/', () => {
  it('links to a report for every financial year with activities', () => {
    const html = page('report');
    expect(years.length).toBeGreaterThan(1);
    for (const year of years) expect(html).toContain(`href="/report/${year}/"`);
    expectAccessibleStructure(html);
  });
});

describe('/report/<year>/', () => {
  it.each(years)('%s has charts that name themselves and carry their data as tables', (year) => {
    const html = page(`report/${year}`);
    expectAccessibleStructure(html);
    const charts = [...html.matchAll(/<div class="chart__bars"([^>]*)>([\s\S]*?)<div class="table-wrap"/g)];
    expect(charts.length).toBeGreaterThanOrEqual(3);
    for (const [, attributes, body] of charts) {
      expect(attributes).toContain('role="img"');
      const [titleId, descId] = /aria-labelledby="([^"]+)"/.exec(attributes!)![1]!.split(' ');
      expect(body).toMatch(new RegExp(`<span class="visually-hidden" id="${titleId}"[^>]*>[^<]+</span>`));
      expect(body).toMatch(new RegExp(`id="${descId}"[^>]*>Horizontal bar chart\\. [^<]+</span>`));
      // The bars are drawn, and hidden from assistive technology: the chart's name and description say it all.
      expect(body).toMatch(/<svg\b[^>]*aria-hidden="true"/);
      const title = new RegExp(`id="${titleId}"[^>]*>([^<]+)</span>`).exec(body!)![1]!;
      expect(html, 'a table with the same caption follows the chart').toMatch(
        new RegExp(`<caption[^>]*>${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}</caption>`),
      );
    }
  });
});

describe('/data/', () => {
  it('describes and links every open-data file, with the licence', () => {
    const html = page('data');
    for (const file of [
      'data/consultations.json',
      'data/consultations.csv',
      'data/schema.json',
      'feed.xml',
      'consultations.ics',
    ]) {
      expect(html).toContain(`href="/${file}"`);
      expect(existsSync(path.join(SITE_DIR, file)), `${file} was built`).toBe(true);
    }
    expect(html).toContain('Open Government Licence v3.0');
    expectAccessibleStructure(html);
  });
});
