import { describe, expect, it } from 'vitest';
import { decisionTrailGaps } from './decision-trail.ts';

const consultation = { activity: 'consultation', opens: '2027-02-01' };

describe('decisionTrailGaps', () => {
  it('asks nothing of what opened before decisionTrailFrom, or when it is not set', () => {
    expect(decisionTrailGaps({ ...consultation, opens: '2026-12-31' }, '2027-01-01')).toEqual([]);
    expect(decisionTrailGaps(consultation, undefined)).toEqual([]);
  });

  it('asks every activity for the decision, and a consultation for its plan and meeting, from the opening day', () => {
    expect(decisionTrailGaps({ ...consultation, opens: '2027-01-01' }, '2027-01-01').map((gap) => gap.field)).toEqual([
      'decisionToConsult',
      'successCriteria',
      'targetGroups',
      'decisionMeeting',
    ]);
    expect(decisionTrailGaps({ activity: 'engagement', opens: '2027-02-01' }, '2027-01-01')).toHaveLength(1);
  });

  it('counts an empty list, as the CMS saves one, as missing', () => {
    const gaps = decisionTrailGaps(
      { ...consultation, decisionToConsult: {}, successCriteria: [], targetGroups: [], decisionMeeting: {} },
      '2027-01-01',
    );
    expect(gaps.map((gap) => gap.field)).toEqual(['successCriteria', 'targetGroups']);
  });
});
