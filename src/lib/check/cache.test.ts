/**
 * The check cache keeps each file's per-file results; these tests hold a cached check to exactly what
 * a check from scratch reports, on every corpus case and the sample content, and show that a changed
 * file, a changed setting, another file, another day and a change to any module the rules use all reach
 * the findings.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkerFiles, checkerVersion, DEFAULT_CACHE_DIR } from './cache.ts';
import { runCheckCli } from './cli.ts';
import { checkContent, type CheckOptions, type CheckResult } from './index.ts';
import { importGraph } from '../../../support/import-graph.ts';
import { BASE_CONSULTATION, corpusFolder } from '../../../support/corpus.ts';
import { ROOT } from '../../../support/paths.ts';
import { makeContentTree, NO_HISTORY, writeFiles } from '../../../support/content-tree.ts';

const CASES = corpusFolder();
const TODAY = '2026-11-23';
const LIBRARY = readFileSync(BASE_CONSULTATION, 'utf8');
const CACHE = 'cache';
const roots: string[] = [];

afterAll(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});

function tree(files: Record<string, string> = {}): string {
  const root = makeContentTree(files, 'check-cache-');
  roots.push(root);
  return root;
}

function check(root: string, options: Partial<CheckOptions> = {}): CheckResult {
  return checkContent({ root, today: TODAY, gitFacts: NO_HISTORY, ...options });
}

/** What the rules and callers can read of each entry, lazily parsed or not. */
function entriesOf(result: CheckResult) {
  return result.context.entries.map((entry) => ({
    file: entry.source.file,
    data: entry.data,
    issues: entry.issues,
    yamlErrors: entry.yamlErrors.map((problem) => problem.message),
    frontmatter: entry.source.frontmatter?.data,
    body: entry.body,
  }));
}

function expectSameAsCold(root: string, today = TODAY): CheckResult {
  const cold = check(root, { today });
  const filled = check(root, { today, cacheDir: CACHE });
  const warm = check(root, { today, cacheDir: CACHE });
  expect(filled.findings).toEqual(cold.findings);
  expect(warm.findings).toEqual(cold.findings);
  expect(filled.cache).toEqual({ reused: 0, checked: cold.files });
  expect(warm.cache).toEqual({ reused: cold.files, checked: 0 });
  expect(entriesOf(warm)).toEqual(entriesOf(cold));
  return warm;
}

describe('a warm check reports exactly what a cold one does', () => {
  it.each(readdirSync(CASES).sort())('corpus case %s', (name) => {
    const expected = JSON.parse(readFileSync(path.join(CASES, name, 'expected.json'), 'utf8')) as { today?: string };
    const root = tree();
    cpSync(path.join(CASES, name, 'content'), path.join(root, 'content'), { recursive: true });
    expectSameAsCold(root, expected.today ?? TODAY);
  });

  it('the sample content', () => {
    const root = tree();
    cpSync(path.join(ROOT, 'content'), path.join(root, 'content'), { recursive: true });
    cpSync(path.join(ROOT, 'public/documents'), path.join(root, 'public/documents'), { recursive: true });
    const warm = expectSameAsCold(root);
    expect(warm.files).toBeGreaterThan(5);
  });
});

describe('what the cache cannot hide', () => {
  it('a changed file is checked again, the others are reused', () => {
    const root = tree({
      'content/consultations/library-hours.mdx': LIBRARY,
      'content/consultations/library-fines.mdx': LIBRARY.replace('audiences: [residents]', 'audiences: [older-people]'),
    });
    expect(check(root, { cacheDir: CACHE }).findings).toEqual([]);
    writeFiles(root, {
      'content/consultations/library-fines.mdx': `${LIBRARY.replace('audiences: [residents]', 'audiences: [older-people]')}\nFor the times, [click here](https://www.harrowdale.example/libraries).\n`,
    });
    const warm = check(root, { cacheDir: CACHE });
    expect(warm.cache).toEqual({ reused: 1, checked: 1 });
    expect(warm.findings.map(({ rule, file }) => ({ rule, file }))).toEqual([
      { rule: 'accessibility', file: 'content/consultations/library-fines.mdx' },
    ]);
    expect(warm.findings).toEqual(check(root).findings);
  });

  it('a changed setting starts cold', () => {
    const root = tree({ 'content/consultations/library-hours.mdx': LIBRARY });
    expect(check(root, { cacheDir: CACHE }).findings).toEqual([]);
    const process = path.join(root, 'content/settings/process.yaml');
    writeFileSync(process, readFileSync(process, 'utf8').replace('maxSentenceWords: 30', 'maxSentenceWords: 8'));
    const warm = check(root, { cacheDir: CACHE });
    expect(warm.cache).toEqual({ reused: 0, checked: 1 });
    expect(
      warm.findings.some(
        (finding) => finding.rule === 'plain-language' && finding.message.includes('keep sentences to 8 words'),
      ),
    ).toBe(true);
    expect(warm.findings).toEqual(check(root).findings);
  });

  it('rules that compare files or read the day still run on cached files', () => {
    // Closed on 2027-01-11; the report is due 12 weeks later.
    const root = tree({ 'content/consultations/library-hours.mdx': LIBRARY });
    check(root, { cacheDir: CACHE });
    const later = '2027-06-01';
    const overdue = check(root, { cacheDir: CACHE, today: later });
    expect(overdue.cache).toEqual({ reused: 1, checked: 0 });
    expect(overdue.findings.map((finding) => finding.rule)).toContain('closing-the-loop');
    expect(overdue.findings).toEqual(check(root, { today: later }).findings);

    const report = readFileSync(
      path.join(
        CASES,
        'clean-feedback-report/content/feedback',
        readdirSync(path.join(CASES, 'clean-feedback-report/content/feedback'))[0]!,
      ),
      'utf8',
    );
    cpSync(path.join(CASES, 'clean-feedback-report/content'), path.join(root, 'content'), { recursive: true });
    expect(report).toContain('consultation:');
    const withReport = check(root, { cacheDir: CACHE, today: later });
    expect(withReport.findings).toEqual(check(root, { today: later }).findings);
  });

  it('an unreadable cache is ignored and rewritten', () => {
    const root = tree({ 'content/consultations/library-hours.mdx': LIBRARY });
    check(root, { cacheDir: CACHE });
    writeFileSync(path.join(root, CACHE, 'results.v8'), 'not a cache');
    expect(check(root, { cacheDir: CACHE }).cache).toEqual({ reused: 0, checked: 1 });
    expect(check(root, { cacheDir: CACHE }).cache).toEqual({ reused: 1, checked: 0 });
  });
});

describe('the code the cache key covers', () => {
  const LIB = path.join(ROOT, 'src/lib');
  /** What computes the results the cache keeps: the rules, the per-file half of the check and its worker threads. */
  const reached = [
    ...['rules/index.ts', 'check/file-result.ts', 'check/parallel.ts'].reduce(
      (seen, entry) => importGraph(path.join(LIB, entry), seen),
      new Set<string>(),
    ),
  ].filter((file) => path.isAbsolute(file));

  it('hashes every module the rules and the per-file check reach', () => {
    expect(reached.length).toBeGreaterThan(40);
    expect(reached.map((file) => path.relative(LIB, file))).toEqual(
      expect.arrayContaining(['dates/bank-holidays.json', 'render/allowlist.ts', 'text/plural.ts']),
    );
    const hashed = new Set(checkerFiles());
    expect(reached.filter((file) => !hashed.has(file)).map((file) => path.relative(ROOT, file))).toEqual([]);
  });

  it('changes the key when any of those modules changes', () => {
    const copy = mkdtempSync(path.join(os.tmpdir(), 'check-cache-code-'));
    roots.push(copy);
    const lib = path.join(copy, 'src/lib');
    cpSync(LIB, lib, { recursive: true });
    cpSync(path.join(ROOT, 'package-lock.json'), path.join(copy, 'package-lock.json'));
    const before = checkerVersion(lib);
    expect(before, 'the copy hashes as the original').toBe(checkerVersion());
    const unmoved = reached.filter((file) => {
      const copied = path.join(lib, path.relative(LIB, file));
      const original = readFileSync(copied);
      writeFileSync(copied, Buffer.concat([original, Buffer.from('\n')]));
      const moved = checkerVersion(lib) !== before;
      writeFileSync(copied, original);
      return !moved;
    });
    expect(unmoved.map((file) => path.relative(ROOT, file))).toEqual([]);
    expect(checkerVersion(lib)).toBe(before);
  });
});

describe('npm run check and the cache', () => {
  const run = async (root: string, args: string[]) => {
    let stdout = '';
    const code = await runCheckCli(['--root', root, '--today', TODAY, '--json', ...args], {
      env: {},
      cwd: root,
      stdout: (text) => (stdout += text),
      stderr: () => {},
    });
    return { code, findings: (JSON.parse(stdout) as { findings: unknown[] }).findings };
  };

  it('keeps results in node_modules/.cache in the content repository by default', async () => {
    const root = tree({ 'content/consultations/library-hours.mdx': LIBRARY });
    const first = await run(root, []);
    expect(existsSync(path.join(root, DEFAULT_CACHE_DIR, 'results.v8'))).toBe(true);
    expect(await run(root, [])).toEqual(first);
  });

  it('--no-cache neither reads nor writes it; --cache-dir moves it', async () => {
    const root = tree({ 'content/consultations/library-hours.mdx': LIBRARY });
    await run(root, ['--no-cache']);
    expect(existsSync(path.join(root, 'node_modules'))).toBe(false);
    await run(root, ['--cache-dir', 'elsewhere']);
    expect(existsSync(path.join(root, 'elsewhere/results.v8'))).toBe(true);
    expect(existsSync(path.join(root, 'node_modules'))).toBe(false);
  });
});
