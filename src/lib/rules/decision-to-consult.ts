/**
 * `decision-to-consult`: the activity chosen agrees with the recorded answers to "do we need to consult?"
 * (src/lib/decision-trail.ts). Information only is never enough where the law or a promise requires a
 * consultation, and a consultation needs something still open to influence. Where the answers point
 * elsewhere, a warning quotes the recorded reason, so the consultation group can judge it.
 */
import { pointsTo } from '../decision-trail.ts';
import { ACTIVITY_NOUNS } from '../labels.ts';
import { withArticle } from '../text/decision-trail.ts';
import { asConsultation } from './consultation-facts.ts';
import { atField, type Finding, type Rule } from './core/index.ts';

export const decisionToConsultRule = {
  id: 'decision-to-consult',
  scope: 'file',
  checkEntry(entry) {
    const consultation = asConsultation(entry);
    const answers = consultation?.data.decisionToConsult;
    if (!consultation || !answers) return [];
    const { activity } = consultation.data;
    const findings: Finding[] = [];
    if (activity === 'information' && (answers.statutoryDuty || answers.promisedToConsult)) {
      const why = answers.statutoryDuty ? 'the law requires a consultation' : 'we promised to consult';
      findings.push(
        atField(
          'decision-to-consult',
          'error',
          consultation,
          ['activity'],
          `activity is "information", but the decision record says ${why}: informing people is not enough, so make it a consultation`,
        ),
      );
    }
    if (activity === 'consultation' && answers.scopeToInfluence === 'none') {
      findings.push(
        atField(
          'decision-to-consult',
          'error',
          consultation,
          ['decisionToConsult', 'scopeToInfluence'],
          'scopeToInfluence is "none", so nothing is at a formative stage and this cannot be a consultation: make it "information" and explain why in reason, or say what views can still change',
        ),
      );
    }
    if (findings.length > 0) return findings;
    const pointer = pointsTo(answers);
    if (!pointer.activities.includes(activity)) {
      const pointed = pointer.activities.map((candidate) => `"${candidate}"`).join(' or ');
      findings.push(
        atField(
          'decision-to-consult',
          'warning',
          consultation,
          ['activity'],
          `the answers point to ${pointed} because ${pointer.because}, but this is ${withArticle(ACTIVITY_NOUNS[activity])}; the reason recorded is: "${answers.reason}"`,
        ),
      );
    }
    return findings;
  },
} satisfies Rule;
