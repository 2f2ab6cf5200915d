/**
 * The dates a consultation's page states, in the tense and words that are true on `today`: "Opens" and
 * "Closes" while they are to come, "Opened" and "Closed" once they have passed, "Was due to close" when it
 * was paused or withdrawn (the date no longer holds), "Starts" and "Ends" for an information notice, which
 * nobody responds to.
 */
import type { IsoDate } from '../dates/calendar-date.ts';
import { formatDate } from '../text/dates.ts';
import { describeDuration } from '../text/duration.ts';
import type { CatalogueItem } from './catalogue.ts';

export interface KeyDate {
  key: string;
  value: string;
}

type DatedItem = Pick<CatalogueItem, 'status' | 'data' | 'durationDays'>;

function openingKey({ status, data }: DatedItem, today: IsoDate): string {
  const past = data.opens <= today;
  if (status === 'delayed' || ((status === 'paused' || status === 'withdrawn') && !past)) return 'Was due to open';
  if (data.activity === 'information') return past ? 'Started' : 'Starts';
  return past ? 'Opened' : 'Opens';
}

function closingKey({ status, data }: DatedItem, today: IsoDate): string {
  if (status === 'paused' || status === 'withdrawn') return 'Was due to close';
  if (status === 'delayed') return 'Due to close';
  // The closing day is still a day to respond: it closes at the end of it.
  const past = data.closes < today;
  if (data.activity === 'information') return past ? 'Ended' : 'Ends';
  return past ? 'Closed' : 'Closes';
}

/** The opening and closing dates, and how long it runs for those one can respond to (or could). */
export function keyDates(item: DatedItem, today: IsoDate): KeyDate[] {
  const dates = [
    { key: openingKey(item, today), value: formatDate(item.data.opens) },
    { key: closingKey(item, today), value: formatDate(item.data.closes) },
  ];
  const ranItsCourse = item.status !== 'paused' && item.status !== 'withdrawn';
  if (ranItsCourse && item.data.activity !== 'information')
    dates.push({ key: 'Length', value: describeDuration(item.durationDays) });
  return dates;
}
