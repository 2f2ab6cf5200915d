/** A number with its noun: "1 day", "3 days", "1 activity", "2 activities". */
export function plural(count: number, noun: string, nouns = `${noun}s`): string {
  return `${count} ${oneOrMany(count, noun, nouns)}`;
}

/** The word that agrees with a count, without the count: "is" or "are", "result" or "results". */
export function oneOrMany(count: number, one: string, many: string): string {
  // -1 is one too: "published 1 day after it opened" is worked out as -1 days of notice.
  return Math.abs(count) === 1 ? one : many;
}
