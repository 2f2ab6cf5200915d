import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { normaliseApprovalNote } from './approval-notes.ts';
import { readRepositoryHistory, type RepositoryHistory } from './history.ts';
import { createScriptedRepo, type ScriptedRepo } from '../../../support/scripted-repo.ts';

let repo: ScriptedRepo;
let history: RepositoryHistory;

beforeAll(() => {
  repo = createScriptedRepo();
  history = readRepositoryHistory(repo.dir);
});
afterAll(() => repo.cleanup());

describe('history of a scripted repository', () => {
  it('is complete and keyed by content path, following renames', () => {
    expect(history.complete).toBe(true);
    expect([...history.files.keys()].sort()).toEqual([
      'content/consultations/riverside-parking.mdx',
      'content/consultations/wexham-bin-days.mdx',
      'content/feedback/riverside-parking.mdx',
    ]);
  });

  it('dates each change by when it reached main, with the pull request and its author', () => {
    const file = history.files.get('content/consultations/riverside-parking.mdx')!;
    expect(file.firstPublished).toBe('2026-06-01');
    expect(file.lastUpdated).toBe('2027-01-22');
    expect(
      file.revisions.map((revision) => [
        revision.commit.date,
        revision.commit.pullRequest,
        revision.commit.author,
        revision.commit.mergedBy,
        revision.descriptions,
      ]),
    ).toEqual([
      ['2026-06-01', 3, 'Priya Shah', 'Tom Reed', ['First published']],
      ['2026-07-15', 5, 'priya-shah', 'tom-reed', ['Closing date changed from 30 November 2026 to 7 December 2026']],
      ['2026-08-20', undefined, 'Priya Shah', undefined, ['Other details updated: formats']],
      [
        '2027-01-22',
        10,
        'Priya Shah',
        undefined,
        ['Decision recorded: Short-stay bays and a morning loading zone will be introduced in April 2027.'],
      ],
    ]);
    expect(file.revisions[0]!.commit.sha).toBe(repo.commits.announced);
    expect(file.revisions[0]!.commit.title).toBe('Announce the Riverside parking consultation');
    expect(file.revisions[1]!.changes).toEqual([
      {
        field: 'closes',
        from: '2026-11-30',
        to: '2026-12-07',
        description: 'Closing date changed from 30 November 2026 to 7 December 2026',
      },
    ]);
  });

  it('attaches the approvals note to the commit it annotates', () => {
    const file = history.files.get('content/consultations/riverside-parking.mdx')!;
    expect(file.revisions[1]!.commit.approvals.map((approval) => [approval.login, approval.role])).toEqual([
      ['jo-consult', 'consultation-group'],
      ['cllr-amara-osei', 'authoriser'],
    ]);
    expect(file.revisions[0]!.commit.approvals).toEqual([]);
  });

  it('follows a rename and describes the move and the date change together', () => {
    const file = history.files.get('content/consultations/wexham-bin-days.mdx')!;
    expect(file.slug).toBe('wexham-bin-days');
    expect(file.revisions.map((revision) => [revision.kind, revision.commit.date, revision.descriptions])).toEqual([
      ['added', '2026-09-01', ['First published']],
      [
        'renamed',
        '2026-10-02',
        ['Moved from content/consultations/old-bins.mdx', 'Closing date changed from 26 April 2027 to 3 May 2027'],
      ],
    ]);
    expect(history.files.has('content/consultations/old-bins.mdx')).toBe(false);
  });

  it('keeps a deleted file with a final removal entry', () => {
    const clone = mkdtempSync(path.join(os.tmpdir(), 'history-delete-'));
    try {
      execFileSync('git', ['clone', '-q', repo.dir, clone]);
      execFileSync('git', ['rm', '-q', 'content/consultations/wexham-bin-days.mdx'], { cwd: clone });
      execFileSync(
        'git',
        ['-c', 'user.name=Tom Reed', '-c', 'user.email=tom@harrowdale.example', 'commit', '-q', '-m', 'Remove bins'],
        {
          cwd: clone,
          env: { ...process.env, GIT_COMMITTER_DATE: '2027-02-01T12:00:00Z', GIT_AUTHOR_DATE: '2027-02-01T12:00:00Z' },
        },
      );
      const file = readRepositoryHistory(clone).files.get('content/consultations/wexham-bin-days.mdx')!;
      expect(file.deleted).toBe(true);
      expect(file.revisions.at(-1)!.descriptions).toEqual(['Removed from the site']);
    } finally {
      rmSync(clone, { recursive: true, force: true });
    }
  });
});

describe('history where git cannot tell the whole story', () => {
  it('flags a shallow clone as incomplete and does not claim a first-published date', () => {
    const clone = mkdtempSync(path.join(os.tmpdir(), 'history-shallow-'));
    try {
      execFileSync('git', ['clone', '-q', '--depth', '2', `file://${repo.dir}`, clone]);
      const shallow = readRepositoryHistory(clone);
      expect(shallow.complete).toBe(false);
      expect(shallow.reason).toMatch(/shallow clone/);
      const file = shallow.files.get('content/consultations/riverside-parking.mdx')!;
      expect(file.truncated).toBe(true);
      expect(file.firstPublished).toBeUndefined();
      expect(file.lastUpdated).toBe('2027-01-22');
    } finally {
      rmSync(clone, { recursive: true, force: true });
    }
  });

  it('returns an empty, incomplete history outside a repository', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'history-none-'));
    try {
      const none = readRepositoryHistory(dir);
      expect(none).toMatchObject({ complete: false, commitCount: 0 });
      expect(none.reason).toMatch(/not in a git repository/);
      expect(none.files.size).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('approvals notes', () => {
  it('reads what it can from notes of other shapes', () => {
    expect(
      normaliseApprovalNote({
        pr: null,
        title: null,
        approvals: [{ login: 'jo-consult', role: 'consultation-group' }, { role: 'no login' }],
        result: { ok: true, missing: [] },
      }),
    ).toEqual({
      approvals: [{ login: 'jo-consult', role: 'consultation-group' }],
      result: { ok: true, missing: [] },
    });
    expect(normaliseApprovalNote({ pr: 4, result: { ok: false, missing: ['authoriser', 7, ''] } })).toEqual({
      pr: 4,
      approvals: [],
      result: { ok: false, missing: ['authoriser'] },
    });
    expect(normaliseApprovalNote({ pr: 4, result: 'approved' })).toEqual({ pr: 4, approvals: [] });
    expect(normaliseApprovalNote({ pr: '12', author: 'priya-shah' })).toEqual({
      pr: 12,
      author: 'priya-shah',
      approvals: [],
    });
    expect(normaliseApprovalNote('not an object')).toBeUndefined();
  });
});
