/** "a", "a and b", "a, b and c" (or "a, b or c"): a list in a sentence, without the Oxford comma (GOV.UK style). */
export function listInWords(items: readonly string[], conjunction: 'and' | 'or' = 'and'): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${conjunction} ${items.at(-1)}`;
}
