/** The pull request a main-line commit came from, read from GitHub's merge and squash messages. */

const MERGE = /^Merge pull request #(\d+)\b/;
/** A squash merge keeps the PR title and appends ` (#12)` to the first line. */
const SQUASH = /\(#(\d+)\)\s*$/;

export function pullRequestNumber(message: string): number | undefined {
  const firstLine = message.split('\n', 1)[0]!.trim();
  const match = MERGE.exec(firstLine) ?? SQUASH.exec(firstLine);
  return match ? Number(match[1]) : undefined;
}

/**
 * The line worth showing: a merge commit's first line is boilerplate, so its PR title (the first
 * line of the body) is used instead; a squash loses its ` (#12)` suffix.
 */
export function commitTitle(message: string): string {
  const lines = message.split('\n').map((line) => line.trim());
  if (MERGE.test(lines[0] ?? '')) return lines.slice(1).find(Boolean) ?? lines[0]!;
  return (lines[0] ?? '').replace(SQUASH, '').trim();
}
