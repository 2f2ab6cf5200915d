/** Suggestions for a mistyped slug: the candidates within a small edit distance, or sharing a word. */

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}

export function closeMatches(wanted: string, candidates: readonly string[], limit = 5): string[] {
  const words = new Set(wanted.split('-').filter((word) => word.length > 2));
  return candidates
    .map((candidate) => ({
      candidate,
      distance: editDistance(wanted, candidate),
      shared: candidate.split('-').filter((word) => words.has(word)).length,
    }))
    .filter(
      ({ candidate, distance, shared }) =>
        shared > 0 || distance <= Math.max(2, Math.floor(wanted.length / 3)) || candidate.includes(wanted),
    )
    .sort((a, b) => b.shared - a.shared || a.distance - b.distance || a.candidate.localeCompare(b.candidate))
    .slice(0, limit)
    .map(({ candidate }) => candidate);
}
