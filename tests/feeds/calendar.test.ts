import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { readDiskEntries } from '../../src/lib/history/disk-entries.ts';
import { partnerItemId } from '../../src/lib/catalogue/partners.ts';
import { recentFrom } from '../../src/lib/catalogue/recent.ts';
import { readPartnerFeeds } from '../../src/lib/content/partners.ts';
import { loadSettings } from '../../src/lib/content/settings.ts';
import { consultationsCalendar } from '../../src/lib/opendata/calendar.ts';
import { readBuilt, ROOT, TEST_TODAY } from '../support/paths.ts';
import { catalogueItem, event } from './fixtures.ts';

function parseCalendar(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  return calendar.getAllSubcomponents('vevent').map((component) => new ICAL.Event(component));
}

describe('/consultations.ics', () => {
  const events = parseCalendar(readBuilt('consultations.ics'));
  const byUid = new Map(events.map((calendarEvent) => [calendarEvent.uid, calendarEvent]));

  it('has one all-day closing-date event per activity closing from a year ago on, not withdrawn, and one per meeting', () => {
    const own = readDiskEntries(ROOT).consultations;
    // Partners' consultations (content/partners/) are in the calendar too, under their own ids, linking to their pages.
    const partners = readPartnerFeeds(ROOT, loadSettings(ROOT).site).entries.map((entry) => ({
      id: partnerItemId(entry.organisation.id, entry.slug),
      data: entry.data,
    }));
    expect(partners.length).toBeGreaterThan(0);
    const consultations = [...own, ...partners];
    const from = recentFrom(TEST_TODAY);
    const live = consultations.filter((entry) => entry.data.status !== 'withdrawn' && entry.data.closes >= from);
    // The sample has older activities too, so the window is really tested.
    expect(live.length).toBeLessThan(consultations.filter((entry) => entry.data.status !== 'withdrawn').length);
    const meetings = live.reduce(
      (sum, entry) => sum + (entry.data.respond.events ?? []).filter((meeting) => meeting.date >= from).length,
      0,
    );
    expect(events).toHaveLength(live.length + meetings);
    expect(byUid.size).toBe(events.length);
    for (const entry of live) {
      const closing = byUid.get(`closes-${entry.id}@haveyoursay.harrowdale.example`)!;
      expect(closing.startDate.isDate).toBe(true);
      expect(closing.startDate.toString()).toBe(entry.data.closes);
    }
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

describe('consultationsCalendar', () => {
  const context = {
    siteBase: new URL('https://example.gov.uk/'),
    name: 'Test calendar',
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

  it('leaves out closing dates and events from more than a year ago, and keeps the ones since', () => {
    const lastYear = catalogueItem(
      'last-year',
      {
        opens: '2025-09-01',
        closes: '2025-11-23',
        respond: { events: [event({ date: '2025-10-01' }), event({ date: '2025-11-22', title: 'Too old' })] },
      },
      '2026-11-23',
    );
    const older = catalogueItem('older', { opens: '2025-08-01', closes: '2025-11-22' }, '2026-11-23');
    const events = parseCalendar(consultationsCalendar([lastYear, older], context));
    expect(events.map((calendarEvent) => calendarEvent.uid)).toEqual(['closes-last-year@example.gov.uk']);
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
