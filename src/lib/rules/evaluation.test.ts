import { describe, expect, it } from 'vitest';
import { FEEDBACK, LIBRARY, runRule, withFields } from '../../../support/rule-fixtures.ts';
import { evaluationRule } from './evaluation.ts';

const FILE = 'content/feedback/library-hours.mdx';
const consultation = withFields(
  LIBRARY,
  `successCriteria:
  - At least 100 responses from library users and non-users.
targetGroups:
  - group: People who work during the day
    how: Evening drop-in sessions at both libraries.
`,
);
const evaluation = (criterion: string, group: string) =>
  withFields(
    FEEDBACK,
    `evaluation:
  criteria:
    - criterion: ${criterion}
      met: true
      note: 120 people responded, 30 of whom do not use a library now.
  reached:
    - group: ${group}
      reached: false
      note: Only 6 people came to the evening drop-ins.
  worked: The paper surveys at every library brought in a fifth of the responses.
  improve: We will promote the evening sessions at railway stations next time.
`,
  );
const check = (feedback: string, text = consultation) =>
  runRule(evaluationRule, { consultation: text, feedback }, '2027-03-01');

describe('evaluation', () => {
  it('passes a report that answers every criterion and group, and one for a consultation that set none', () => {
    expect(
      check(evaluation('At least 100 responses from library users and non-users.', 'People who work during the day')),
    ).toEqual([]);
    expect(check(FEEDBACK, LIBRARY)).toEqual([]);
  });

  it('asks for an evaluation where the consultation set success criteria, at the consultation field', () => {
    expect(check(FEEDBACK)).toEqual([
      {
        severity: 'error',
        file: FILE,
        line: 2,
        message:
          'the consultation set success criteria: add evaluation with whether each was met, what worked and what we will improve',
      },
    ]);
  });

  it('names each criterion and group left unanswered, matched by their exact words', () => {
    expect(check(evaluation('At least 100 responses.', 'People who work in the day'))).toEqual([
      expect.objectContaining({
        line: 17,
        message: expect.stringContaining('"At least 100 responses from library users and non-users." has no answer'),
      }),
      expect.objectContaining({
        line: 21,
        message: expect.stringContaining('"People who work during the day" has no answer'),
      }),
    ]);
  });
});
