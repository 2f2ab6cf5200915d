/**
 * The site's one notion of "recent": activities closing from a year before today, including everything
 * open or still to come. The calendar feed starts there, and search looks there first (see
 * src/lib/search/record.ts), so a resident's first results cost the same however long the archive grows.
 */
import { addDays, type IsoDate } from '../dates/calendar-date.ts';
import type { CatalogueItem } from './catalogue.ts';

const RECENT_DAYS = 365;

/** The first closing date that counts as recent. */
export function recentFrom(today: IsoDate): IsoDate {
  return addDays(today, -RECENT_DAYS);
}

export function isRecent(item: Pick<CatalogueItem, 'data'>, today: IsoDate): boolean {
  return item.data.closes >= recentFrom(today);
}
