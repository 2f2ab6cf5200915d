/**
 * The RSS feeds as a reader sees them: the site-wide feed and one per area and topic, parsed from the
 * built sample site, and the state changes feedItems makes of each consultation.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { loadSettings } from '../../src/lib/content/settings.ts';
import { readDiskEntries } from '../../src/lib/history/disk-entries.ts';
import type { FileHistory, Revision } from '../../src/lib/history/history.ts';
import { feedHistory, feedItems, type FeedHistory } from '../../src/lib/opendata/feed.ts';
import { OPENING_DAY_SITE_DIR, readBuilt, ROOT, SITE_DIR, TEST_TODAY } from '../../support/paths.ts';
import { catalogueItem } from '../../support/catalogue-items.ts';
import { NORTHFOLD_SITE } from '../../support/northfold-hub.ts';

interface RssItem {
  title: string;
  link: string;
  guid: { '#text': string; '@_isPermaLink': string };
  pubDate: string;
  /** The change, then the organisation that runs it. */
  category: string[];
  description: string;
}

interface Channel {
  title: string;
  link: string;
  'atom:link': { '@_href': string; '@_rel': string; '@_type': string };
  item?: RssItem[];
}

const SITE = 'https://haveyoursay.harrowdale.example/';
const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'item' || name === 'category' });
const read = (xml: string): { version: string; channel: Channel } => {
  const rss = parser.parse(xml).rss;
  return { version: rss['@_version'], channel: rss.channel };
};
const isoOf = (pubDate: string) => new Date(pubDate).toISOString().slice(0, 10);
/** The consultation an item is about, from its id: `.../consultations/<slug>/#<change>`. */
const about = (item: RssItem) => /\/consultations\/([^/]+)\/#/.exec(item.guid['#text'])?.[1];
/** The change an item tells of: `#action-done-2` is the second action done. */
const change = (item: RssItem) => item.guid['#text'].split('#')[1]!.replace(/^(action-done)-\d+$/, '$1');

describe('/feed.xml and partners', () => {
  const items = read(readBuilt('feed.xml')).channel.item ?? [];

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
  const { version, channel } = read(readBuilt('feed.xml'));
  const items = channel.item ?? [];
  const ofConsultation = (slug: string) => items.filter((item) => about(item) === slug);

  it('is RSS 2.0 that links to the site and to itself', () => {
    expect(version).toBe('2.0');
    expect(channel.title).toBe('Have your say in Harrowdale: new consultations and outcomes');
    expect(channel.link).toBe(SITE);
    expect(channel['atom:link']).toEqual({
      '@_href': `${SITE}feed.xml`,
      '@_rel': 'self',
      '@_type': 'application/rss+xml',
    });
  });

  it('gives every state change an item with an id of its own, newest first, none after today', () => {
    const ids = items.map((item) => item.guid['#text']);
    expect(new Set(ids).size).toBe(items.length);
    for (const item of items) {
      expect(item.guid['@_isPermaLink']).toBe('false');
      expect(item.link.startsWith(SITE) || item.link.startsWith(NORTHFOLD_SITE), item.link).toBe(true);
      expect(item.guid['#text']).toMatch(
        /#(announced|opened|closing-soon|delayed|paused|withdrawn|outcome|action-done-\d+)$/,
      );
      expect(item.category[0]).toBe(change(item));
      expect(isoOf(item.pubDate) <= TEST_TODAY).toBe(true);
    }
    const times = items.map((item) => Date.parse(item.pubDate));
    expect(times).toEqual([...times].sort((a, b) => b - a));
  });

  it('tells of the opening and the outcome of a finished consultation as two items', () => {
    const { feedback } = readDiskEntries(ROOT);
    const report = feedback.find((entry) => entry.data.consultation === 'green-waste-charge')!;
    const story = ofConsultation('green-waste-charge');
    expect(story.map((item) => [change(item), isoOf(item.pubDate)])).toEqual([
      ['outcome', report.data.published],
      ['closing-soon', '2025-08-29'],
      ['opened', '2025-06-02'],
    ]);
    expect(story[0]!.link).toBe(`${SITE}feedback/${report.id}/`);
    expect(story[2]!.link).toBe(`${SITE}consultations/green-waste-charge/`);
  });

  it('tells of a pause with its reason, and announces what is coming', () => {
    const { consultations } = readDiskEntries(ROOT);
    const paused = consultations.find((entry) => entry.id === 'wexham-vale-20mph')!;
    const story = ofConsultation('wexham-vale-20mph');
    expect(story.map(change)).toEqual(['paused', 'opened']);
    expect(story[0]!.title).toBe(`Paused: ${paused.data.title}`);
    expect(story[0]!.description).toBe(paused.data.statusReason);
    expect(ofConsultation('bus-network-review').map(change)).toEqual(['announced']);
    // Nothing is open before its day, and an information notice is never "closing": there is nothing to respond to.
    expect(items.filter((item) => about(item) === 'bus-network-review' && change(item) === 'opened')).toEqual([]);
    expect(ofConsultation('kelbrook-bridge-repairs').map(change)).toEqual(['announced']);
  });

  it('as on the opening day of an unready consultation, tells of its announcement and its delay as two items', () => {
    const opening = read(readFileSync(path.join(OPENING_DAY_SITE_DIR, 'feed.xml'), 'utf8')).channel.item ?? [];
    const story = opening.filter((item) => about(item) === 'kelbrook-street-trading');
    expect(story.map((item) => [change(item), item.title.split(':')[0]])).toEqual([
      ['delayed', 'Opening delayed'],
      ['announced', 'Coming soon'],
    ]);
    expect(isoOf(story[0]!.pubDate)).toBe('2026-12-03');
    expect(story[0]!.description).toContain('It still needs a way to respond without the internet');
  });
});

describe('the feed of each area and topic', () => {
  const { taxonomy } = loadSettings(ROOT).site;
  const feed = (facet: string, value: string) => read(readBuilt(`feeds/${facet}/${value}.xml`)).channel;
  const slugs = (channel: Channel) => new Set((channel.item ?? []).map(about));

  it('exists for every area and topic, names it and links to itself', () => {
    const terms = [
      ...taxonomy.areas.map((term) => ['area', term] as const),
      ...taxonomy.topics.map((term) => ['topic', term] as const),
    ];
    for (const [facet, term] of terms) {
      const channel = feed(facet, term.id);
      expect(channel.title).toBe(`Have your say in Harrowdale: ${term.label}`);
      expect(channel['atom:link']['@_href']).toBe(`${SITE}feeds/${facet}/${term.id}.xml`);
      expect(channel['atom:link']['@_rel']).toBe('self');
    }
    const built = ['area', 'topic'].flatMap((facet) => readdirSync(path.join(SITE_DIR, 'feeds', facet)));
    expect(built).toHaveLength(2 * terms.length);
  });

  it('brings an area its own consultations and the whole county’s, and nothing from elsewhere', () => {
    const kelbrook = slugs(feed('area', 'kelbrook'));
    expect(kelbrook).toContain('library-opening-hours');
    expect(kelbrook).toContain('kelbrook-parks-play');
    expect(kelbrook).toContain('budget-2027-28');
    expect(kelbrook).not.toContain('southmere-active-travel');
    expect(kelbrook).not.toContain('wexham-vale-20mph');
    const county = slugs(feed('area', 'countywide'));
    expect(county).toContain('budget-2027-28');
    expect(county).not.toContain('library-opening-hours');
  });

  it('brings a topic only the consultations on it', () => {
    expect([...slugs(feed('topic', 'libraries'))]).toEqual(['library-opening-hours']);
  });
});

describe('feedItems', () => {
  const siteBase = new URL('https://example.gov.uk/hub/');
  const page = (slug: string) => `https://example.gov.uk/hub/consultations/${slug}/`;
  const story = (item: ReturnType<typeof catalogueItem>, history: FeedHistory, today: string) =>
    feedItems([item], { siteBase, today, history: () => history }).map((entry) => [entry.id, entry.date, entry.title]);

  it('makes the announcement, the opening, the last week and the outcome four items, each with its own id', () => {
    const item = catalogueItem('bins', { opens: '2026-03-02', closes: '2026-05-25' }, '2026-11-23', {
      published: '2026-08-03',
    });
    expect(story(item, { firstPublished: '2026-01-26' }, '2026-11-23')).toEqual([
      [`${page('bins')}#outcome`, '2026-08-03', 'Outcome: Title of bins'],
      [`${page('bins')}#closing-soon`, '2026-05-18', 'Closing in 7 days: Title of bins'],
      [`${page('bins')}#opened`, '2026-03-02', 'Open: Title of bins'],
      [`${page('bins')}#announced`, '2026-01-26', 'Coming soon: Title of bins'],
    ]);
    const [outcome] = feedItems([item], { siteBase, today: '2026-11-23', history: () => ({}) });
    expect(outcome!.link).toBe('https://example.gov.uk/hub/feedback/bins-report/');
  });

  it('tells of each action of the feedback report done, on the day it was completed and not before', () => {
    const actions = [
      {
        action: 'Publish the new timetable.',
        owner: 'Waste Team',
        due: '2026-09-01',
        status: 'done',
        completed: '2026-08-20',
      },
      { action: 'Write to every household.', owner: 'Waste Team', due: '2026-10-01', status: 'in-progress' },
      {
        action: 'Add a third collection round.',
        owner: 'Waste Team',
        due: '2026-12-01',
        status: 'done',
        completed: '2026-12-03',
      },
    ] as const;
    const item = catalogueItem('bins', { opens: '2026-03-02', closes: '2026-05-25' }, '2026-12-10', {
      published: '2026-08-03',
      actions: [...actions],
    });
    const done = (today: string) =>
      feedItems([item], { siteBase, today, history: () => ({}) }).filter((entry) => entry.event === 'action-done');
    expect(
      done('2026-12-02').map((entry) => [entry.id, entry.date, entry.title, entry.link, entry.description]),
    ).toEqual([
      [
        `${page('bins')}#action-done-1`,
        '2026-08-20',
        'Action done: Title of bins',
        'https://example.gov.uk/hub/feedback/bins-report/',
        'Publish the new timetable. Done by Waste Team on 20 August 2026.',
      ],
    ]);
    expect(done('2026-12-10').map((entry) => entry.id)).toEqual([
      `${page('bins')}#action-done-3`,
      `${page('bins')}#action-done-1`,
    ]);
    expect(done('2026-12-10')[0]!.categories[0]).toBe('action-done');
  });

  it('keeps to what has happened by today, so the items of one consultation come one by one', () => {
    const item = catalogueItem('bins', { opens: '2026-12-01', closes: '2027-02-22' }, '2026-12-01');
    expect(story(item, { firstPublished: '2026-10-01' }, '2026-12-01').map(([id]) => id)).toEqual([
      `${page('bins')}#opened`,
      `${page('bins')}#announced`,
    ]);
  });

  it('tells of a pause on the day it was paused, and of nothing after it', () => {
    const item = catalogueItem(
      'paused-one',
      { opens: '2026-10-05', closes: '2027-01-08', status: 'paused', statusReason: 'We are checking new guidance.' },
      '2027-01-20',
    );
    const items = feedItems([item], { siteBase, today: '2027-01-20', history: () => ({ statusSince: '2026-11-09' }) });
    expect(items.map((entry) => [entry.event, entry.date, entry.description])).toEqual([
      ['paused', '2026-11-09', 'We are checking new guidance.'],
      [
        'opened',
        '2026-10-05',
        'A summary of the paused-one proposal for residents. Open for responses from 5 October 2026 to 8 January 2027.',
      ],
    ]);
  });

  it('tells of a withdrawal before it opened, and never that it opened', () => {
    const item = catalogueItem(
      'dropped',
      { opens: '2026-12-07', closes: '2027-03-01', status: 'withdrawn', statusReason: 'The budget changed.' },
      '2026-12-10',
    );
    expect(story(item, { firstPublished: '2026-10-01', statusSince: '2026-11-20' }, '2026-12-10')).toEqual([
      [`${page('dropped')}#withdrawn`, '2026-11-20', 'Withdrawn: Title of dropped'],
      [`${page('dropped')}#announced`, '2026-10-01', 'Coming soon: Title of dropped'],
    ]);
    // Without a date for the withdrawal, nothing is said about it or about an opening that may never have happened.
    expect(story(item, { firstPublished: '2026-10-01' }, '2026-12-10').map(([id]) => id)).toEqual([
      `${page('dropped')}#announced`,
    ]);
  });

  it('tells of a delayed opening on its opening day, and never that it opened', () => {
    const held = catalogueItem(
      'held-back',
      { opens: '2026-11-16', closes: '2027-02-08', equalityImpact: undefined },
      '2026-11-23',
    );
    expect(held.status).toBe('delayed');
    expect(story(held, { firstPublished: '2026-10-01' }, '2026-11-23')).toEqual([
      [`${page('held-back')}#delayed`, '2026-11-16', 'Opening delayed: Title of held-back'],
      [`${page('held-back')}#announced`, '2026-10-01', 'Coming soon: Title of held-back'],
    ]);
  });

  it('calls an information notice a notice and never says it is closing', () => {
    const notice = catalogueItem(
      'roadworks',
      { activity: 'information', opens: '2026-10-01', closes: '2026-11-20' },
      '2026-11-23',
    );
    expect(story(notice, {}, '2026-11-23')).toEqual([
      [`${page('roadworks')}#opened`, '2026-10-01', 'Notice: Title of roadworks'],
    ]);
  });
});

describe('feedHistory', () => {
  const revision = (date: string, status?: string): Revision =>
    ({ commit: { date }, kind: 'modified', fields: status ? { status } : {} }) as unknown as Revision;
  const file = (
    revisions: Revision[],
    truncated = false,
  ): Pick<FileHistory, 'revisions' | 'firstPublished' | 'truncated'> => ({
    revisions,
    truncated,
    ...(truncated ? {} : { firstPublished: revisions[0]!.commit.date }),
  });
  const paused = { status: 'paused', closes: '2027-01-08' } as const;

  it('dates a pause by the change that made it, the latest time it was paused', () => {
    const history = file([
      revision('2026-09-01'),
      revision('2026-10-01', 'paused'),
      revision('2026-10-10'),
      revision('2026-11-09', 'paused'),
      revision('2026-11-12', 'paused'),
    ]);
    expect(feedHistory(history, paused, '2026-09-01')).toEqual({
      firstPublished: '2026-09-01',
      statusSince: '2026-11-09',
    });
    expect(feedHistory(history, { closes: '2027-01-08' }, '2026-09-01')).toEqual({ firstPublished: '2026-09-01' });
  });

  it('has no date for a status the file was added with on the import day, once the consultation was over', () => {
    const imported = file([revision('2026-11-23', 'paused')]);
    expect(feedHistory(imported, { ...paused, closes: '2026-11-09' }, '2026-11-23')).toEqual({
      firstPublished: '2026-11-23',
    });
    // Still running when it was imported: the site said so from that day.
    expect(feedHistory(imported, paused, '2026-11-23').statusSince).toBe('2026-11-23');
    expect(feedHistory(file([revision('2026-11-23', 'paused')], true), paused, undefined)).toEqual({});
    expect(feedHistory(undefined, paused, undefined)).toEqual({});
  });
});
