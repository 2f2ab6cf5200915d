/**
 * Changes that did not come through an approved pull request, and every kind of change to a
 * consultation, in the history and the audit timeline of a real repository (support/unreviewed-repo.ts).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSettings } from '../../src/lib/content/settings.ts';
import { frontmatterData } from '../../src/lib/content/source.ts';
import { auditTimeline, type AuditTimeline } from '../../src/lib/history/audit.ts';
import { readRepositoryHistory, type RepositoryHistory } from '../../src/lib/history/history.ts';
import { consultationSchema, feedbackSchema } from '../../src/lib/schema/index.ts';
import { ROOT } from '../../support/paths.ts';
import type { ScriptedRepo } from '../../support/scripted-repo.ts';
import { createUnreviewedRepo } from './support/unreviewed-repo.ts';

let repo: ScriptedRepo;
let history: RepositoryHistory;
const frontmatterOf = (file: string) => frontmatterData(readFileSync(path.join(repo.dir, file), 'utf8'));

beforeAll(() => {
  repo = createUnreviewedRepo();
  history = readRepositoryHistory(repo.dir);
});
afterAll(() => repo.cleanup());

describe('history of changes without an approved pull request', () => {
  it('says for each commit whether it came through an approved pull request, and why not', () => {
    const file = history.files.get('content/consultations/riverside-parking.mdx')!;
    expect(file.revisions.map((revision) => [revision.commit.title, revision.commit.approval])).toEqual([
      ['Announce the Riverside parking consultation', { approved: true }],
      ['Extend the Riverside parking consultation by a week', { approved: true }],
      ['Pause the Riverside parking consultation', { approved: false, because: 'direct-push', missing: [] }],
      [
        'Resume the Riverside parking consultation',
        { approved: false, because: 'missing-approvals', missing: ['authoriser'] },
      ],
      ['Correct the Riverside parking decision', { approved: false, because: 'no-note', missing: [] }],
      ['Say when the bays will be marked', { approved: false, because: 'no-note', missing: [] }],
    ]);
  });

  it('follows the documents under public/documents/ too', () => {
    expect(
      history.documents
        .get('public/documents/riverside-parking-plan.html')!
        .map((revision) => [revision.kind, revision.commit.date, revision.commit.pullRequest]),
    ).toEqual([
      ['added', '2026-06-01', 3],
      ['modified', '2026-10-05', 7],
    ]);
    // Documents do not count as content commits: the hub's first day and the count stay those of content/.
    expect(history.commitCount).toBe(7);
  });
});

describe('audit timeline with every kind of change', () => {
  let timeline: AuditTimeline;
  beforeAll(() => {
    timeline = auditTimeline({
      slug: 'riverside-parking',
      consultation: consultationSchema.parse(frontmatterOf('content/consultations/riverside-parking.mdx')),
      feedback: {
        slug: 'riverside-parking',
        data: feedbackSchema.parse(frontmatterOf('content/feedback/riverside-parking.mdx')),
      },
      history,
      process: loadSettings(ROOT).process,
      today: '2027-03-01',
    });
  });

  it('shows pauses and their reversal, replaced documents, decision changes and changes after closing, each with its approval or "No approval recorded"', () => {
    expect(timeline.steps.map((step) => [step.date, step.kind, step.description, step.commit?.approved])).toEqual([
      ['2026-06-01', 'announced', 'Announced as forthcoming', true],
      [
        '2026-06-01',
        'approved',
        'Pull request #3 approved by jo-consult (consultation-group): Announce the Riverside parking consultation',
        true,
      ],
      [
        '2026-07-15',
        'approved',
        'Pull request #5 approved by jo-consult (consultation-group), cllr-amara-osei (authoriser): Extend the Riverside parking consultation by a week',
        true,
      ],
      ['2026-07-15', 'date-changed', 'Closing date changed from 30 November 2026 to 7 December 2026', true],
      ['2026-09-07', 'opened', 'Opened for responses', undefined],
      [
        '2026-09-21',
        'not-approved',
        'No approval recorded (pushed straight to the branch, not through a pull request): Pause the Riverside parking consultation',
        false,
      ],
      ['2026-09-21', 'status-changed', 'Paused: Paused while we check the traffic survey figures.', false],
      [
        '2026-09-28',
        'not-approved',
        'No approval recorded (merged without the approvals it needed: authoriser): Resume the Riverside parking consultation (approved only by jo-consult (consultation-group))',
        false,
      ],
      ['2026-09-28', 'status-changed', 'Resumed after a pause', false],
      ['2026-10-05', 'not-approved', 'No approval recorded: Update the Riverside parking plan', false],
      [
        '2026-10-05',
        'document-changed',
        'Document replaced: Riverside Road parking plan (/documents/riverside-parking-plan.html)',
        false,
      ],
      ['2026-12-07', 'closed', 'Closed', undefined],
      [
        '2027-01-20',
        'approved',
        'Pull request #9 approved by jo-consult (consultation-group): Publish the Riverside parking feedback report',
        true,
      ],
      ['2027-01-20', 'feedback-published', 'Feedback report published', true],
      [
        '2027-01-20',
        'decision-recorded',
        'Decision recorded: Short-stay bays and a morning loading zone will be introduced in April 2027. (decided by Cabinet Member for Highways on 14 January 2027)',
        true,
      ],
      ['2027-02-03', 'not-approved', 'No approval recorded: Correct the Riverside parking decision', false],
      [
        '2027-02-03',
        'decision-changed',
        'Decision changed: Short-stay bays will be introduced in May 2027; the loading zone is dropped. (decided by Cabinet Member for Highways on 28 January 2027)',
        false,
      ],
      ['2027-02-10', 'not-approved', 'No approval recorded: Say when the bays will be marked', false],
      ['2027-02-10', 'record-changed', 'Changed after it closed: Page text updated', false],
    ]);
  });

  it('prints "No approval recorded" in npm run audit', () => {
    cpSync(path.join(ROOT, 'content/settings'), path.join(repo.dir, 'content/settings'), { recursive: true });
    const result = spawnSync(
      'npx',
      ['tsx', path.join(ROOT, 'scripts/audit.ts'), 'riverside-parking', '--today', '2027-03-01', '--root', repo.dir],
      { cwd: ROOT, encoding: 'utf8' },
    );
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(
      `2026-09-21  No approval recorded (pushed straight to the branch, not through a pull request): Pause the Riverside parking consultation [Tom Reed, ${repo.commits.paused!.slice(0, 7)}]`,
    );
    expect(result.stdout).toContain(
      '2026-10-05  Document replaced: Riverside Road parking plan (/documents/riverside-parking-plan.html) [PR #7, Priya Shah,',
    );
    expect(result.stdout).toContain('2027-02-10  Changed after it closed: Page text updated [Tom Reed,');
  });
});
