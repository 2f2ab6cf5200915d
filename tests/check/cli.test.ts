/** `npm run check` as a process: output, exit codes, time zones, GitHub Actions and --changed-since. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../support/paths.ts';
import { makeContentTree } from './content-tree.ts';
import { commit, git, initRepo } from './git-repo.ts';

const CASES = path.join(ROOT, 'tests/corpus/cases');
const read = (file: string) => readFileSync(path.join(CASES, file), 'utf8');
const LIBRARY = read('clean-open-consultation/content/consultations/library-hours.mdx');
const roots: string[] = [];
afterAll(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));

function tree(files: Record<string, string>): string {
  const root = makeContentTree(files, 'check-cli-');
  roots.push(root);
  return root;
}

function check(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync('npx', ['tsx', path.join(ROOT, 'scripts/check.ts'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, GITHUB_ACTIONS: '', GITHUB_STEP_SUMMARY: '', TODAY: '', ...env },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Dates on the edges: a 12-week period one day short, an opening on the first day of the pre-election period. */
const EDGES = {
  'content/consultations/library-hours.mdx': LIBRARY,
  'content/consultations/one-day-short.mdx': LIBRARY.replace('closes: 2027-01-11', 'closes: 2026-12-27').replace('audiences: [residents]', 'audiences: [young-people]'),
  'content/consultations/election-day-one.mdx': LIBRARY.replace('opens: 2026-10-05', 'opens: 2027-03-25').replace('closes: 2027-01-11', 'closes: 2027-07-01').replace('audiences: [residents]', 'audiences: [older-people]'),
};

describe('npm run check', () => {
  it('gives the same findings in Los Angeles, Auckland and London: dates never shift a day', () => {
    const root = tree(EDGES);
    const outputs = ['America/Los_Angeles', 'Pacific/Auckland', 'Europe/London'].map((TZ) => check(['--json', '--root', root, '--today', '2026-11-23'], { TZ }));
    for (const output of outputs) expect(output.status).toBe(1);
    const [first, ...rest] = outputs.map((output) => JSON.parse(output.stdout));
    for (const other of rest) expect(other).toEqual(first);
    expect(first.findings.map((finding: { file: string; rule: string; line: number }) => `${finding.rule} ${finding.file}:${finding.line}`)).toEqual([
      'forward-plan content/consultations:undefined',
      'pre-election content/consultations/election-day-one.mdx:14',
      'timescale content/consultations/one-day-short.mdx:15',
    ]);
    expect(first.findings[2].message).toBe(
      'closes 2026-12-27 gives 11 weeks and 6 days; a major consultation must run at least 12 weeks, even with a durationRationale: close on or after 2026-12-28',
    );
  });

  it('prints file:line:col  severity  rule  message and a count, and exits 0 with warnings only', () => {
    const root = tree({ 'content/consultations/library-hours.mdx': LIBRARY.replace('We want to open', 'Going forward we want to open') });
    const { status, stdout } = check(['--root', root], { TODAY: '2026-11-23' });
    expect(status).toBe(0);
    const lines = stdout.trimEnd().split('\n');
    expect(lines).toEqual([
      expect.stringMatching(/^content\/consultations  warning  forward-plan  the forward-plan notice was not checked because git history is not available \(.*git repository.*\)/),
      'content/consultations/library-hours.mdx:33:1  warning  plain-language  "Going forward" is jargon: say what you mean in everyday words',
      '0 errors, 2 warnings in 1 content file',
    ]);
  });

  it('emits GitHub annotations and a job summary under Actions', () => {
    const root = tree(EDGES);
    const summary = path.join(root, 'summary.md');
    writeFileSync(summary, ''); // the runner creates the file before the step runs
    const { status, stdout } = check(['--root', root, '--today', '2026-11-23'], { GITHUB_ACTIONS: 'true', GITHUB_STEP_SUMMARY: summary });
    expect(status).toBe(1);
    expect(stdout).toContain('::error title=timescale,file=content/consultations/one-day-short.mdx,line=15,col=1::closes 2026-12-27 gives 11 weeks and 6 days');
    const table = readFileSync(summary, 'utf8');
    expect(table).toContain('<th>Rule</th>');
    expect(table).toContain('<td>content/consultations/election-day-one.mdx</td><td>14</td><td>error</td><td>pre-election</td>');
  });

  it('with --changed-since reports only the files the branch changed', () => {
    const root = tree({});
    initRepo(root);
    commit(root, '2026-06-01T10:00:00+01:00', { 'content/consultations/one-day-short.mdx': EDGES['content/consultations/one-day-short.mdx'] });
    git(root, ['checkout', '-q', '-b', 'pr']);
    commit(root, '2026-06-02T10:00:00+01:00', { 'content/consultations/election-day-one.mdx': EDGES['content/consultations/election-day-one.mdx'] });
    const { status, stdout } = check(['--json', '--root', root, '--today', '2026-06-02', '--changed-since', 'main']);
    expect(status).toBe(1);
    expect(JSON.parse(stdout).findings.map((finding: { file: string }) => finding.file)).toEqual(['content/consultations/election-day-one.mdx']);
  });

  it('exits 2 when it cannot run: bad arguments, a bad date, no content folder', () => {
    expect(check(['--colour']).status).toBe(2);
    expect(check(['--today', '2027-02-30'])).toMatchObject({ status: 2, stderr: expect.stringContaining('2027-02-30') });
    const empty = mkdtempSync(path.join(os.tmpdir(), 'not-content-'));
    roots.push(empty);
    expect(check(['--root', empty])).toMatchObject({ status: 2, stderr: expect.stringContaining('has no content/ folder') });
  });
});
