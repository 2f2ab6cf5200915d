/** `unique-slug`: file names are well-formed slugs, unique in their collection, and one report per consultation. */
import { type Finding, findingAt, type Rule } from './core/index.ts';
import { SLUG_PATTERN } from '../schema/shared.ts';

const FILE_START = { line: 1, column: 1 };

export function suggestSlug(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

export const uniqueSlugRule = {
  id: 'unique-slug',
  scope: 'tree',
  checkTree(context) {
    const findings: Finding[] = [];
    const seen = new Map<string, string>();
    for (const entry of context.entries) {
      const { slug, collection, file } = entry.source;
      if (!SLUG_PATTERN.test(slug)) {
        findings.push(
          findingAt(
            'unique-slug',
            'error',
            entry,
            FILE_START,
            `the file name "${slug}.mdx" is not a well-formed slug: use lower-case letters, digits and single hyphens, for example "${suggestSlug(slug) || 'library-opening-hours'}.mdx"`,
          ),
        );
      }
      // Web addresses are matched without regard to case on many servers, so "Bus-Review" clashes with "bus-review".
      const key = `${collection}/${slug.toLowerCase()}`;
      const first = seen.get(key);
      if (first)
        findings.push(
          findingAt(
            'unique-slug',
            'error',
            entry,
            FILE_START,
            `the slug "${slug}" clashes with ${first}: slugs must be unique in their folder, whatever the capital letters`,
          ),
        );
      else seen.set(key, file);
    }
    for (const report of context.feedback) {
      const first = context.feedbackByConsultation.get(report.data.consultation);
      if (first && first !== report) {
        findings.push(
          findingAt(
            'unique-slug',
            'error',
            report,
            FILE_START,
            `${first.source.file} is already the feedback report for "${report.data.consultation}": a consultation has one report, so merge the two`,
          ),
        );
      }
    }
    return findings;
  },
} satisfies Rule;
