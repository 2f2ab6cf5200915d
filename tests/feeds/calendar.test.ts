import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { consultationsCalendar } from '../../src/lib/opendata/calendar.ts';
import { catalogue, listedCatalogue } from '../a11y/site-pages.ts';
import { readBuilt } from '../../support/paths.ts';
import { catalogueItem, event } from '../../support/catalogue-items.ts';

function parseCalendarFile(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  return calendar;
}
const parseCalendar = (text: string) =>
  parseCalendarFile(text)
    .getAllSubcomponents('vevent')
    .map((component) => new ICAL.Event(component));
const HOST = 'haveyoursay.harrowdale.example';
/** The consultation an event belongs to, from its UID. */
const slugOf = (uid: string) =>
  listedCatalogue.find((item) => uid.startsWith(`closes-${item.id}@`) || uid.startsWith(`event-${item.id}-2`))?.id;

describe('/consultations.ics', () => {
  const events = parseCalendar(readBuilt('consultations.ics'));
  const byUid = new Map(events.map((calendarEvent) => [calendarEvent.uid, calendarEvent]));

  it('has a closing date and every meeting of each consultation one can still respond to, and nothing else', () => {
    // Partners' consultations (content/partners/) are in the calendar too, under their own ids.
    const respondable = listedCatalogue.filter(
      (item) => (item.status === 'open' || item.status === 'forthcoming') && item.data.activity !== 'information',
    );
    const meetings = respondable.reduce((sum, item) => sum + (item.data.respond.events ?? []).length, 0);
    expect(events).toHaveLength(respondable.length + meetings);
    expect(byUid.size).toBe(events.length);
    for (const item of respondable) {
      const closing = byUid.get(`closes-${item.id}@${HOST}`)!;
      expect(closing.startDate.isDate).toBe(true);
      expect(closing.startDate.toString()).toBe(item.data.closes);
    }
    // The sample has each kind of consultation nobody can respond to: none of them has an event.
    const silent = new Set(events.map((calendarEvent) => slugOf(calendarEvent.uid)));
    for (const status of ['closed', 'outcome', 'paused', 'withdrawn'] as const) {
      const those = catalogue.filter((item) => item.status === status);
      expect(those.length, status).toBeGreaterThan(0);
      for (const item of those) expect(silent.has(item.id), `${item.id} (${status})`).toBe(false);
    }
    const notice = catalogue.find((item) => item.data.activity === 'information' && item.status === 'forthcoming');
    expect(notice?.data.respond.events?.length, 'an information notice with an event').toBeGreaterThan(0);
    expect(silent.has(notice!.id)).toBe(false);
  });

  it('names itself and gives its own address', () => {
    const calendar = parseCalendarFile(readBuilt('consultations.ics'));
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe(
      'Have your say in Harrowdale: closing dates and events',
    );
    expect(calendar.getFirstPropertyValue('source')).toBe(`https://${HOST}/consultations.ics`);
  });

  it("names who runs each consultation and links a partner's to its own page", () => {
    const leisure = byUid.get(
      'closes-northfold-district-council--leisure-centre-opening-hours@haveyoursay.harrowdale.example',
    )!;
    expect(leisure.description).toContain('Run by Northfold District Council.');
    expect(leisure.component.getFirstPropertyValue('url')).toBe(
      'https://haveyoursay.northfold.example/consultations/leisure-centre-opening-hours/',
    );
    const joint = byUid.get('closes-budget-2027-28@haveyoursay.harrowdale.example')!;
    expect(joint.description).toContain('Run by Harrowdale County Council.');
  });

  it('puts each event at its London time', () => {
    const northfold = byUid.get('event-library-opening-hours-2026-12-03-1730@haveyoursay.harrowdale.example')!;
    expect(northfold.summary).toBe('Evening drop-in at Northfold Library');
    expect(northfold.startDate.zone.tzid).toBe('Europe/London');
    expect(northfold.startDate.toJSDate().toISOString()).toBe('2026-12-03T17:30:00.000Z');
    expect(northfold.endDate.toJSDate().toISOString()).toBe('2026-12-03T19:30:00.000Z');
  });
});

describe('the calendar of each area and topic', () => {
  it('holds what one can still respond to there and for the whole county, and gives its own address', () => {
    const kelbrook = parseCalendarFile(readBuilt('feeds/area/kelbrook.ics'));
    expect(kelbrook.getFirstPropertyValue('source')).toBe(`https://${HOST}/feeds/area/kelbrook.ics`);
    const slugs = new Set(
      kelbrook.getAllSubcomponents('vevent').map((component) => slugOf(new ICAL.Event(component).uid)),
    );
    expect([...slugs].sort()).toEqual(
      catalogue
        .filter((item) => item.status === 'open' || item.status === 'forthcoming')
        .filter((item) => item.data.activity !== 'information')
        .filter((item) => item.data.areas.includes('kelbrook') || item.data.areas.includes('countywide'))
        .map((item) => item.id)
        .sort(),
    );
    expect(slugs).toContain('budget-2027-28');
    expect(slugs).not.toContain('southmere-active-travel');
  });
});

describe('consultationsCalendar', () => {
  const context = {
    siteBase: new URL('https://example.gov.uk/'),
    name: 'Test calendar',
    description: 'Closing dates and events',
    self: 'https://example.gov.uk/consultations.ics',
    organisation: 'Harrowdale County Council',
    today: '2026-11-23',
  };

  it('converts summer events through British Summer Time and keeps UIDs stable and distinct', () => {
    const item = catalogueItem(
      'summer-events',
      {
        opens: '2027-05-10',
        closes: '2027-08-02',
        respond: {
          events: [
            event({ date: '2027-06-15', start: '18:00' }),
            event({ title: 'Second room, same time', date: '2027-06-15', start: '18:00' }),
          ],
        },
      },
      '2026-11-23',
    );
    const events = parseCalendar(consultationsCalendar([item], context));
    expect(events.map((calendarEvent) => calendarEvent.uid)).toEqual([
      'closes-summer-events@example.gov.uk',
      'event-summer-events-2027-06-15-1800@example.gov.uk',
      'event-summer-events-2027-06-15-1800-2@example.gov.uk',
    ]);
    expect(events[1]!.startDate.toJSDate().toISOString()).toBe('2027-06-15T17:00:00.000Z');
    expect(events[0]!.startDate.toString()).toBe('2027-08-02');
  });

  it('leaves out what one can no longer respond to: closed, paused, and information notices', () => {
    const today = '2026-11-23';
    const closed = catalogueItem('closed-one', { opens: '2026-08-03', closes: '2026-10-26' }, today);
    const paused = catalogueItem(
      'paused-one',
      { opens: '2026-10-05', closes: '2027-01-08', status: 'paused', statusReason: 'We are checking new guidance.' },
      today,
    );
    const notice = catalogueItem(
      'notice',
      {
        activity: 'information',
        opens: '2027-02-01',
        closes: '2027-06-30',
        respond: { events: [event({ date: '2027-02-16' })] },
      },
      today,
    );
    const open = catalogueItem('open-one', { opens: '2026-11-02', closes: '2026-12-14' }, today);
    expect(parseCalendar(consultationsCalendar([closed, paused, notice, open], context)).map((e) => e.uid)).toEqual([
      'closes-open-one@example.gov.uk',
    ]);
  });

  it('leaves withdrawn activities out', () => {
    const item = catalogueItem(
      'dropped',
      { status: 'withdrawn', statusReason: 'The proposal was dropped after the budget changed.' },
      '2026-11-23',
    );
    expect(parseCalendar(consultationsCalendar([item], context))).toEqual([]);
  });

  it('leaves out one whose opening is delayed: nobody can respond to it yet', () => {
    const item = catalogueItem(
      'held-back',
      {
        opens: '2026-11-16',
        closes: '2027-02-08',
        governance: {},
        respond: { online: 'https://haveyoursay.harrowdale.example/x', events: [event({ date: '2026-12-01' })] },
      },
      '2026-11-23',
    );
    expect(item.status).toBe('delayed');
    expect(parseCalendar(consultationsCalendar([item], context))).toEqual([]);
  });
});
