/**
 * `findings-before-decision`: decision makers have the results of consultation when they decide (the
 * Gunning principles). The findings report is published no later than the decision meeting and any
 * recorded decision; once the meeting of a closed consultation has passed, its findings are asked for.
 */
import { formatDate } from '../text/dates.ts';
import { statusOf } from './consultation-facts.ts';
import { atField, type Finding, type Rule } from './core/index.ts';

export const findingsBeforeDecisionRule = {
  id: 'findings-before-decision',
  scope: 'tree',
  checkTree(context) {
    const findings: Finding[] = [];
    for (const consultation of context.consultations) {
      const { findings: report, decisionMeeting, decision } = consultation.data;
      const feedbackDecision = context.feedbackByConsultation.get(consultation.source.slug)?.data.decision;
      if (report) {
        const decisions = [
          decisionMeeting && { date: decisionMeeting.date, what: `the decision meeting (${decisionMeeting.body})` },
          decision && { date: decision.date, what: 'the decision recorded on the consultation' },
          feedbackDecision && { date: feedbackDecision.date, what: 'the decision in the feedback report' },
        ].filter((entry) => !!entry);
        const first = decisions
          .filter((entry) => report.published > entry.date)
          .sort((a, b) => a.date.localeCompare(b.date))[0];
        if (first) {
          findings.push(
            atField(
              'findings-before-decision',
              'error',
              consultation,
              ['findings', 'published'],
              `the findings were published on ${formatDate(report.published)}, after ${first.what} on ${formatDate(first.date)}: decision makers must have what people said before they decide`,
            ),
          );
        }
        continue;
      }
      const status = statusOf(consultation, context);
      if (decisionMeeting && (status === 'closed' || status === 'outcome') && decisionMeeting.date < context.today) {
        findings.push(
          atField(
            'findings-before-decision',
            'warning',
            consultation,
            ['decisionMeeting', 'date'],
            `${decisionMeeting.body} met on ${formatDate(decisionMeeting.date)}: add findings with the date and link of the report of what people said that it was given`,
          ),
        );
      }
    }
    return findings;
  },
} satisfies Rule;
