/** `status`: a withdrawn or paused consultation says why, and no decision is dated before the consultation closed. */
import { atField, type Finding, type Rule, type ValidEntry } from './core/index.ts';
import type { Feedback } from '../schema/feedback.ts';
import { asConsultation } from './consultation-facts.ts';

export const statusRule: Rule = {
  id: 'status',
  checkEntry(entry, context) {
    const findings: Finding[] = [];
    const consultation = asConsultation(entry);
    if (consultation) {
      const { status, statusReason, decision, closes } = consultation.data;
      if (status && !statusReason) {
        findings.push(
          atField(
            'status',
            'error',
            consultation,
            ['status'],
            `status is "${status}": add statusReason to tell residents why it was ${status}`,
          ),
        );
      }
      if (decision && decision.date < closes) {
        findings.push(
          atField(
            'status',
            'error',
            consultation,
            ['decision', 'date'],
            `the decision is dated ${decision.date}, before the consultation closes on ${closes}: a decision must come after the consultation`,
          ),
        );
      }
    } else if (entry.source.collection === 'feedback' && entry.data !== undefined) {
      const report = entry as ValidEntry<Feedback>;
      const closes = context.consultationsBySlug.get(report.data.consultation)?.data.closes;
      if (closes && report.data.decision.date < closes) {
        findings.push(
          atField(
            'status',
            'error',
            report,
            ['decision', 'date'],
            `the decision is dated ${report.data.decision.date}, before the consultation closed on ${closes}: a decision must come after the consultation`,
          ),
        );
      }
    }
    return findings;
  },
};
