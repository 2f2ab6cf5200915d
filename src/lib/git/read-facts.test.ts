/** Git facts read from real repositories with dated commits. */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../check/index.ts';
import { changesSince } from './changed-files.ts';
import { readGitFacts } from './read-facts.ts';
import { BASE_CONSULTATION, BASE_FEEDBACK } from '../../../support/corpus.ts';
import { makeContentTree } from '../../../support/content-tree.ts';
import { commit, git, initRepo } from '../../../support/git-repo.ts';

const LIBRARY = readFileSync(BASE_CONSULTATION, 'utf8');
const FEEDBACK = readFileSync(BASE_FEEDBACK, 'utf8');
const roots: string[] = [];
afterAll(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));

function repo(): string {
  const root = makeContentTree({}, 'git-facts-');
  roots.push(root);
  initRepo(root);
  commit(
    root,
    '2026-06-01T09:00:00+01:00',
    { 'content/settings/site.yaml': readFileSync(path.join(root, 'content/settings/site.yaml'), 'utf8') },
    'Settings',
  );
  return root;
}

describe('readGitFacts', () => {
  it('finds when a consultation was first on main and first forthcoming, and when the first consultation landed', () => {
    const root = repo();
    const busReview = commit(root, '2026-06-15T10:00:00+01:00', {
      'content/consultations/bus-review.mdx': LIBRARY.replace('opens: 2026-10-05', 'opens: 2026-06-01'),
    });
    const announced = commit(root, '2026-08-20T10:00:00+01:00', { 'content/consultations/library-hours.mdx': LIBRARY });
    commit(root, '2026-10-04T23:30:00+00:00', {
      'content/consultations/library-hours.mdx': `${LIBRARY}\nA line added on opening day.\n`,
    });
    commit(root, '2027-02-15T09:00:00+00:00', { 'content/feedback/library-hours.mdx': FEEDBACK });

    const facts = readGitFacts(root);
    expect(facts.available).toBe(true);
    if (!facts.available) return;
    expect(facts.ref).toBe('refs/heads/main');
    // The settings landed on 1 June; the hub began with its first consultation.
    expect(facts.firstConsultationDate).toBe('2026-06-15');
    expect(facts.consultations.get('library-hours')).toEqual({
      firstSeen: { commit: announced, date: '2026-08-20' },
      firstForthcoming: { commit: announced, date: '2026-08-20' },
    });
    expect(facts.consultations.get('bus-review')).toEqual({ firstSeen: { commit: busReview, date: '2026-06-15' } });
  });

  it('finds a later version that listed it as forthcoming, and dates it by London days', () => {
    const root = repo();
    const open = LIBRARY.replace('opens: 2026-10-05', 'opens: 2026-06-01');
    const first = commit(root, '2026-06-15T10:00:00+01:00', { 'content/consultations/library-hours.mdx': open });
    commit(root, '2026-06-16T10:00:00+01:00', { 'content/consultations/library-hours.mdx': `${open}\nMore.\n` });
    // Committed at 23:30 UTC on 19 August: already 20 August in London.
    const moved = commit(root, '2026-08-19T23:30:00+00:00', { 'content/consultations/library-hours.mdx': LIBRARY });
    const facts = readGitFacts(root);
    expect(facts.available && facts.consultations.get('library-hours')).toEqual({
      firstSeen: { commit: first, date: '2026-06-15' },
      firstForthcoming: { commit: moved, date: '2026-08-20' },
    });
  });

  it('follows a renamed consultation: it was announced under its old name', () => {
    const root = repo();
    const announced = commit(root, '2026-08-20T10:00:00+01:00', { 'content/consultations/library-times.mdx': LIBRARY });
    commit(root, '2026-09-01T10:00:00+01:00', {
      'content/consultations/library-times.mdx': null,
      'content/consultations/library-hours.mdx': LIBRARY,
    });
    const facts = readGitFacts(root);
    expect(facts.available && [...facts.consultations.keys()]).toEqual(['library-hours']);
    expect(facts.available && facts.consultations.get('library-hours')?.firstForthcoming).toEqual({
      commit: announced,
      date: '2026-08-20',
    });
  });

  it('reads the main line only: a consultation on an unmerged branch is not announced', () => {
    const root = repo();
    git(root, ['checkout', '-q', '-b', 'draft']);
    commit(root, '2026-08-20T10:00:00+01:00', { 'content/consultations/library-hours.mdx': LIBRARY });
    const facts = readGitFacts(root);
    expect(facts.available && facts.consultations.has('library-hours')).toBe(false);
  });

  it('dates a merged pull request by its merge, not by when it was drafted', () => {
    const root = repo();
    git(root, ['checkout', '-q', '-b', 'draft']);
    commit(root, '2026-08-01T10:00:00+01:00', { 'content/consultations/library-hours.mdx': LIBRARY });
    git(root, ['checkout', '-q', 'main']);
    git(root, ['merge', '-q', '--no-ff', '-m', 'Merge draft', 'draft'], '2026-09-20T10:00:00+01:00');
    const facts = readGitFacts(root);
    expect(facts.available && facts.consultations.get('library-hours')?.firstForthcoming?.date).toBe('2026-09-20');
  });

  it('is unavailable, with the reason, outside a repository', () => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'no-git-'));
    roots.push(root);
    const facts = readGitFacts(root);
    expect(facts).toEqual({ available: false, reason: expect.stringContaining('git repository') });
  });

  it('is unavailable in a shallow clone, and forward-plan warns instead of failing', () => {
    const origin = repo();
    commit(origin, '2026-08-20T10:00:00+01:00', { 'content/consultations/library-hours.mdx': LIBRARY });
    commit(origin, '2026-08-21T10:00:00+01:00', { 'content/consultations/library-hours.mdx': `${LIBRARY}\nMore.\n` });
    const clone = mkdtempSync(path.join(os.tmpdir(), 'shallow-'));
    roots.push(clone);
    git(os.tmpdir(), ['clone', '-q', '--depth', '1', `file://${origin}`, clone]);
    const facts = readGitFacts(clone);
    expect(facts).toEqual({ available: false, reason: expect.stringContaining('shallow') });
    const result = checkContent({ root: clone, today: '2026-11-23' });
    expect(result.findings.filter((finding) => finding.rule === 'forward-plan')).toEqual([
      expect.objectContaining({ severity: 'warning', file: 'content/consultations' }),
    ]);
  });

  it('forward-plan fails a consultation announced too late, from real history', () => {
    const root = repo();
    commit(root, '2026-06-15T10:00:00+01:00', {
      'content/consultations/bus-review.mdx': LIBRARY.replace('title: Changes to library', 'title: Changes to bus'),
    });
    commit(root, '2026-09-28T10:00:00+01:00', { 'content/consultations/library-hours.mdx': LIBRARY });
    const result = checkContent({ root, today: '2026-11-23' });
    expect(result.findings.filter((finding) => finding.rule === 'forward-plan')).toEqual([
      expect.objectContaining({
        file: 'content/consultations/library-hours.mdx',
        line: 14,
        message: expect.stringContaining('first listed as forthcoming on 2026-09-28, 7 days before'),
      }),
    ]);
  });
});

describe('changesSince', () => {
  it('lists the files changed on the branch since it left the ref', () => {
    const root = repo();
    commit(root, '2026-08-20T10:00:00+01:00', { 'content/consultations/library-hours.mdx': LIBRARY });
    git(root, ['checkout', '-q', '-b', 'change']);
    commit(root, '2026-08-21T10:00:00+01:00', { 'content/consultations/bus-review.mdx': LIBRARY });
    expect([...changesSince(root, 'main').paths]).toEqual(['content/consultations/bus-review.mdx']);
  });
});
