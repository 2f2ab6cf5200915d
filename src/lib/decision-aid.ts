/**
 * "Do we need to consult?": what the answers of a recorded decision point to (the Essex table and the Kent
 * decision tree), one pure judgement shared by the `decision-to-consult` rule and the consultation page, so
 * what the page says and what the check judges cannot differ. The first answer that applies wins.
 */
import type { Activity } from './schema/consultation.ts';
import type { DecisionToConsult } from './schema/decision-trail.ts';

export interface Pointer {
  /** The activities the answers point to: the chosen one should be among them. */
  activities: readonly Activity[];
  /** Why, as a clause that follows "because": "the law requires it". */
  because: string;
}

export function pointsTo(answers: DecisionToConsult): Pointer {
  if (answers.statutoryDuty) return { activities: ['consultation'], because: 'the law requires us to consult' };
  if (answers.promisedToConsult)
    return { activities: ['consultation'], because: 'we promised to consult, or people can expect us to' };
  if (answers.scopeToInfluence === 'none')
    return { activities: ['information'], because: 'there is no scope for views to change the decision' };
  if (answers.urgentUnforeseen)
    return { activities: ['information'], because: 'the decision is urgent and could not be foreseen' };
  if (answers.ongoingInvolvement)
    return {
      activities: ['involvement', 'co-production'],
      because: 'people need to be involved throughout, not asked once',
    };
  if (answers.significantImpact || answers.contentious || answers.knowledgeGaps) {
    const reasons = [
      answers.significantImpact && 'it has a significant impact',
      answers.contentious && 'it is contentious',
      answers.knowledgeGaps && 'we need to fill gaps in what we know',
    ].filter((reason): reason is string => typeof reason === 'string');
    return { activities: ['consultation', 'engagement'], because: reasons.join(' and ') };
  }
  return {
    activities: ['information'],
    because: 'there is no duty, promise, significant impact, controversy or gap in what we know',
  };
}
