/** Counts as residents read them: 9,214 rather than 9214. */
const countFormat = new Intl.NumberFormat('en-GB');

export function formatCount(value: number): string {
  return countFormat.format(value);
}
