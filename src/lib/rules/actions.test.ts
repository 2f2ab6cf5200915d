import { describe, expect, it } from 'vitest';
import { FEEDBACK, runRule, withFields } from '../../../support/rule-fixtures.ts';
import { actionsRule } from './actions.ts';

const FILE = 'content/feedback/library-hours.mdx';
const action = (fields: string) =>
  withFields(
    FEEDBACK,
    `actions:\n  - action: Open both libraries until 7pm on weekdays.\n    owner: Libraries Development Team\n    due: 2027-04-05\n${fields}`,
  );
const check = (text: string, today = '2027-03-01') => runRule(actionsRule, { feedback: text }, today);

describe('actions', () => {
  it('passes actions with what each status needs, and a report with none', () => {
    expect(check(FEEDBACK)).toEqual([]);
    expect(check(action('    status: done\n    completed: 2027-04-01\n'), '2027-05-01')).toEqual([]);
    expect(check(action('    status: dropped\n    reason: The building work made evening opening unsafe.\n'))).toEqual(
      [],
    );
    expect(check(action('    status: planned\n'), '2027-04-05')).toEqual([]);
  });

  it('asks a done action for the date it was completed, at its status', () => {
    expect(check(action('    status: done\n'))).toEqual([
      {
        severity: 'error',
        file: FILE,
        line: 20,
        message: '"Open both libraries until 7pm on weekdays." is done: add completed with the date it was done',
      },
    ]);
  });

  it('asks a dropped action for its reason', () => {
    expect(check(action('    status: dropped\n'))).toMatchObject([
      { severity: 'error', line: 20, message: expect.stringContaining('was dropped: add reason') },
    ]);
  });

  it('warns about an action still in progress after its due date, saying how late, at the due date', () => {
    expect(check(action('    status: in-progress\n'), '2027-04-08')).toEqual([
      {
        severity: 'warning',
        file: FILE,
        line: 19,
        message:
          '"Open both libraries until 7pm on weekdays." was due on 5 April 2027 and is 3 days late: update its status and progress, or set a new due date and say why in progress',
      },
    ]);
    expect(check(action('    status: planned\n'), '2027-05-20')[0]?.message).toContain('is 6 weeks and 3 days late');
  });
});
