/**
 * Recording approvals in real git: a merge in a temp repository gets a note under refs/notes/approvals
 * that `git log --notes=approvals` shows, that survives a push and fetch, and that readApprovalNotes reads back.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { run as record } from '../../scripts/record-approvals.ts';
import {
  directPushNote,
  readApprovalNote,
  readApprovalNotes,
  writeApprovalNote,
  type ApprovalNote,
} from '../../src/lib/governance/notes.ts';
import { startGitHubApiServer, type GitHubApiServer } from '../support/github-api-server.ts';
import { GOVERNANCE, OPENS_NOW, OWNER, REPO, reviewsFrom, TEAM } from './fixtures.ts';

const IDENTITY = {
  GIT_AUTHOR_NAME: 'Jo Waste Officer',
  GIT_AUTHOR_EMAIL: 'jo@harrowdale.example',
  GIT_COMMITTER_NAME: 'Jo Waste Officer',
  GIT_COMMITTER_EMAIL: 'jo@harrowdale.example',
};
const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ...IDENTITY },
  }).trim();

function commitFile(dir: string, file: string, text: string, message: string): string {
  writeFileSync(path.join(dir, file), text);
  git(dir, 'add', file);
  git(dir, 'commit', '-q', '-m', message);
  return git(dir, 'rev-parse', 'HEAD');
}

/** origin (bare) and a clone with main, plus a merged feature branch. */
function mergedRepository() {
  const root = mkdtempSync(path.join(tmpdir(), 'approval-notes-'));
  const origin = path.join(root, 'origin.git');
  const work = path.join(root, 'work');
  git(root, 'init', '-q', '--bare', '-b', 'main', origin);
  git(root, 'clone', '-q', origin, work);
  git(work, 'checkout', '-q', '-b', 'main');
  const base = commitFile(work, 'governance.yaml', GOVERNANCE, 'Governance roles');
  git(work, 'checkout', '-q', '-b', 'open-recycling-consultation');
  const head = commitFile(
    work,
    'recycling-centre-hours.mdx',
    OPENS_NOW.head!,
    'Open the recycling centre hours consultation',
  );
  git(work, 'checkout', '-q', 'main');
  git(
    work,
    'merge',
    '-q',
    '--no-ff',
    '-m',
    'Merge pull request #42 from open-recycling-consultation',
    'open-recycling-consultation',
  );
  const merge = git(work, 'rev-parse', 'HEAD');
  git(work, 'push', '-q', 'origin', 'main');
  return { root, origin, work, base, head, merge };
}

let server: GitHubApiServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function apiFor(repo: ReturnType<typeof mergedRepository>, reviews: Parameters<typeof reviewsFrom>[0]) {
  server = await startGitHubApiServer({
    owner: OWNER,
    repo: REPO,
    teams: { [TEAM]: { 'priya-nair': 'active' } },
    contents: {
      [repo.base]: { 'content/settings/governance.yaml': GOVERNANCE },
      [repo.head]: { 'content/settings/governance.yaml': GOVERNANCE, [OPENS_NOW.path]: OPENS_NOW.head! },
    },
    pulls: [
      {
        number: 42,
        title: 'Open the recycling centre hours consultation',
        author: 'waste-officer-jo',
        headSha: repo.head,
        baseSha: repo.base,
        mergedBy: 'priya-nair',
        mergedAt: '2026-11-23T16:05:00Z',
        mergeCommitSha: repo.merge,
        files: [{ filename: OPENS_NOW.path, status: 'added' }],
        reviews: reviewsFrom(reviews).map((review) => ({
          ...review,
          commit: review.commit.startsWith('c') ? repo.head : review.commit,
        })),
      },
    ],
  });
  return { GITHUB_TOKEN: 'contents-write-token', GITHUB_API_URL: server.url, GITHUB_REPOSITORY: `${OWNER}/${REPO}` };
}

describe('recording approvals on merge', () => {
  it('writes a note on the merge commit, pushes it, and git log --notes=approvals shows it', async () => {
    const repo = mergedRepository();
    const env = await apiFor(repo, [
      ['priya-nair', 'APPROVED'],
      ['cllr-amara-osei', 'APPROVED'],
    ]);
    const { note } = await record({ ...env, GITHUB_SHA: repo.merge, REPO_DIR: repo.work });

    expect(note).toEqual<ApprovalNote>({
      pr: 42,
      title: 'Open the recycling centre hours consultation',
      author: 'waste-officer-jo',
      mergedBy: 'priya-nair',
      mergedAt: '2026-11-23T16:05:00Z',
      approvals: [
        { login: 'cllr-amara-osei', role: 'authoriser', commit: repo.head, submittedAt: '2026-11-20T09:01:00Z' },
        { login: 'priya-nair', role: 'consultation-group', commit: repo.head, submittedAt: '2026-11-20T09:00:00Z' },
      ],
      result: { ok: true, missing: [] },
    });

    // An auditor's fresh clone: fetch the notes ref and read it with plain git.
    const auditor = path.join(repo.root, 'auditor');
    git(repo.root, 'clone', '-q', repo.origin, auditor);
    git(auditor, 'fetch', '-q', 'origin', 'refs/notes/approvals:refs/notes/approvals');
    const log = git(auditor, 'log', '--notes=approvals', '-1', repo.merge);
    expect(log).toContain('Notes (approvals):');
    expect(log).toContain('"login": "cllr-amara-osei"');
    expect(log).toContain('"ok": true');
    expect(readApprovalNotes(auditor).get(repo.merge)).toEqual(note);
  });

  it('records a merge without the required approvals as not ok, naming what was missing', async () => {
    const repo = mergedRepository();
    const env = await apiFor(repo, [
      ['priya-nair', 'APPROVED'],
      ['cllr-amara-osei', 'APPROVED', 'older'],
    ]);
    const { note } = await record({ ...env, GITHUB_SHA: repo.merge, REPO_DIR: repo.work });
    expect(note.result).toEqual({ ok: false, missing: ['authoriser'] });
    expect(note.approvals.map((a) => a.login)).toEqual(['priya-nair']);
  });

  it('records a direct push with no pull request', async () => {
    const repo = mergedRepository();
    const env = await apiFor(repo, []);
    const direct = commitFile(repo.work, 'hotfix.txt', 'typo\n', 'Fix a typo straight on main');
    git(repo.work, 'push', '-q', 'origin', 'main');
    const { note } = await record({ ...env, GITHUB_SHA: direct, REPO_DIR: repo.work });
    expect(note).toMatchObject({ pr: null, result: { ok: false, missing: ['pull request'] } });
  });

  it('merges notes another run pushed meanwhile instead of overwriting them', async () => {
    const repo = mergedRepository();
    const env = await apiFor(repo, [
      ['priya-nair', 'APPROVED'],
      ['cllr-amara-osei', 'APPROVED'],
    ]);
    // A second checkout already holds a local notes ref that does not know the note pushed meanwhile.
    const other = path.join(repo.root, 'other');
    git(repo.root, 'clone', '-q', repo.origin, other);
    writeApprovalNote(other, repo.base, { ...directPushNote(), title: 'Recorded earlier from this checkout' });
    await record({ ...env, GITHUB_SHA: repo.merge, REPO_DIR: repo.work });
    const next = commitFile(other, 'later.txt', 'later\n', 'A later change');
    git(other, 'push', '-q', 'origin', 'HEAD:main');
    await record({ ...env, GITHUB_SHA: next, REPO_DIR: other });

    const auditor = path.join(repo.root, 'auditor');
    git(repo.root, 'clone', '-q', repo.origin, auditor);
    git(auditor, 'fetch', '-q', 'origin', 'refs/notes/approvals:refs/notes/approvals');
    const notes = readApprovalNotes(auditor);
    expect([...notes.keys()].sort()).toEqual([repo.base, repo.merge, next].sort());
    expect(notes.get(repo.merge)?.pr).toBe(42);
    expect(notes.get(next)?.pr).toBeNull();
  });
});

describe('reading notes', () => {
  it('reads many notes, including non-ASCII titles, in one batch; replaces a note on re-run; skips hand-written notes', () => {
    const { work } = mergedRepository();
    const shas = git(work, 'rev-list', '--all').split('\n');
    shas.forEach((sha, index) => {
      const note: ApprovalNote = {
        pr: index + 1,
        title: `Café opening hours – consultation ${index}`,
        author: 'waste-officer-jo',
        mergedBy: null,
        mergedAt: null,
        approvals: [],
        result: { ok: false, missing: ['authoriser'] },
      };
      writeApprovalNote(work, sha, note);
    });
    writeApprovalNote(work, shas[0]!, { ...readApprovalNote(work, shas[0]!)!, result: { ok: true, missing: [] } });
    const notes = readApprovalNotes(work);
    expect(notes.size).toBe(shas.length);
    expect(notes.get(shas[0]!)?.result.ok).toBe(true);
    expect(notes.get(shas[1]!)?.title).toBe('Café opening hours – consultation 1');

    git(work, 'notes', '--ref=approvals', 'add', '-f', '-m', 'approved in the meeting on Tuesday', shas[1]!);
    expect(readApprovalNotes(work).has(shas[1]!)).toBe(false);
    expect(readApprovalNotes(work).size).toBe(shas.length - 1);
  });

  it('returns an empty map where there are no notes', () => {
    const { work } = mergedRepository();
    expect(readApprovalNotes(work).size).toBe(0);
  });
});
