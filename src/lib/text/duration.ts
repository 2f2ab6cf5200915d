/** How long something runs, in the weeks and days a resident counts: "12 weeks", "1 week and 3 days". */
import { plural } from './plural.ts';

export function describeDuration(days: number): string {
  const weeks = Math.floor(days / 7);
  const rest = days % 7;
  if (weeks === 0) return plural(rest, 'day');
  return rest ? `${plural(weeks, 'week')} and ${plural(rest, 'day')}` : plural(weeks, 'week');
}
