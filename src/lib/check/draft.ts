/**
 * Checks one consultation being edited, in memory: the CMS live preview calls this in the browser on
 * every change. Nothing here (or in what it imports) touches the disk or git.
 */
import { stringify } from 'yaml';
import type { Settings } from '../content/settings.ts';
import { sourceFileFromText } from '../content/source.ts';
import type { IsoDate } from '../dates/calendar-date.ts';
import { SINGLE_FILE_RULES } from '../rules/index.ts';
import { buildContext } from './context.ts';
import type { Finding } from '../rules/core/index.ts';
import { runRules } from './run.ts';

export interface ConsultationDraft {
  /** The frontmatter fields as the CMS holds them; dates as `YYYY-MM-DD` strings. */
  data: Record<string, unknown>;
  /** The MDX body. */
  body: string;
  settings: Settings;
  today: IsoDate;
  /** The file name without `.mdx`, when the entry has one yet. */
  slug?: string;
}

/**
 * The findings of every rule that can judge a single file. Lines refer to the file as it will be saved:
 * frontmatter written in the order of `data`, then the body.
 */
export function checkConsultationDraft({ data, body, settings, today, slug = 'draft' }: ConsultationDraft): Finding[] {
  // No aliases for repeated values: the content reader refuses them, as it would in the saved file.
  const text = `---\n${stringify(data, { lineWidth: 0, aliasDuplicateObjects: false })}---\n${body}`;
  const source = sourceFileFromText('consultations', `${slug}.mdx`, text);
  return runRules(buildContext({ sources: [source], settings, today }), SINGLE_FILE_RULES);
}
