/**
 * The bad-input corpus: each case is a small content tree with the exact findings (rule, severity,
 * file, line) the checker must report, and nothing else. Two cases are made here rather than
 * committed: a 5 MB file, and two file names that differ only in case (which some file systems
 * cannot hold).
 */
import { cpSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/check/index.ts';
import { makeContentTree, NO_HISTORY } from '../check/content-tree.ts';

interface Expected {
  today?: string;
  findings: { rule: string; severity: string; file: string; line: number }[];
}

const CASES = path.join(path.dirname(fileURLToPath(import.meta.url)), 'cases');
const DEFAULT_TODAY = '2026-11-23';
const LIBRARY = path.join(CASES, 'clean-open-consultation/content/consultations/library-hours.mdx');
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

const committed = readdirSync(CASES).sort();

describe('bad-input corpus', () => {
  it('has at least 40 cases', () => {
    expect(committed.length + 2).toBeGreaterThanOrEqual(40);
  });

  it.each(committed)('%s', (name) => {
    const expected = JSON.parse(readFileSync(path.join(CASES, name, 'expected.json'), 'utf8')) as Expected;
    const root = makeContentTree();
    cpSync(path.join(CASES, name, 'content'), path.join(root, 'content'), { recursive: true });
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
