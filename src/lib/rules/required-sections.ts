/** `required-sections`: the H2 sections residents rely on are present and not empty, in any order. */
import { atNode, type Finding, findingAt, type Rule } from './core/index.ts';
import { normaliseHeading, sectionsAt } from './body.ts';
import type { Consultation } from '../schema/consultation.ts';

export const requiredSectionsRule = {
  id: 'required-sections',
  scope: 'file',
  liveThreshold: (process) => `Every consultation explains: ${process.requiredSections.consultation.join('; ')}.`,
  checkEntry(entry, context) {
    const { collection, bodyStartLine } = entry.source;
    // A body refused unread has no sections to look for: the schema rule says why.
    if (entry.data === undefined || !entry.body || entry.body.refused) return [];
    const names = context.settings.process.requiredSections;
    let required: readonly string[];
    if (collection === 'consultations' && (entry.data as Consultation).activity === 'consultation')
      required = names.consultation;
    else if (collection === 'feedback') required = names.feedback;
    else return [];

    const findings: Finding[] = [];
    const sections = sectionsAt(entry.body.tree, 2);
    for (const name of required) {
      const section = sections.find((candidate) => normaliseHeading(candidate.title) === normaliseHeading(name));
      if (!section) {
        findings.push(
          findingAt(
            'required-sections',
            'error',
            entry,
            { line: bodyStartLine, column: 1 },
            `the "${name}" section is missing: add a "## ${name}" heading with text under it`,
          ),
        );
      } else if (section.content.every((node) => node.type === 'heading')) {
        findings.push(
          atNode(
            'required-sections',
            'error',
            entry,
            section.heading,
            `the "${name}" section is empty: write what residents need to know under the heading`,
          ),
        );
      }
    }
    return findings;
  },
} satisfies Rule;
