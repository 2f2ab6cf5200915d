import { formatCount } from '../text/count.ts';
/**
 * Geometry of a static horizontal bar chart: each row is a label line with its bar beneath, so long
 * labels (service names) never collide with the bars. Pure numbers; the component draws them.
 */

export interface BarRow {
  label: string;
  value: number;
}

export interface Bar extends BarRow {
  labelY: number;
  barY: number;
  barWidth: number;
  valueX: number;
}

export interface BarLayout {
  width: number;
  height: number;
  barHeight: number;
  bars: Bar[];
}

export const CHART = {
  width: 600,
  rowHeight: 52,
  labelHeight: 20,
  barHeight: 22,
  valueGap: 8,
  valueSpace: 60,
} as const;

export function barLayout(rows: readonly BarRow[]): BarLayout {
  const max = Math.max(0, ...rows.map((row) => row.value));
  const scale = max === 0 ? 0 : (CHART.width - CHART.valueSpace) / max;
  const bars = rows.map((row, index) => {
    const top = index * CHART.rowHeight;
    const barWidth = Math.round(row.value * scale * 10) / 10;
    return {
      ...row,
      labelY: top + CHART.labelHeight - 4,
      barY: top + CHART.labelHeight,
      barWidth,
      valueX: barWidth + CHART.valueGap,
    };
  });
  return {
    width: CHART.width,
    height: Math.max(CHART.rowHeight, rows.length * CHART.rowHeight),
    barHeight: CHART.barHeight,
    bars,
  };
}

/** The chart in one sentence for its <desc>: what is largest and every value, for screen readers. */
export function describeBars(rows: readonly BarRow[], unit: string): string {
  if (rows.length === 0) return `No ${unit} to show.`;
  return `Horizontal bar chart. ${rows.map((row) => `${row.label}: ${formatCount(row.value)}`).join('; ')}.`;
}
