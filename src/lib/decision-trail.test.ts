import { describe, expect, it } from 'vitest';
import { decisionQuestions, pointsTo } from './decision-trail.ts';
import type { DecisionToConsult } from './schema/decision-trail.ts';

const NOTHING: DecisionToConsult = {
  decidedBy: 'Head of Libraries',
  decidedOn: '2026-07-20',
  statutoryDuty: false,
  promisedToConsult: false,
  significantImpact: false,
  contentious: false,
  knowledgeGaps: false,
  scopeToInfluence: 'options',
  ongoingInvolvement: false,
  reason: 'Nothing points to a consultation here at all.',
};
const activities = (answers: Partial<DecisionToConsult>) => pointsTo({ ...NOTHING, ...answers }).activities;

describe('pointsTo: the first answer that applies wins', () => {
  it('a statutory duty or a promise points to consultation, even with nothing to influence', () => {
    expect(activities({ statutoryDuty: true, scopeToInfluence: 'none' })).toEqual(['consultation']);
    expect(activities({ promisedToConsult: true, urgentUnforeseen: true })).toEqual(['consultation']);
  });

  it('no scope, or urgent and unforeseen, points to information before any impact', () => {
    expect(activities({ scopeToInfluence: 'none', significantImpact: true })).toEqual(['information']);
    expect(activities({ urgentUnforeseen: true, ongoingInvolvement: true })).toEqual(['information']);
  });

  it('ongoing involvement points to involvement or co-production before impact', () => {
    expect(activities({ ongoingInvolvement: true, contentious: true })).toEqual(['involvement', 'co-production']);
  });

  it('impact, controversy or gaps point to consultation or engagement, saying which', () => {
    expect(pointsTo({ ...NOTHING, contentious: true, knowledgeGaps: true })).toEqual({
      activities: ['consultation', 'engagement'],
      because: 'it is contentious and we need to fill gaps in what we know',
    });
  });

  it('otherwise information', () => {
    expect(activities({})).toEqual(['information']);
  });
});

describe('decisionQuestions: the questions the decision aid asks', () => {
  it('are the fields the rules read, in the order of the record, worded by the schema (an optional one too)', () => {
    const questions = decisionQuestions();
    expect(questions.map((question) => question.field)).toEqual([
      'statutoryDuty',
      'promisedToConsult',
      'significantImpact',
      'contentious',
      'knowledgeGaps',
      'scopeToInfluence',
      'ongoingInvolvement',
      'urgentUnforeseen',
    ]);
    expect(questions.at(-1)!.question).toBe('Is the decision urgent and unforeseen, leaving no time to consult?');
  });
});
