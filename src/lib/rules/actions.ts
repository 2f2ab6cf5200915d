/**
 * `actions`: each action of a feedback report says where it has got to. Done needs the date it was
 * completed, dropped needs the reason; an action still planned or in progress after its due date is a
 * warning saying how late it is, so the report is kept up to date.
 */
import { daysBetween } from '../dates/calendar-date.ts';
import type { Feedback } from '../schema/feedback.ts';
import { formatDate } from '../text/dates.ts';
import { describeDuration } from '../text/duration.ts';
import { plural } from '../text/plural.ts';
import { atField, type Finding, type Rule, type ValidEntry } from './core/index.ts';

export const actionsRule = {
  id: 'actions',
  scope: 'file-and-today',
  checkEntry(entry, context) {
    if (entry.source.collection !== 'feedback' || !entry.data) return [];
    const report = entry as ValidEntry<Feedback>;
    const findings: Finding[] = [];
    (report.data.actions ?? []).forEach((action, index) => {
      const at = (field: string) => ['actions', index, field];
      const name = `"${action.action}"`;
      if (action.status === 'done' && !action.completed) {
        findings.push(
          atField('actions', 'error', report, at('status'), `${name} is done: add completed with the date it was done`),
        );
      }
      if (action.status === 'dropped' && !action.reason) {
        findings.push(
          atField('actions', 'error', report, at('status'), `${name} was dropped: add reason to tell residents why`),
        );
      }
      if ((action.status === 'planned' || action.status === 'in-progress') && context.today > action.due) {
        const late = daysBetween(action.due, context.today);
        findings.push(
          atField(
            'actions',
            'warning',
            report,
            at('due'),
            `${name} was due on ${formatDate(action.due)} and is ${late < 7 ? plural(late, 'day') : describeDuration(late)} late: update its status and progress, or set a new due date and say why in progress`,
          ),
        );
      }
    });
    return findings;
  },
} satisfies Rule;
