/** `npm run check` as a process: output, exit codes, time zones, GitHub Actions and --changed-since. */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCheckCli } from '../../src/lib/check/cli.ts';
import type { Finding } from '../../src/lib/rules/core/index.ts';
import { corpusFolder } from '../../support/corpus.ts';
import { ROOT, TEST_TODAY } from '../../support/paths.ts';
import { makeContentTree } from '../../support/content-tree.ts';
import { commit, git, initRepo } from '../../support/git-repo.ts';
import { onDecisionTrail } from '../../support/rule-fixtures.ts';

const CASES = corpusFolder();
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
  'content/consultations/one-day-short.mdx': LIBRARY.replace('closes: 2027-01-11', 'closes: 2026-12-27').replace(
    'audiences: [residents]',
    'audiences: [young-people]',
  ),
  // Opening after decisionTrailFrom, so it carries the decision trail process.yaml asks for.
  'content/consultations/election-day-one.mdx': onDecisionTrail(
    LIBRARY.replace('opens: 2026-10-05', 'opens: 2027-03-25')
      .replace('closes: 2027-01-11', 'closes: 2027-07-01')
      .replace('audiences: [residents]', 'audiences: [older-people]'),
  ),
};

describe('npm run check', () => {
  it('gives the same findings in Los Angeles, Auckland and London: dates never shift a day', () => {
    const root = tree(EDGES);
    const outputs = ['America/Los_Angeles', 'Pacific/Auckland', 'Europe/London'].map((TZ) =>
      check(['--json', '--root', root, '--today', '2026-11-23'], { TZ }),
    );
    for (const output of outputs) expect(output.status).toBe(1);
    const [first, ...rest] = outputs.map((output) => JSON.parse(output.stdout));
    for (const other of rest) expect(other).toEqual(first);
    expect(
      first.findings.map(
        (finding: { file: string; rule: string; line: number }) => `${finding.rule} ${finding.file}:${finding.line}`,
      ),
    ).toEqual([
      'forward-plan content/consultations:undefined',
      'pre-election content/consultations/election-day-one.mdx:14',
      'timescale content/consultations/one-day-short.mdx:15',
    ]);
    expect(first.findings[2].message).toBe(
      'closes 2026-12-27 gives 11 weeks and 6 days; a major consultation must run at least 12 weeks, even with a Duration rationale: close on or after 2026-12-28',
    );
  });

  it('prints file:line:col  severity  rule  message and a count, and exits 0 with warnings only', () => {
    const root = tree({
      'content/consultations/library-hours.mdx': LIBRARY.replace('We want to open', 'Going forward we want to open'),
    });
    const { status, stdout } = check(['--root', root], { TODAY: '2026-11-23' });
    expect(status).toBe(0);
    const lines = stdout.trimEnd().split('\n');
    expect(lines).toEqual([
      expect.stringMatching(
        /^content\/consultations  warning  forward-plan  the forward-plan notice was not checked because git history is not available \(.*git repository.*\)/,
      ),
      'content/consultations/library-hours.mdx:33:1  warning  plain-language  "Going forward" is jargon: say what you mean in everyday words',
      '0 errors, 2 warnings in 1 content file',
    ]);
  });

  it('emits GitHub annotations and a job summary under Actions', () => {
    const root = tree(EDGES);
    const summary = path.join(root, 'summary.md');
    writeFileSync(summary, ''); // the runner creates the file before the step runs
    const { status, stdout } = check(['--root', root, '--today', '2026-11-23'], {
      GITHUB_ACTIONS: 'true',
      GITHUB_STEP_SUMMARY: summary,
    });
    expect(status).toBe(1);
    expect(stdout).toContain(
      '::error title=timescale,file=content/consultations/one-day-short.mdx,line=15,col=1::closes 2026-12-27 gives 11 weeks and 6 days',
    );
    const table = readFileSync(summary, 'utf8');
    expect(table).toContain('<th>Rule</th>');
    expect(table).toContain(
      '<td>content/consultations/election-day-one.mdx</td><td>14</td><td>error</td><td>pre-election</td>',
    );
  });

  it('with --changed-since reports only the files the branch changed', () => {
    const root = tree({});
    initRepo(root);
    commit(root, '2026-06-01T10:00:00+01:00', {
      'content/consultations/one-day-short.mdx': EDGES['content/consultations/one-day-short.mdx'],
    });
    git(root, ['checkout', '-q', '-b', 'pr']);
    commit(root, '2026-06-02T10:00:00+01:00', {
      'content/consultations/election-day-one.mdx': EDGES['content/consultations/election-day-one.mdx'],
    });
    const { status, stdout } = check(['--json', '--root', root, '--today', '2026-06-02', '--changed-since', 'main']);
    expect(status).toBe(1);
    expect(JSON.parse(stdout).findings.map((finding: { file: string }) => finding.file)).toEqual([
      'content/consultations/election-day-one.mdx',
    ]);
  });

  it('with --as-of judges the content as on the London day the commit landed, so what falls due later does not fail it', () => {
    const root = tree({});
    initRepo(root);
    // 23:30 UTC on 31 July is already 1 August in London (summer time).
    commit(root, '2026-07-31T23:30:00+00:00', { 'content/consultations/library-hours.mdx': LIBRARY });
    const asOf = check(['--json', '--root', root, '--as-of', 'HEAD'], { TODAY: '2027-05-01' });
    expect(asOf.status).toBe(0);
    expect(JSON.parse(asOf.stdout).today).toBe('2026-08-01');
    // The same tree today: it closed on 11 January and its feedback report is overdue.
    const later = check(['--json', '--root', root, '--today', '2027-05-01']);
    expect(later.status).toBe(1);
    expect(JSON.parse(later.stdout).findings.map((finding: Finding) => finding.rule)).toContain('closing-the-loop');
    expect(check(['--root', root, '--as-of=--output=x'])).toMatchObject({
      status: 2,
      stderr: expect.stringContaining('cannot be one'),
    });
    expect(check(['--root', root, '--as-of', 'HEAD', '--today', '2027-05-01'])).toMatchObject({
      status: 2,
      stderr: expect.stringContaining('not both'),
    });
  });

  it('exits 2 when it cannot run: bad arguments, a bad date, no content folder', () => {
    expect(check(['--colour']).status).toBe(2);
    expect(check(['--today', '2027-02-30'])).toMatchObject({
      status: 2,
      stderr: expect.stringContaining('2027-02-30'),
    });
    const empty = mkdtempSync(path.join(os.tmpdir(), 'not-content-'));
    roots.push(empty);
    expect(check(['--root', empty])).toMatchObject({
      status: 2,
      stderr: expect.stringContaining('has no content/ folder'),
    });
  });
});

/** The real sample content and documents, committed on main, with a branch `change` checked out. */
function sampleRepo(): string {
  const root = mkdtempSync(path.join(os.tmpdir(), 'check-changed-'));
  roots.push(root);
  for (const folder of ['content', 'public/documents'])
    cpSync(path.join(ROOT, folder), path.join(root, folder), { recursive: true });
  initRepo(root);
  commit(root, '2026-01-05T12:00:00+00:00', {}, 'Sample content');
  git(root, ['checkout', '-q', '-b', 'change']);
  return root;
}

/** The check in this process (quicker than a new one for each case), as JSON. */
async function checkIn(
  root: string,
  args: string[] = [],
): Promise<{ status: number; findings: Finding[]; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io = {
    env: { TODAY: '' },
    cwd: ROOT,
    stdout: (text: string) => void (stdout += text),
    stderr: (text: string) => void (stderr += text),
  };
  const status = await runCheckCli(['--json', '--no-cache', '--root', root, '--today', TEST_TODAY, ...args], io);
  return { status, findings: stdout ? (JSON.parse(stdout) as { findings: Finding[] }).findings : [], stderr };
}

const said = (findings: readonly Finding[]) =>
  findings.map((finding) => `${finding.severity} ${finding.rule} ${finding.file}:${finding.line}`);
const errorsOf = (findings: readonly Finding[]) => said(findings.filter((finding) => finding.severity === 'error'));
const GREEN_WASTE = 'content/consultations/green-waste-charge.mdx';
/** What the full check says once green-waste-charge is gone: its report and the two `related` lists that name it. */
const ORPHANS = [
  'error references content/consultations/budget-2027-28.mdx:65',
  'error references content/consultations/household-waste-sites-hours.mdx:56',
  'error references content/feedback/green-waste-charge.mdx:2',
];

describe('npm run check -- --changed-since', () => {
  it('on the sample content as committed reports no errors, so every error below comes from the change', async () => {
    const root = sampleRepo();
    expect(errorsOf((await checkIn(root)).findings)).toEqual([]);
  });

  it('reports what deleting a consultation breaks: its feedback report and the related lists that name it', async () => {
    const root = sampleRepo();
    commit(root, '2026-06-01T10:00:00+01:00', { [GREEN_WASTE]: null }, 'Remove the green waste consultation');
    const full = await checkIn(root);
    const changed = await checkIn(root, ['--changed-since', 'main']);
    expect(errorsOf(full.findings)).toEqual(ORPHANS);
    expect(changed.status).toBe(1);
    expect(errorsOf(changed.findings)).toEqual(ORPHANS);

    // Under Actions: annotations on the files in scope, and a job summary that says what was reported on.
    const summary = path.join(os.tmpdir(), `check-summary-${process.pid}.md`);
    writeFileSync(summary, '');
    const actions = check(['--root', root, '--today', TEST_TODAY, '--no-cache', '--changed-since', 'main'], {
      GITHUB_ACTIONS: 'true',
      GITHUB_STEP_SUMMARY: summary,
    });
    const table = readFileSync(summary, 'utf8');
    rmSync(summary);
    expect(actions.status).toBe(1);
    expect(actions.stdout).toContain(
      '::error title=references,file=content/feedback/green-waste-charge.mdx,line=2,col=1::consultation "green-waste-charge" does not exist',
    );
    expect(table).toContain(
      '3 errors, 3 warnings in 31 content files; reported on the 3 files that changed since main or depend on a change',
    );
    expect(table).toContain(
      '<td>content/consultations/budget-2027-28.mdx</td><td>65</td><td>error</td><td>references</td>',
    );
  });

  it('reports both names of a renamed file and what the old name leaves behind', async () => {
    const root = sampleRepo();
    renameSync(path.join(root, GREEN_WASTE), path.join(root, 'content/consultations/garden-waste-charge.mdx'));
    commit(root, '2026-06-01T10:00:00+01:00', {}, 'Rename the green waste consultation');
    const full = await checkIn(root);
    const changed = await checkIn(root, ['--changed-since', 'main']);
    expect(errorsOf(full.findings)).toEqual(expect.arrayContaining(ORPHANS));
    expect(errorsOf(changed.findings)).toEqual(errorsOf(full.findings));
  });

  it('reports an edit not yet committed, and a new file not yet added to git', async () => {
    const root = sampleRepo();
    const library = path.join(root, 'content/consultations/library-opening-hours.mdx');
    const text = readFileSync(library, 'utf8');
    writeFileSync(library, text.replace('closes: 2027-01-11', 'closes: 2026-10-20'));
    writeFileSync(
      path.join(root, 'content/consultations/library-survey.mdx'),
      text
        .replace('title: Changes to library', 'title: A survey of library')
        .replace('related: []', 'related: [no-such-consultation]'),
    );
    const { findings } = await checkIn(root, ['--changed-since', 'main']);
    expect(errorsOf(findings)).toEqual(
      expect.arrayContaining([
        'error timescale content/consultations/library-opening-hours.mdx:16',
        expect.stringMatching(/^error references content\/consultations\/library-survey\.mdx:\d+$/),
      ]),
    );
    expect(errorsOf(findings)).toEqual(errorsOf((await checkIn(root)).findings));
  });

  it('reports the files that name a changed consultation or a removed strategy', async () => {
    const root = sampleRepo();
    const waste = readFileSync(path.join(root, GREEN_WASTE), 'utf8');
    commit(root, '2026-06-01T10:00:00+01:00', {
      [GREEN_WASTE]: waste.replace('closes: 2025-09-05', 'closes: 2025-11-20'),
      'content/strategies/engagement-strategy-2025.mdx': null,
    });
    const { findings } = await checkIn(root, ['--changed-since', 'main']);
    expect(errorsOf(findings)).toEqual(
      expect.arrayContaining([
        'error references content/feedback/green-waste-charge.mdx:3',
        'error references content/strategies/consultation-strategy-2021.mdx:8',
      ]),
    );
    expect(errorsOf(findings)).toEqual(errorsOf((await checkIn(root)).findings));
  });

  it('reports a closed consultation whose feedback report is removed', async () => {
    const root = sampleRepo();
    commit(root, '2026-06-01T10:00:00+01:00', { 'content/feedback/climate-action-plan.mdx': null });
    const { findings } = await checkIn(root, ['--changed-since', 'main']);
    expect(said(findings)).toEqual([
      expect.stringMatching(/^error closing-the-loop content\/consultations\/climate-action-plan\.mdx:\d+$/),
    ]);
  });

  it('reports an unchanged consultation that a new one now overlaps', async () => {
    const root = sampleRepo();
    const library = readFileSync(path.join(root, 'content/consultations/library-opening-hours.mdx'), 'utf8');
    commit(root, '2026-06-01T10:00:00+01:00', {
      'content/consultations/kelbrook-reading-survey.mdx': library
        .replace(
          'title: Changes to library opening hours in Kelbrook and Northfold',
          'title: Reading habits in Kelbrook',
        )
        .replace('opens: 2026-10-05', 'opens: 2026-10-01'),
    });
    const { findings } = await checkIn(root, ['--changed-since', 'main']);
    const overlaps = findings.filter(
      (finding) => finding.rule === 'overlap' && finding.file === 'content/consultations/library-opening-hours.mdx',
    );
    // Its overlap with the partner's consultation is reported again beside the new one: the file is reported whole.
    expect(overlaps.map((finding) => finding.message)).toEqual([
      expect.stringContaining('Northfold District Council is consulting the same people at the same time'),
      expect.stringContaining('runs at the same time as "Reading habits in Kelbrook"'),
    ]);
  });

  it('reports the pages that link to a document the change removes', async () => {
    const root = sampleRepo();
    commit(root, '2026-06-01T10:00:00+01:00', { 'public/documents/library-visitor-counts.pdf': null });
    const { findings } = await checkIn(root, ['--changed-since', 'main']);
    expect(errorsOf(findings)).toEqual(['error references content/consultations/library-opening-hours.mdx:43']);
  });

  it('reports every file when the settings change', async () => {
    const root = sampleRepo();
    const site = path.join(root, 'content/settings/process.yaml');
    writeFileSync(site, `${readFileSync(site, 'utf8')}\n`);
    const full = await checkIn(root);
    expect(full.findings.length).toBeGreaterThan(0);
    expect((await checkIn(root, ['--changed-since', 'main'])).findings).toEqual(full.findings);
  });

  it('refuses a ref that starts with "-" or that git cannot find, and exits 2 without checking', async () => {
    const root = sampleRepo();
    const written = path.join(root, 'written-by-git.txt');
    for (const ref of ['-x', `--output=${written}`]) {
      const result = check(['--root', root, `--changed-since=${ref}`]);
      expect(result.status).toBe(2);
      expect(result.stderr).toContain(`"${ref}" cannot be one (a ref never starts with "-")`);
    }
    // Had git taken `--output=` as its option, it would have written a file here.
    expect(readdirSync(root).sort()).toEqual(['.git', 'content', 'public']);
    expect(await checkIn(root, ['--changed-since', 'no-such-branch'])).toMatchObject({
      status: 2,
      findings: [],
      stderr: expect.stringContaining('git cannot find "no-such-branch"'),
    });
  });
});
