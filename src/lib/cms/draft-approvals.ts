/**
 * Which approvals saving this draft will need, and why: the classifier and the requirements the approvals
 * check runs on the pull request (src/lib/governance), applied to the file as the entry was opened and as it
 * will be saved. Runs in the CMS preview, in the browser.
 */
import type { Settings } from '../content/settings.ts';
import type { IsoDate } from '../dates/calendar-date.ts';
import { classifyFile, type ChangeReason } from '../governance/classify.ts';
import { requiredSlots, type RoleSlot } from '../governance/requirements.ts';
import type { ChangeKind } from '../schema/settings.ts';

export interface DraftApprovals {
  kinds: ChangeKind[];
  reasons: ChangeReason[];
  /** One slot per distinct person needed, by role. */
  slots: RoleSlot[];
}

export function draftApprovals(
  file: { path: string; before?: string; after: string },
  settings: Settings,
  today: IsoDate,
): DraftApprovals {
  if (file.before === file.after) return { kinds: [], reasons: [], slots: [] };
  const reasons = classifyFile(
    { path: file.path, ...(file.before === undefined ? { status: 'added' } : { base: file.before }), head: file.after },
    today,
  );
  const kinds = [...new Set(reasons.map((reason) => reason.kind))];
  return { kinds, reasons, slots: requiredSlots(settings.governance, reasons).slots };
}
