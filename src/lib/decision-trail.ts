/**
 * Judgements of the decision trail of one entry, shared by the rules and the pages so they cannot differ.
 * "Do we need to consult?": what the answers of a recorded decision point to (the Essex table and the Kent
 * decision tree); the first answer that applies wins. And how an action of a feedback report stands.
 */
import type { IsoDate } from './dates/calendar-date.ts';
import type { Activity } from './schema/consultation.ts';
import { z } from 'zod';
import { decisionToConsultSchema } from './schema/decision-trail.ts';
import type { DecisionToConsult, FeedbackAction, ScopeToInfluence } from './schema/decision-trail.ts';

export interface Pointer {
  /** The activities the answers point to: the chosen one should be among them. */
  activities: readonly Activity[];
  /** Why, as a clause that follows "because": "the law requires it". */
  because: string;
}

/** An answer to one question of the decision record that points to an activity, with why, after "because". */
export interface Answer {
  field: keyof DecisionToConsult;
  /** Yes to a question, or how much views can still change. */
  is: true | ScopeToInfluence;
  because: string;
}

/** The answers that point to the same activities: any one of them applies, and each met gives its reason. */
export interface PointerRule {
  when: readonly Answer[];
  activities: readonly Activity[];
}

/**
 * "Do we need to consult?" in order: the first rule with an answer that applies wins. The rule and the
 * decision aid page both read this list, so staff decide the way the check judges.
 */
export const POINTER_RULES: readonly PointerRule[] = [
  {
    when: [{ field: 'statutoryDuty', is: true, because: 'the law requires us to consult' }],
    activities: ['consultation'],
  },
  {
    when: [{ field: 'promisedToConsult', is: true, because: 'we promised to consult, or people can expect us to' }],
    activities: ['consultation'],
  },
  {
    when: [{ field: 'scopeToInfluence', is: 'none', because: 'there is no scope for views to change the decision' }],
    activities: ['information'],
  },
  {
    when: [{ field: 'urgentUnforeseen', is: true, because: 'the decision is urgent and could not be foreseen' }],
    activities: ['information'],
  },
  {
    when: [{ field: 'ongoingInvolvement', is: true, because: 'people need to be involved throughout, not asked once' }],
    activities: ['involvement', 'co-production'],
  },
  {
    when: [
      { field: 'significantImpact', is: true, because: 'it has a significant impact' },
      { field: 'contentious', is: true, because: 'it is contentious' },
      { field: 'knowledgeGaps', is: true, because: 'we need to fill gaps in what we know' },
    ],
    activities: ['consultation', 'engagement'],
  },
];

/** Where no rule applies. */
export const OTHERWISE: Pointer = {
  activities: ['information'],
  because: 'there is no duty, promise, significant impact, controversy or gap in what we know',
};

/** A question of the decision record, worded by the schema's description (which the CMS shows as the hint). */
export interface DecisionQuestion {
  field: keyof DecisionToConsult;
  question: string;
}

/** The questions the rules read, in the order of the decision record. */
export function decisionQuestions(): DecisionQuestion[] {
  const asked = new Set(POINTER_RULES.flatMap((rule) => rule.when.map((answer) => answer.field)));
  return Object.entries(decisionToConsultSchema.shape)
    .filter(([field]) => asked.has(field as keyof DecisionToConsult))
    .map(([field, schema]) => ({
      field: field as keyof DecisionToConsult,
      // An optional question keeps its description on the inner schema.
      question:
        schema.description ?? (schema instanceof z.ZodOptional ? schema.unwrap().description : undefined) ?? field,
    }));
}

export function pointsTo(answers: DecisionToConsult): Pointer {
  for (const rule of POINTER_RULES) {
    const met = rule.when.filter((answer) => answers[answer.field] === answer.is);
    if (met.length > 0)
      return { activities: rule.activities, because: met.map((answer) => answer.because).join(' and ') };
  }
  return OTHERWISE;
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
