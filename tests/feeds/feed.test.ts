import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { readPartnerFeeds } from '../../src/lib/content/partners.ts';
import { loadSettings } from '../../src/lib/content/settings.ts';
import { readDiskEntries } from '../../src/lib/history/disk-entries.ts';
import { NORTHFOLD_SITE } from '../partners/northfold-hub.ts';
import { feedItems } from '../../src/lib/opendata/feed.ts';
import { ROOT, TEST_TODAY } from '../support/paths.ts';
import { readBuilt } from '../support/paths.ts';
import { catalogueItem } from './fixtures.ts';

interface RssItem {
  title: string;
  link: string;
  guid: string;
  pubDate: string;
  category: string | string[];
  description: string;
}

const SITE = 'https://haveyoursay.harrowdale.example/';

describe('/feed.xml and partners', () => {
  const items: RssItem[] = new XMLParser({
    ignoreAttributes: false,
    isArray: (name) => name === 'item' || name === 'category',
  }).parse(readBuilt('feed.xml')).rss.channel.item;

  it("labels a partner's consultation with its organisation and links to the partner's own page", () => {
    const leisure = items.find((item) => item.title === 'Open: Opening hours at Northfold and Ashby leisure centres')!;
    expect(leisure.link).toBe(`${NORTHFOLD_SITE}consultations/leisure-centre-opening-hours/`);
    expect(leisure.category).toEqual(['opened', 'Northfold District Council']);
    expect(leisure.description).toMatch(/^Northfold District Council: We want to open both leisure centres/);
  });

  it("carries this hub's own organisation as a category, without naming it in the text", () => {
    const budget = items.find((item) => item.title === 'Open: Budget 2027 to 2028 and council tax')!;
    expect(budget.category).toEqual(['opened', 'Harrowdale County Council']);
    expect(budget.description).not.toContain('Harrowdale County Council:');
  });
});

describe('/feed.xml', () => {
  const rss = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'item' }).parse(
    readBuilt('feed.xml'),
  ).rss;
  const items: RssItem[] = rss.channel.item;

  it('is RSS 2.0 with a channel that links to the site', () => {
    expect(rss['@_version']).toBe('2.0');
    expect(rss.channel.title).toBe('Have your say in Harrowdale: new consultations and outcomes');
    expect(rss.channel.link).toBe(SITE);
  });

  it('has one item per activity that has opened and one per outcome published, on the sample content', () => {
    const { consultations, feedback } = readDiskEntries(ROOT);
    const titles = new Map(consultations.map((entry) => [entry.id, entry.data.title]));
    const opened = consultations
      .filter((entry) => entry.data.opens <= TEST_TODAY && entry.data.status !== 'withdrawn')
      .map((entry) => `Open: ${entry.data.title}`);
    // Partners' consultations are listed as they open; their outcomes are on their own hubs.
    const partners = readPartnerFeeds(ROOT, loadSettings(ROOT).site)
      .entries.filter((entry) => entry.data.opens <= TEST_TODAY && entry.data.status !== 'withdrawn')
      .map((entry) => `Open: ${entry.data.title}`);
    expect(partners.length).toBeGreaterThan(0);
    opened.push(...partners);
    const outcomes = feedback
      .filter((entry) => entry.data.published <= TEST_TODAY)
      .map((entry) => `Outcome: ${titles.get(entry.data.consultation)}`);
    const itemTitles = items.map((item) => item.title);
    expect(itemTitles.filter((title) => !title.startsWith('Coming soon: ')).sort()).toEqual(
      [...opened, ...outcomes].sort(),
    );
    expect(outcomes.length).toBeGreaterThan(0);
  });

  it('uses absolute links as permanent guids and lists the newest first', () => {
    for (const item of items) {
      expect(item.link.startsWith(SITE) || item.link.startsWith(NORTHFOLD_SITE), item.link).toBe(true);
      expect(item.guid).toMatchObject({ '#text': item.link, '@_isPermaLink': 'true' });
    }
    const times = items.map((item) => Date.parse(item.pubDate));
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect(new Set(items.map((item) => item.link)).size).toBe(items.length);
  });
});

describe('feedItems', () => {
  const siteBase = new URL('https://example.gov.uk/hub/');
  const today = '2026-11-23';

  it('dates announcements by history, openings by the opening day and outcomes by publication, newest first', () => {
    const items = [
      catalogueItem('forthcoming-one', { opens: '2027-01-04', closes: '2027-03-29' }, today),
      catalogueItem('no-history-yet', { opens: '2027-02-01', closes: '2027-04-26' }, today),
      catalogueItem('open-one', { opens: '2026-10-05', closes: '2027-01-11' }, today),
      catalogueItem('finished', { opens: '2026-03-02', closes: '2026-05-25' }, today, { published: '2026-08-03' }),
      catalogueItem(
        'withdrawn-one',
        {
          opens: '2026-09-01',
          closes: '2026-11-24',
          status: 'withdrawn',
          statusReason: 'The proposal was dropped after the budget changed.',
        },
        today,
      ),
    ];
    const feed = feedItems(items, {
      siteBase,
      today,
      firstPublished: (slug) => (slug === 'forthcoming-one' ? '2026-11-02' : undefined),
    });
    expect(feed.map((item) => [item.date, item.title, item.link, item.categories])).toEqual([
      [
        '2026-11-02',
        'Coming soon: Title of forthcoming-one',
        'https://example.gov.uk/hub/consultations/forthcoming-one/',
        ['forthcoming'],
      ],
      ['2026-10-05', 'Open: Title of open-one', 'https://example.gov.uk/hub/consultations/open-one/', ['opened']],
      ['2026-08-03', 'Outcome: Title of finished', 'https://example.gov.uk/hub/feedback/finished-report/', ['outcome']],
      ['2026-03-02', 'Open: Title of finished', 'https://example.gov.uk/hub/consultations/finished/', ['opened']],
    ]);
  });

  it('keeps one held back on its opening day ("Opening delayed") as an announcement, never as open', () => {
    const held = catalogueItem(
      'held-back',
      { opens: '2026-11-16', closes: '2027-02-08', equalityImpact: undefined },
      today,
    );
    expect(held.status).toBe('delayed');
    const feed = feedItems([held], { siteBase, today, firstPublished: () => '2026-10-01' });
    expect(feed.map((item) => [item.date, item.title])).toEqual([['2026-10-01', 'Coming soon: Title of held-back']]);
  });
});
