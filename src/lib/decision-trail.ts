/**
 * Judgements of the decision trail of one entry, shared by the rules and the pages so they cannot differ.
 * "Do we need to consult?": what the answers of a recorded decision point to (the Essex table and the Kent
 * decision tree); the first answer that applies wins. And how an action of a feedback report stands.
 */
import type { IsoDate } from './dates/calendar-date.ts';
import type { Activity } from './schema/consultation.ts';
import type { DecisionToConsult, FeedbackAction } from './schema/decision-trail.ts';

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

/** How an action stands on a day: its stored status, with done split by its due date and late when past due. */
export const ACTION_STANDINGS = ['done-on-time', 'done-late', 'dropped', 'late', 'in-progress', 'planned'] as const;
export type ActionStanding = (typeof ACTION_STANDINGS)[number];

export function actionStanding(action: FeedbackAction, today: IsoDate): ActionStanding {
  if (action.status === 'done') return action.completed && action.completed > action.due ? 'done-late' : 'done-on-time';
  if (action.status === 'dropped') return 'dropped';
  if (today > action.due) return 'late';
  return action.status;
}
