/**
 * Checks one entry being edited, in memory: the CMS live preview calls this in the browser on every change.
 * Nothing here (or in what it imports) touches the disk or git.
 */
import { stringify } from 'yaml';
import type { Settings } from '../content/settings.ts';
import { sourceFileFromText } from '../content/source.ts';
import type { IsoDate } from '../dates/calendar-date.ts';
import type { CollectionName } from '../schema/index.ts';
import { SINGLE_FILE_RULES } from '../rules/index.ts';
import { buildContext } from './context.ts';
import type { Finding } from '../rules/core/index.ts';
import { runRules } from './run.ts';

export interface Draft {
  collection: CollectionName;
  /** The frontmatter fields as the CMS holds them; dates as `YYYY-MM-DD` strings. */
  data: Record<string, unknown>;
  /** The MDX body. */
  body: string;
  settings: Settings;
  today: IsoDate;
  /** The file name without `.mdx`, when the entry has one yet. */
  slug?: string;
  /** The file's text as it will be saved, when the caller has it; otherwise written from `data` and `body`. */
  text?: string;
}

/**
 * The findings of every rule that can judge a single file (`file` and `file-and-today` scopes): the same
 * functions `npm run check` runs. Lines refer to the file as it will be saved.
 */
export function checkDraft({ collection, data, body, settings, today, slug = 'draft', text }: Draft): Finding[] {
  // No aliases for repeated values: the content reader refuses them, as it would in the saved file.
  const saved = text ?? `---\n${stringify(data, { lineWidth: 0, aliasDuplicateObjects: false })}---\n${body}`;
  const source = sourceFileFromText(collection, `${slug}.mdx`, saved);
  return runRules(buildContext({ sources: [source], settings, today }), SINGLE_FILE_RULES);
}
