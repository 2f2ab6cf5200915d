/**
 * `closing-the-loop`: every closed consultation gets a "We asked, you said, we did" report within
 * `feedbackWithinWeeks`, and where views did not change the decision the report says why.
 */
import {
  atField,
  type Finding,
  findingAt,
  keyPosition,
  type ParsedEntry,
  type Rule,
  type RuleContext,
  type ValidEntry,
} from './core/index.ts';
import { describeIssue } from '../content/errors.ts';
import { daysBetween, type IsoDate } from '../dates/calendar-date.ts';
import { contentFile } from '../routes.ts';
import type { Consultation } from '../schema/consultation.ts';
import type { Feedback } from '../schema/feedback.ts';
import { collectionSchemas } from '../schema/index.ts';
import { feedbackDueDate } from '../status.ts';
import type { z } from 'zod';
import { isHeldToConsultationRules, statusOf } from './consultation-facts.ts';

export interface OverdueFeedback {
  slug: string;
  title: string;
  file: string;
  closes: IsoDate;
  due: IsoDate;
  daysOverdue: number;
}

/** Closed consultations whose feedback report is past due, most overdue first. */
export function overdueFeedback(context: RuleContext): OverdueFeedback[] {
  const weeks = context.settings.process.feedbackWithinWeeks;
  const overdue: OverdueFeedback[] = [];
  for (const entry of context.consultations) {
    if (!isHeldToConsultationRules(entry.data) || statusOf(entry, context) !== 'closed') continue;
    const due = feedbackDueDate(entry.data.closes, weeks);
    if (context.today > due) {
      overdue.push({
        slug: entry.source.slug,
        title: entry.data.title,
        file: entry.source.file,
        closes: entry.data.closes,
        due,
        daysOverdue: daysBetween(due, context.today),
      });
    }
  }
  return overdue.sort((a, b) => b.daysOverdue - a.daysOverdue || a.slug.localeCompare(b.slug));
}

/** The schema's "a theme not influenced needs a reason" belongs to this rule, not to `schema`. */
export function isClosingTheLoopIssue(entry: ParsedEntry, issue: z.core.$ZodIssue): boolean {
  const [first, , last] = issue.path;
  return (
    entry.source.collection === 'feedback' &&
    first === 'themes' &&
    last === 'reason' &&
    issue.path.length === 3 &&
    issue.input === undefined
  );
}

export const closingTheLoopRule = {
  id: 'closing-the-loop',
  scope: 'tree',
  liveThreshold: (process) =>
    `Feedback report published within ${process.feedbackWithinWeeks} weeks of closing, with reasons wherever views did not change the decision.`,
  checkEntry(entry, context) {
    if (entry.source.collection === 'feedback') return feedbackFindings(entry, context);
    return [];
  },
  checkTree(context) {
    return overdueFeedback(context).map((item) => {
      const entry = context.consultationsBySlug.get(item.slug)!;
      const late = `closed on ${item.closes} and its feedback report was due by ${item.due} (${context.settings.process.feedbackWithinWeeks} weeks later)`;
      const delay = entry.data.feedbackDelay;
      // GOV.UK practice: publish within 12 weeks or explain the delay on the page. An explained delay
      // with a new date still in the future is a warning; once that date passes too, it is an error again.
      if (delay && context.today <= delay.expected) {
        return atField(
          'closing-the-loop',
          'warning',
          entry,
          ['feedbackDelay', 'expected'],
          `${late}; the page explains the delay and expects the report by ${delay.expected}`,
        );
      }
      if (delay) {
        return atField(
          'closing-the-loop',
          'error',
          entry,
          ['feedbackDelay', 'expected'],
          `${late}, and the new date in feedbackDelay (${delay.expected}) has passed too: publish ${contentFile('feedback', item.slug)} or give residents a new date and reason`,
        );
      }
      return atField(
        'closing-the-loop',
        'error',
        entry,
        ['closes'],
        `${late}: publish "We asked, you said, we did" as ${contentFile('feedback', item.slug)}, or explain the delay with feedbackDelay (reason and expected date)`,
      );
    });
  },
} satisfies Rule;

function feedbackFindings(entry: ParsedEntry, context: RuleContext): Finding[] {
  const findings: Finding[] = entry.issues
    .filter((issue) => isClosingTheLoopIssue(entry, issue))
    .map((issue) =>
      findingAt(
        'closing-the-loop',
        'error',
        entry,
        keyPosition(entry.source, issue.path.slice(0, 2)),
        `${describeIssue(issue, collectionSchemas.feedback).message}: residents need to know why their views did not change the decision`,
      ),
    );
  if (entry.data === undefined) return findings;
  const report = entry as ValidEntry<Feedback>;
  const consultation: ValidEntry<Consultation> | undefined = context.consultationsBySlug.get(report.data.consultation);
  if (!consultation) return findings;
  const due = feedbackDueDate(consultation.data.closes, context.settings.process.feedbackWithinWeeks);
  if (report.data.published > due) {
    findings.push(
      atField(
        'closing-the-loop',
        'warning',
        report,
        ['published'],
        `published ${report.data.published}, after the due date ${due} (${context.settings.process.feedbackWithinWeeks} weeks after closing): say on the page why it was late`,
      ),
    );
  }
  return findings;
}
