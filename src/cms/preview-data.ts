/** What the previews need from the server, embedded in /admin/ as JSON when the site is built. */
import type { Settings } from '../lib/content/settings.ts';

export interface PreviewData {
  settings: Settings;
  /** Slugs of consultations with a published feedback report (their derived status is "outcome"). */
  consultationsWithFeedback: string[];
}

export const PREVIEW_DATA_ELEMENT_ID = 'cms-preview-data';

export function readPreviewData(doc: Document = document): PreviewData {
  const element = doc.getElementById(PREVIEW_DATA_ELEMENT_ID);
  if (!element?.textContent) throw new Error(`cms: the admin page has no #${PREVIEW_DATA_ELEMENT_ID}`);
  return JSON.parse(element.textContent) as PreviewData;
}
