/** `status`: a withdrawn or paused consultation says why, and no decision is dated before the consultation closed. */
import { asConsultation } from './consultation-facts.ts';
import { atField, type Finding, type Rule } from './core/index.ts';
import { fieldLabel } from '../labels.ts';

export const statusRule = {
  id: 'status',
  scope: 'file',
  checkEntry(entry) {
    const consultation = asConsultation(entry);
    if (!consultation) return [];
    const findings: Finding[] = [];
    const { status, statusReason, decision, closes } = consultation.data;
    if (status && !statusReason) {
      findings.push(
        atField(
          'status',
          'error',
          consultation,
          ['status'],
          `${fieldLabel('status')} is "${status}": fill in ${fieldLabel('statusReason')} to tell residents why it was ${status}`,
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
    return findings;
  },
  // A feedback report's decision is judged against the consultation it reports on: another file.
  checkTree(context) {
    const findings: Finding[] = [];
    for (const report of context.feedback) {
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
} satisfies Rule;
