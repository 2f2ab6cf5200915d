/**
 * The iCalendar files, the site-wide one and each area's and topic's: the closing date of every
 * consultation one can still respond to, as an all-day event, and each of its meetings and drop-ins at
 * its London time. Only what is open or forthcoming: a closed, paused or withdrawn one, one whose
 * opening is delayed and an information notice have no last day to respond, so a calendar would mislead.
 * The site and the open data keep the full record.
 *
 * UIDs are built from the slug and the event's date and time, so calendar
 * apps update an event rather than duplicate it when the file is fetched again.
 */
import ical, { ICalCalendarMethod } from 'ical-generator';
import { canStillRespond, type CatalogueItem } from '../catalogue/catalogue.ts';
import type { IsoDate } from '../dates/calendar-date.ts';
import { listInWords } from '../text/list.ts';
import { itemLink } from './feed.ts';
import { absoluteUrl } from './urls.ts';

export const LONDON = 'Europe/London';

/** Europe/London since 1996: BST from 01:00 UTC on the last Sunday of March to the last Sunday of October. */
export const LONDON_VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  'TZID:Europe/London',
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0000',
  'TZOFFSETTO:+0100',
  'TZNAME:BST',
  'DTSTART:19700329T010000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0000',
  'TZNAME:GMT',
  'DTSTART:19701025T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
].join('\r\n');

export interface CalendarContext {
  siteBase: URL;
  name: string;
  /** What it holds, for calendar apps that show it: "Closing dates and events of consultations in Kelbrook". */
  description: string;
  /** The calendar's own address, for apps that refresh it (SOURCE, RFC 7986). */
  self: string;
  organisation: string;
  /** The build date: stamps every event, so the file only changes when the content does or a day passes. */
  today: IsoDate;
  /** The name of an organisation in site.yaml, by id, and the hub's own id: each event says who runs it. */
  organisationName?: (id: string) => string;
  ownOrganisation?: string;
}

export function consultationsCalendar(items: readonly CatalogueItem[], context: CalendarContext): string {
  const host = context.siteBase.hostname;
  const calendar = ical({
    name: context.name,
    description: context.description,
    source: context.self,
    prodId: { company: context.organisation, product: 'Consultation hub', language: 'EN' },
    method: ICalCalendarMethod.PUBLISH,
    // No calendar-wide zone: DTSTAMP stays UTC and all-day dates stay plain dates; timed events carry TZID.
    timezone: { name: null, generator: (zone) => (zone === LONDON ? LONDON_VTIMEZONE : null) },
  });
  const stamp = new Date(`${context.today}T00:00:00Z`);
  for (const item of [...items].filter(canStillRespond).sort((a, b) => a.id.localeCompare(b.id))) {
    const url = itemLink(item, context.siteBase);
    const lead = item.organisation ?? context.ownOrganisation;
    const by = [...(lead === undefined ? [] : [lead]), ...item.partners].map(
      (id) => context.organisationName?.(id) ?? id,
    );
    calendar.createEvent({
      id: `closes-${item.id}@${host}`,
      summary: `Closing date: ${item.data.title}`,
      description: `Last day to respond. ${item.data.summary}${by.length ? ` Run by ${listInWords(by)}.` : ''}`,
      start: item.data.closes,
      allDay: true,
      url,
      stamp,
    });
    const seen = new Map<string, number>();
    for (const event of item.data.respond.events ?? []) {
      const key = `${event.date}-${event.start.replace(':', '')}`;
      const count = (seen.get(key) ?? 0) + 1;
      seen.set(key, count);
      calendar.createEvent({
        id: `event-${item.id}-${key}${count > 1 ? `-${count}` : ''}@${host}`,
        summary: event.title,
        description: `${item.data.title}. ${event.stepFree ? 'Step-free access.' : 'No step-free access.'}${event.online ? ` Join online: ${absoluteUrl(context.siteBase, event.online)}` : ''}`,
        location: event.location,
        // Wall-clock strings with the event's time zone: written as TZID=Europe/London whatever the build machine's zone.
        start: `${event.date}T${event.start}:00`,
        end: `${event.date}T${event.end}:00`,
        timezone: LONDON,
        url: event.online ? absoluteUrl(context.siteBase, event.online) : url,
        stamp,
      });
    }
  }
  return calendar.toString();
}
