/**
 * A temporary git repository where some changes to the Riverside parking consultation did not come through
 * an approved pull request, with every kind of change the audit must show: announced with its plan
 * document (PR #3, approved), closing date moved (PR #5, approved), paused by a direct push, resumed by
 * an admin merge without the authoriser (PR #6), the plan document replaced with no approvals note at
 * all (PR #7), the feedback report published (PR #9, approved), then after closing the decision changed
 * and the page text edited, both pushed straight to main. Notes are written the way the recorder writes them.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { directPushNote } from '../../../src/lib/governance/notes.ts';
import {
  APPROVAL_NOTE,
  consultationMdx,
  FEEDBACK_MDX,
  repoScript,
  TOM,
  type ScriptedRepo,
} from '../../../support/scripted-repo.ts';

const PLAN = 'public/documents/riverside-parking-plan.html';
const DOCUMENTS = `documents:
  - title: Riverside Road parking plan
    href: /documents/riverside-parking-plan.html
    format: html
    accessible: true
`;
const PAUSED = 'status: paused\nstatusReason: Paused while we check the traffic survey figures.\n';
const CHANGED_DECISION = `decision:
  date: 2027-01-28
  by: Cabinet Member for Highways
  summary: Short-stay bays will be introduced in May 2027; the loading zone is dropped.
`;
const plan = (version: string) =>
  `<!doctype html><html lang="en"><head><title>Riverside Road parking plan</title></head><body><h1>Riverside Road parking plan</h1><p>${version}</p></body></html>\n`;

const approved = (pr: number, title: string, submittedAt: string) => ({
  pr,
  title,
  author: 'priya-shah',
  mergedBy: 'tom-reed',
  mergedAt: submittedAt,
  approvals: [{ login: 'jo-consult', role: 'consultation-group', commit: 'abc1234', submittedAt }],
  result: { ok: true, missing: [] },
});
export function createUnreviewedRepo(): ScriptedRepo {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'history-unreviewed-'));
  const commits: Record<string, string> = {};
  const { run, write, commit, note } = repoScript(dir, commits);
  const file = 'content/consultations/riverside-parking.mdx';
  const version = (extra: string, closes = '2026-12-07') =>
    consultationMdx({ opens: '2026-09-07', closes, extra: `${DOCUMENTS}${extra}` });

  run(['init', '-q', '-b', 'main']);
  write('README.md', 'Harrowdale consultation hub\n');
  commit('init', 'Start the hub', '2026-05-01T09:00:00+01:00', TOM);

  write(file, version('', '2026-11-30'));
  write(PLAN, plan('Short-stay bays outside the shops and a loading zone near the bridge.'));
  commit('announced', 'Announce the Riverside parking consultation (#3)', '2026-06-01T11:30:00+01:00');
  note(
    'announced',
    approved(3, 'Announce the Riverside parking consultation', '2026-06-01T09:00:00Z'),
    '2026-06-01T11:35:00+01:00',
  );

  write(file, version(''));
  commit('extended', 'Extend the Riverside parking consultation by a week (#5)', '2026-07-15T11:00:00+01:00');
  note('extended', APPROVAL_NOTE, '2026-07-15T11:05:00+01:00');

  write(file, version(PAUSED));
  commit('paused', 'Pause the Riverside parking consultation', '2026-09-21T08:40:00+01:00', TOM);
  note('paused', directPushNote(), '2026-09-21T08:45:00+01:00');

  write(file, version(''));
  commit('resumed', 'Resume the Riverside parking consultation (#6)', '2026-09-28T10:00:00+01:00', TOM);
  note(
    'resumed',
    {
      ...approved(6, 'Resume the Riverside parking consultation', '2026-09-28T08:30:00Z'),
      result: { ok: false, missing: ['authoriser'] },
    },
    '2026-09-28T10:05:00+01:00',
  );

  write(PLAN, plan('Short-stay bays outside the shops only; the loading zone moves to Mill Lane.'));
  commit('replaced', 'Update the Riverside parking plan (#7)', '2026-10-05T15:00:00+01:00');

  write('content/feedback/riverside-parking.mdx', FEEDBACK_MDX);
  commit('feedback', 'Publish the Riverside parking feedback report (#9)', '2027-01-20T16:45:00Z');
  note(
    'feedback',
    approved(9, 'Publish the Riverside parking feedback report', '2027-01-20T15:00:00Z'),
    '2027-01-20T16:50:00Z',
  );

  write(file, version(CHANGED_DECISION));
  commit('decision', 'Correct the Riverside parking decision', '2027-02-03T09:30:00Z', TOM);

  write(file, `${version(CHANGED_DECISION)}\n## What happens next\n\nThe new bays will be marked in May 2027.\n`);
  commit('after-closing', 'Say when the bays will be marked', '2027-02-10T12:00:00Z', TOM);

  return { dir, commits, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}
