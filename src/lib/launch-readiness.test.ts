import { describe, expect, it } from 'vitest';
import { launchGaps, latestDateFor, type LaunchPolicy } from './launch-readiness.ts';
import type { Consultation } from './schema/consultation.ts';

const POLICY: LaunchPolicy = {
  decisionTrailFrom: '2027-01-01',
  bankHolidayRegion: 'england-and-wales',
  launchSteps: [
    { field: 'scrutinyNotified', label: 'Scrutiny told' },
    { field: 'authorisedOn', label: 'Launch authorised' },
    { field: 'stakeholdersInformed', label: 'Stakeholders informed', beforeOpensWorkingDays: 5 },
  ],
};

const consultation = (opens: string, governance: Consultation['governance']) => ({
  activity: 'consultation' as const,
  opens,
  respond: { post: 'Freepost HARROWDALE LIBRARIES' },
  formats: [],
  equalityImpact: { status: 'completed' as const },
  governance: { authorisedBy: 'Cabinet Member for Communities', authorisedOn: '2027-04-01', ...governance },
});

describe('launch steps of process.yaml', () => {
  it('are not asked of a consultation opening before decisionTrailFrom', () => {
    expect(launchGaps(consultation('2026-12-07', {}), POLICY)).toEqual([]);
  });

  it('ask for each step not recorded, naming the field and how early it must be', () => {
    expect(launchGaps(consultation('2027-05-10', {}), POLICY)).toEqual([
      {
        need: 'launch-step',
        path: ['governance', 'scrutinyNotified'],
        missing: 'a record of this step: scrutiny told',
        fix: 'add Governance > Scrutiny notified',
      },
      {
        need: 'launch-step',
        path: ['governance', 'stakeholdersInformed'],
        missing: 'a record of this step: stakeholders informed',
        fix: 'add Governance > Stakeholders informed at least 5 working days before it opens',
      },
    ]);
  });

  it('count working days before opening: 5 working days is enough, 4 is not', () => {
    // Monday 10 May 2027 opens; Monday 3 May is a bank holiday, so the fifth working day back is Friday 30 April.
    const governance = { scrutinyNotified: '2027-04-01' };
    expect(
      launchGaps(consultation('2027-05-10', { ...governance, stakeholdersInformed: '2027-04-30' }), POLICY),
    ).toEqual([]);
    const [late] = launchGaps(
      consultation('2027-05-10', { ...governance, stakeholdersInformed: '2027-05-04' }),
      POLICY,
    );
    expect(late).toEqual({
      need: 'launch-step',
      path: ['governance', 'stakeholdersInformed'],
      missing: 'stakeholders informed at least 5 working days before it opens',
      fix: 'Governance > Stakeholders informed is 4 May 2027, 4 working days before it opens: it was due by 30 April 2027, so move the opening day',
    });
  });

  it('add no second gap for the authorisation the fixed check already asks for', () => {
    const unauthorised = {
      ...consultation('2027-05-10', {}),
      governance: { scrutinyNotified: '2027-04-01', stakeholdersInformed: '2027-04-26' },
    };
    expect(launchGaps(unauthorised, POLICY).map((gap) => gap.need)).toEqual(['authorisation']);
  });

  it('latestDateFor steps back over weekends and bank holidays', () => {
    expect(latestDateFor('2027-05-10', 5, 'england-and-wales')).toBe('2027-04-30');
    expect(latestDateFor('2027-05-10', 1, 'england-and-wales')).toBe('2027-05-07');
  });
});
