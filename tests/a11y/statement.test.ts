/**
 * The accessibility statement follows the GOV.UK model statement (its headings, in its order) and is
 * filled from content/settings/site.yaml, so the published statement changes when the settings do.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSettings } from '../../src/lib/content/settings.ts';
import { formatDate } from '../../src/lib/text/dates.ts';
import { ROOT } from '../../support/paths.ts';
import { SITE_DIR } from '../../support/paths.ts';

interface Section {
  level: number;
  heading: string;
  /** The text between this heading and the next one, links' addresses included. */
  text: string;
  html: string;
}

const plain = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#39;|&#x27;|&rsquo;|’/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/\s+/g, ' ')
    .trim();

/** The model says "that's" and "we're"; plain-English house style spells them out. Either is fine. */
const normalise = (heading: string) =>
  heading
    .toLowerCase()
    .replace(/that's/g, 'that is')
    .replace(/we're/g, 'we are');

function sections(html: string): Section[] {
  const main = /<main[^>]*>([\s\S]*)<\/main>/.exec(html)?.[1] ?? '';
  const headings = [...main.matchAll(/<h([1-6])[^>]*>([\s\S]*?)<\/h\1>/g)];
  return headings.map((match, index) => {
    const end = headings[index + 1]?.index ?? main.length;
    const body = main.slice(match.index + match[0].length, end);
    return { level: Number(match[1]), heading: plain(match[2]!), text: plain(body), html: body };
  });
}

const { site, contact, accessibility } = loadSettings(ROOT).site;
const statement = sections(readFileSync(path.join(SITE_DIR, 'accessibility/index.html'), 'utf8'));
const section = (heading: string) => {
  const found = statement.find((candidate) => normalise(candidate.heading) === normalise(heading));
  expect(found, `the statement has a "${heading}" heading`).toBeDefined();
  return found!;
};

/** The GOV.UK model statement's headings and levels, in order. */
const MODEL: [level: number, heading: string][] = [
  [1, `Accessibility statement for ${site.title}`],
  [2, 'How accessible this website is'],
  [2, 'Feedback and contact information'],
  [2, 'Reporting accessibility problems with this website'],
  [2, 'Enforcement procedure'],
  [2, "Technical information about this website's accessibility"],
  [3, 'Compliance status'],
  [2, 'Non-accessible content'],
  ...(accessibility.compliance === 'full'
    ? []
    : ([[3, 'Non-compliance with the accessibility regulations']] as [number, string][])),
  [3, 'Disproportionate burden'],
  [3, "Content that's not within the scope of the accessibility regulations"],
  [2, "What we're doing to improve accessibility"],
  [2, 'Preparation of this accessibility statement'],
];

describe('accessibility statement', () => {
  it('has the model statement headings, at the model levels, in the model order', () => {
    const found = statement.map((entry) => [entry.level, normalise(entry.heading)] as const);
    let from = 0;
    for (const [level, heading] of MODEL) {
      const at = found.findIndex(
        ([foundLevel, foundHeading], index) =>
          index >= from && foundLevel === level && foundHeading === normalise(heading),
      );
      expect(
        at,
        `h${level} "${heading}" after "${statement[from - 1]?.heading ?? 'the start'}"`,
      ).toBeGreaterThanOrEqual(0);
      from = at + 1;
    }
  });

  it('states the compliance status from the settings', () => {
    const expected = { full: 'fully compliant', partial: 'partially compliant', none: 'not compliant' }[
      accessibility.compliance
    ];
    expect(section('Compliance status').text).toContain(
      `This website is ${expected} with the Web Content Accessibility Guidelines version 2.2 AA standard`,
    );
  });

  it('lists each known non-accessible part', () => {
    const listed = section('Non-compliance with the accessibility regulations').text;
    for (const item of accessibility.nonAccessible) expect(listed).toContain(plain(item));
  });

  it('says how to ask for another format, and how fast we reply', () => {
    const { text } = section('Feedback and contact information');
    expect(text).toMatch(/different format/);
    for (const detail of [contact.email, contact.phone, contact.address]) expect(text).toContain(detail);
    expect(text).toContain(`within ${accessibility.responseWorkingDays} working days`);
  });

  it('explains the enforcement procedure with a link to the advisory service', () => {
    const { text, html } = section('Enforcement procedure');
    expect(text).toContain('Equality and Human Rights Commission');
    expect(html).toMatch(/<a href="https:\/\/www\.equalityadvisoryservice\.com\/?">/);
  });

  it('gives the preparation, review and test dates and who tested', () => {
    const { text } = section('Preparation of this accessibility statement');
    expect(text).toContain(`prepared on ${formatDate(accessibility.prepared)}`);
    expect(text).toContain(`last reviewed on ${formatDate(accessibility.reviewed)}`);
    expect(text).toContain(`last tested on ${formatDate(accessibility.tested)}`);
    expect(text).toContain(plain(accessibility.testedBy));
  });
});
