/**
 * The forward plan: what is coming and what runs in the current financial year (April to March),
 * grouped by the month each activity opens.
 */
import { financialYear, financialYearRange, type IsoDate } from '../dates/calendar-date.ts';
import { byMostRecent, type CatalogueItem } from './catalogue.ts';

export interface MonthGroup {
  /** `YYYY-MM`. */
  month: string;
  label: string;
  items: CatalogueItem[];
}

const monthLabel = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });

export function forwardPlan(items: CatalogueItem[], today: IsoDate) {
  const year = financialYear(today);
  const { from, to } = financialYearRange(year);
  const inYear = items.filter(
    (item) => item.data.opens >= from && item.data.opens <= to && item.status !== 'withdrawn',
  );
  const groups = new Map<string, CatalogueItem[]>();
  for (const item of [...inYear].sort((a, b) => -byMostRecent(a, b))) {
    const month = item.data.opens.slice(0, 7);
    groups.set(month, [...(groups.get(month) ?? []), item]);
  }
  const months: MonthGroup[] = [...groups].map(([month, monthItems]) => ({
    month,
    label: monthLabel.format(new Date(`${month}-01T00:00:00Z`)),
    items: monthItems,
  }));
  const forthcoming = items
    .filter((item) => item.status === 'forthcoming')
    .sort((a, b) => a.data.opens.localeCompare(b.data.opens));
  return { financialYear: year, from, to, forthcoming, months };
}
