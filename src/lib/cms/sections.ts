/** The body a new entry starts with: the required H2 headings from process.yaml, ready to fill in. */
export function sectionTemplate(headings: readonly string[]): string {
  return headings.map((heading) => `## ${heading}\n\n`).join('');
}
