/**
 * A static horizontal bar chart as numbers: each bar's length as a share of the longest. The component
 * writes the labels and values as text of the page (so they keep the page's type size on a phone, where a
 * scaled SVG shrank them to 9.5 px) and draws only the bars in SVG.
 */
import { formatCount } from '../text/count.ts';

export interface BarRow {
  label: string;
  value: number;
}

export interface Bar extends BarRow {
  /** The bar's length, 0 to 100: a percentage of the largest value, to one decimal place. */
  percent: number;
}

export function barShares(rows: readonly BarRow[]): Bar[] {
  const max = Math.max(0, ...rows.map((row) => row.value));
  return rows.map((row) => ({ ...row, percent: max === 0 ? 0 : Math.round((row.value / max) * 1000) / 10 }));
}

/** The chart in one sentence for its description: every value, for screen readers. */
export function describeBars(rows: readonly BarRow[], unit: string): string {
  if (rows.length === 0) return `No ${unit} to show.`;
  return `Horizontal bar chart. ${rows.map((row) => `${row.label}: ${formatCount(row.value)}`).join('; ')}.`;
}
