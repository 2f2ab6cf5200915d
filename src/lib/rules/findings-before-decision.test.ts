import { describe, expect, it } from 'vitest';
import { FEEDBACK, LIBRARY, runRule, withFields } from '../../../support/rule-fixtures.ts';
import { findingsBeforeDecisionRule } from './findings-before-decision.ts';

const FILE = 'content/consultations/library-hours.mdx';
const MEETING = 'decisionMeeting:\n  body: Cabinet Member for Communities\n  date: 2027-02-10\n';
const findings = (published: string) =>
  `findings:\n  published: ${published}\n  href: https://www.harrowdale.example/libraries/opening-hours-findings\n`;
const check = (consultation: string, feedback?: string, today = '2027-03-01') =>
  runRule(findingsBeforeDecisionRule, { consultation, feedback }, today);

describe('findings-before-decision', () => {
  it('passes findings published before the meeting and the decision (the same day counts)', () => {
    expect(check(withFields(LIBRARY, MEETING + findings('2027-02-03')), FEEDBACK)).toEqual([]);
    expect(check(withFields(LIBRARY, MEETING + findings('2027-02-10')), FEEDBACK)).toEqual([]);
  });

  it('refuses findings published after the decision meeting, at findings.published', () => {
    expect(check(withFields(LIBRARY, MEETING + findings('2027-02-12')))).toEqual([
      {
        severity: 'error',
        file: FILE,
        line: 33,
        message:
          'the findings were published on 12 February 2027, after the decision meeting (Cabinet Member for Communities) on 10 February 2027: decision makers must have what people said before they decide',
      },
    ]);
  });

  it("refuses findings published after the feedback report's decision, with no meeting recorded", () => {
    // The clean feedback report records the decision on 10 February 2027.
    const [finding] = check(withFields(LIBRARY, findings('2027-02-11')), FEEDBACK);
    expect(finding).toMatchObject({
      severity: 'error',
      message: expect.stringContaining('after the decision in the feedback report'),
    });
  });

  it('warns once the meeting of a closed consultation has passed without findings, at the meeting date', () => {
    expect(check(withFields(LIBRARY, MEETING), undefined, '2027-02-11')).toEqual([
      {
        severity: 'warning',
        file: FILE,
        line: 31,
        message:
          'Cabinet Member for Communities met on 10 February 2027: add findings with the date and link of the report of what people said that it was given',
      },
    ]);
    // Not before the meeting, and not while it is still open.
    expect(check(withFields(LIBRARY, MEETING), undefined, '2027-02-09')).toEqual([]);
    const longer = withFields(LIBRARY.replace('closes: 2027-01-11', 'closes: 2027-02-22'), MEETING);
    expect(check(longer, undefined, '2027-02-11')).toEqual([]);
  });
});
