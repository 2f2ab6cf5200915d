/**
 * What every preview shares: the draft as it will be saved, the findings of the checks that can judge one
 * file (the same functions `npm run check` runs), the approvals the change will need (the classifier the
 * approvals check runs), and the layout around a content type's own heading and facts.
 */
import { checkDraft } from '../../lib/check/draft.ts';
import { draftApprovals } from '../../lib/cms/draft-approvals.ts';
import { SOURCE_KEY, withoutSource, writeEntryFile } from '../../lib/cms/entry-file.ts';
import { londonDate } from '../../lib/dates/calendar-date.ts';
import type { Finding } from '../../lib/rules/core/index.ts';
import { contentFile } from '../../lib/routes.ts';
import type { CollectionName } from '../../lib/schema/index.ts';
import { h, type PreviewNode, type PreviewProps } from '../decap.ts';
import type { PreviewData } from '../preview-data.ts';
import { approvalsPanel, findingsPanel, reviewNotice } from './panels.ts';

export type Draft = Record<string, unknown>;

export interface DraftView {
  data: Draft;
  slug: string;
  today: string;
  findings: Finding[];
}

/** A content type's part of its preview: what residents see first, above the checks. */
export type PreviewHead = (view: DraftView, preview: PreviewData) => PreviewNode[];

export function entryPreview(collection: CollectionName, head: PreviewHead, preview: PreviewData) {
  return function EntryPreview({ entry, widgetFor }: PreviewProps) {
    const raw = (entry.get('data').toJS() ?? {}) as Draft;
    const slug = typeof entry.get('slug') === 'string' ? (entry.get('slug') as string) : '';
    const { body = '', ...data } = withoutSource(raw);
    // Each render is a fresh look at the draft, on the day the editor is looking at it in London.
    const today = londonDate();
    const text = savedText(raw);
    const findings = checkDraft({
      collection,
      data,
      body: String(body),
      settings: preview.settings,
      today,
      ...(slug ? { slug } : {}),
      ...(text === undefined ? {} : { text }),
    });
    const before = typeof raw[SOURCE_KEY] === 'string' ? (raw[SOURCE_KEY] as string) : undefined;
    const path = contentFile(collection, slug || 'new-entry');
    const approvals =
      text === undefined ? undefined : draftApprovals({ path, before, after: text }, preview.settings, today);
    return h(
      'div',
      { className: 'width-container cms-preview' },
      h(
        'main',
        null,
        ...head({ data, slug, today, findings }, preview),
        findingsPanel(findings),
        approvals ? approvalsPanel(approvals) : null,
        entry.get('newRecord') || !slug ? null : reviewNotice(preview.settings.site.repository, collection, slug),
        widgetFor('body'),
      ),
    );
  };
}

/** The file as saving the draft would write it; undefined when the file cannot be saved as it stands. */
function savedText(raw: Draft): string | undefined {
  try {
    return writeEntryFile(raw, 'frontmatter');
  } catch {
    return undefined;
  }
}

export const text = (value: unknown) => (typeof value === 'string' ? value : '');
