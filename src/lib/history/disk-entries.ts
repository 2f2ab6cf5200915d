/**
 * Consultations and feedback reports read from disk and validated, for the command-line tools that run
 * without Astro. Files that do not pass the schema are left out: `npm run check` reports them.
 */
import { readContentTree } from '../content/load.ts';
import type { Entry } from '../catalogue/catalogue.ts';
import { consultationSchema, feedbackSchema, type Consultation, type Feedback } from '../schema/index.ts';

export interface DiskEntries {
  consultations: Entry<Consultation>[];
  feedback: Entry<Feedback>[];
}

export function readDiskEntries(root: string): DiskEntries {
  const entries: DiskEntries = { consultations: [], feedback: [] };
  for (const file of readContentTree(root)) {
    const value = file.frontmatter?.data;
    if (!value) continue;
    if (file.collection === 'consultations') {
      const parsed = consultationSchema.safeParse(value);
      if (parsed.success) entries.consultations.push({ id: file.slug, data: parsed.data });
    } else if (file.collection === 'feedback') {
      const parsed = feedbackSchema.safeParse(value);
      if (parsed.success) entries.feedback.push({ id: file.slug, data: parsed.data });
    }
  }
  return entries;
}
