/** Notice in days, with the possessive English asks for: "1 day's notice", "28 days' notice". */
import { oneOrMany, plural } from './plural.ts';

export function daysNotice(days: number): string {
  return `${plural(days, 'day')}${oneOrMany(days, "'s", "'")} notice`;
}
