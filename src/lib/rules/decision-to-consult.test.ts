import { describe, expect, it } from 'vitest';
import { edit, LIBRARY, runRule, withFields } from '../../../support/rule-fixtures.ts';
import { decisionToConsultRule } from './decision-to-consult.ts';

const FILE = 'content/consultations/library-hours.mdx';

function answers(overrides: Record<string, string> = {}): string {
  const fields = {
    decidedBy: 'Head of Libraries',
    decidedOn: '2026-07-20',
    statutoryDuty: 'false',
    promisedToConsult: 'false',
    significantImpact: 'true',
    contentious: 'false',
    knowledgeGaps: 'false',
    scopeToInfluence: 'options',
    ongoingInvolvement: 'false',
    reason: 'Opening hours affect many people, and residents can still choose the evenings.',
    ...overrides,
  };
  return `decisionToConsult:\n${Object.entries(fields)
    .map(([key, value]) => `  ${key}: ${value}`)
    .join('\n')}\n`;
}

const check = (text: string) => runRule(decisionToConsultRule, { consultation: text });

describe('decision-to-consult', () => {
  it('passes a consultation whose answers point to one, and a file with no record', () => {
    expect(check(withFields(LIBRARY, answers()))).toEqual([]);
    expect(check(LIBRARY)).toEqual([]);
  });

  it('refuses information only where the law requires a consultation, at the activity', () => {
    const text = withFields(
      edit(LIBRARY, 'activity: consultation', 'activity: information'),
      answers({ statutoryDuty: 'true' }),
    );
    expect(check(text)).toEqual([
      {
        severity: 'error',
        file: FILE,
        line: 4,
        message:
          'activity is "information", but the decision record says the law requires a consultation: informing people is not enough, so make it a consultation',
      },
    ]);
  });

  it('refuses information only where we promised to consult', () => {
    const text = withFields(
      edit(LIBRARY, 'activity: consultation', 'activity: information'),
      answers({ promisedToConsult: 'true' }),
    );
    expect(check(text)).toMatchObject([
      { severity: 'error', line: 4, message: expect.stringContaining('we promised to consult') },
    ]);
  });

  it('refuses a consultation with nothing open to influence, at scopeToInfluence, and adds no second finding', () => {
    const text = withFields(LIBRARY, answers({ scopeToInfluence: 'none' }));
    expect(check(text)).toEqual([
      expect.objectContaining({
        severity: 'error',
        line: 37,
        message: expect.stringContaining('scopeToInfluence is "none"'),
      }),
    ]);
  });

  it('warns when the answers point elsewhere, quoting the reason recorded', () => {
    const text = withFields(
      edit(LIBRARY, 'activity: consultation', 'activity: research'),
      answers({ reason: 'We chose research because there is no proposal yet to consult on.' }),
    );
    expect(check(text)).toEqual([
      {
        severity: 'warning',
        file: FILE,
        line: 4,
        message:
          'the answers point to "consultation" or "engagement" because it has a significant impact, but this is a research activity; the reason recorded is: "We chose research because there is no proposal yet to consult on."',
      },
    ]);
  });

  it('accepts co-production where people must be involved throughout, and information where the decision is urgent', () => {
    const coProduction = edit(LIBRARY, 'activity: consultation', 'activity: co-production');
    expect(check(withFields(coProduction, answers({ ongoingInvolvement: 'true' })))).toEqual([]);
    const notice = edit(LIBRARY, 'activity: consultation', 'activity: information');
    expect(check(withFields(notice, answers({ urgentUnforeseen: 'true' })))).toEqual([]);
  });
});
