/**
 * The bad-input corpus: each case is a small content tree with the exact findings (rule, severity,
 * file, line) the checker must report, and nothing else; support/corpus.ts reads the committed ones,
 * folders and examples alike (tests/corpus/README.md). Some cases are made here rather than
 * committed: a 5 MB file, two file names that differ only in case (which some file systems cannot
 * hold), bodies nested thousands of levels deep, and a folder and links named like content files.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/check/index.ts';
import { makeContentTree, NO_HISTORY } from '../../support/content-tree.ts';
import { BASE_CONSULTATION, corpusCase, corpusCases, corpusFile, writeCaseContent } from '../../support/corpus.ts';
import { ROOT } from '../../support/paths.ts';

const DEFAULT_TODAY = '2026-11-23';
const LIBRARY = BASE_CONSULTATION;
const roots: string[] = [];

afterAll(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});

function check(root: string, today: string) {
  roots.push(root);
  let result: ReturnType<typeof checkContent> | undefined;
  expect(() => {
    result = checkContent({ root, today, gitFacts: NO_HISTORY });
  }).not.toThrow();
  return result!.findings.map(({ rule, severity, file, line }) => ({ rule, severity, file, line }));
}

const committed = corpusCases().map((entry) => entry.name);

describe('bad-input corpus', () => {
  it('has at least 40 cases', () => {
    expect(committed.length + 2).toBeGreaterThanOrEqual(40);
  });

  it.each(committed)('%s', (name) => {
    const expected = corpusCase(name);
    const root = makeContentTree();
    writeCaseContent(expected, root);
    expect(check(root, expected.today ?? DEFAULT_TODAY)).toEqual(expected.findings);
  });

  it('5-mb-file: reports the size and still checks the other files', () => {
    const valid = readFileSync(LIBRARY, 'utf8');
    const huge = `${valid}\n${'Kelbrook library opening hours. '.repeat(160_000)}\n`;
    expect(Buffer.byteLength(huge)).toBeGreaterThan(5_000_000);
    const root = makeContentTree({
      'content/consultations/library-hours.mdx': huge,
      'content/consultations/library-fines.mdx': valid
        .replace('closes: 2027-01-11', 'closes: 2026-10-26')
        .replace('audiences: [residents]', 'audiences: [older-people]'),
    });
    expect(check(root, DEFAULT_TODAY)).toEqual([
      { rule: 'timescale', severity: 'error', file: 'content/consultations/library-fines.mdx', line: 15 },
      { rule: 'schema', severity: 'error', file: 'content/consultations/library-hours.mdx', line: 1 },
    ]);
  });

  it('slugs-differing-only-in-case: the clash and the badly formed name are both reported', () => {
    const original = readFileSync(LIBRARY, 'utf8');
    const root = makeContentTree({
      'content/consultations/library-hours.mdx': original,
      'content/consultations/Library-Hours.mdx': original.replace(
        'audiences: [residents]',
        'audiences: [older-people]',
      ),
    });
    // A case-insensitive file system cannot hold both names, so the clash cannot happen there.
    if (readdirSync(path.join(root, 'content/consultations')).length < 2) return;
    expect(check(root, DEFAULT_TODAY)).toEqual([
      { rule: 'unique-slug', severity: 'error', file: 'content/consultations/Library-Hours.mdx', line: 1 },
      { rule: 'unique-slug', severity: 'error', file: 'content/consultations/library-hours.mdx', line: 1 },
    ]);
  });
});

describe('hostile content that cannot be committed as a case', () => {
  const valid = readFileSync(LIBRARY, 'utf8');
  /** The valid consultation with `text` as line 35, a paragraph of its first section. */
  const withLine35 = (text: string, audience: string) =>
    valid
      .replace('visit after work.\n', `visit after work.\n\n${text}\n`)
      .replace('audiences: [residents]', `audiences: [${audience}]`);
  const schemaAt = (file: string, line: number) => ({
    rule: 'schema',
    severity: 'error',
    file: `content/consultations/${file}`,
    line,
  });

  it('bodies nested thousands of levels deep, or with thousands of emphasis marks, are schema findings and every other file is still checked', () => {
    const root = makeContentTree({
      'content/consultations/nested-quotes.mdx': withLine35('>'.repeat(20_000) + ' Quoted.', 'young-people'),
      'content/consultations/nested-tags.mdx': withLine35(
        '<span>'.repeat(5_000) + 'Text' + '</span>'.repeat(5_000),
        'older-people',
      ),
      'content/consultations/nested-emphasis.mdx': withLine35(
        '*a '.repeat(20_000) + 'b' + '*'.repeat(20_000),
        'parents-and-carers',
      ),
      'content/consultations/library-hours.mdx': valid,
    });
    const started = performance.now();
    expect(check(root, DEFAULT_TODAY)).toEqual([
      schemaAt('nested-emphasis.mdx', 35),
      schemaAt('nested-quotes.mdx', 35),
      schemaAt('nested-tags.mdx', 35),
    ]);
    // Refused before the parser could spend minutes on them.
    expect(performance.now() - started).toBeLessThan(30_000);
  });

  it('a folder and links named *.mdx are schema findings; no link is followed, and no target is quoted', () => {
    const root = makeContentTree({ 'content/consultations/library-hours.mdx': valid });
    mkdirSync(path.join(root, 'content/consultations/folder.mdx'));
    symlinkSync('/etc/passwd', path.join(root, 'content/consultations/passwd.mdx'));
    symlinkSync(path.join(ROOT, 'docs'), path.join(root, 'content/consultations/docs.mdx'));
    roots.push(root);
    const result = checkContent({ root, today: DEFAULT_TODAY, gitFacts: NO_HISTORY });
    expect(result.findings.map(({ rule, severity, file, line }) => ({ rule, severity, file, line }))).toEqual([
      schemaAt('docs.mdx', 1),
      schemaAt('folder.mdx', 1),
      schemaAt('passwd.mdx', 1),
    ]);
    const messages = result.findings.map((finding) => finding.message).join('\n');
    expect(messages).toContain('this is a symbolic link, not a content file');
    expect(messages).toContain('this is a folder, not a content file');
    expect(messages).not.toMatch(/passwd\b(?!\.mdx)|\/etc|docs\//);
  });

  it('npm run check exits 1 on an alias bomb, an alias before its anchor, an unknown tag and a link, and reports the other files too', () => {
    const fixture = (name: string) => corpusFile(`hostile-${name}`);
    const root = makeContentTree({
      'content/consultations/yaml-alias-bomb.mdx': fixture('yaml-alias-bomb'),
      'content/consultations/yaml-alias-before-anchor.mdx': fixture('yaml-alias-before-anchor'),
      'content/consultations/yaml-function-tag.mdx': fixture('yaml-function-tag'),
      'content/consultations/script-inline.mdx': fixture('script-inline').replace(
        'audiences: [residents]',
        'audiences: [young-people]',
      ),
    });
    roots.push(root);
    symlinkSync('/etc/passwd', path.join(root, 'content/consultations/passwd.mdx'));
    const run = spawnSync(
      'npx',
      ['tsx', path.join(ROOT, 'scripts/check.ts'), '--root', root, '--today', DEFAULT_TODAY, '--no-cache'],
      {
        cwd: ROOT,
        encoding: 'utf8',
        env: { ...process.env, GITHUB_ACTIONS: '', GITHUB_STEP_SUMMARY: '', TODAY: '' },
      },
    );
    expect(run.status, run.stderr).toBe(1);
    for (const file of [
      'passwd.mdx:1:1',
      'yaml-alias-bomb.mdx:13',
      'yaml-alias-before-anchor.mdx:11',
      'yaml-function-tag.mdx:8',
      'script-inline.mdx:35',
    ]) {
      expect(run.stdout).toContain(`content/consultations/${file}`);
    }
    expect(run.stdout).not.toContain('/etc/passwd');
  });
});
