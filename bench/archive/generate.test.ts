import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/check/index.ts';
import { validate } from '../../src/lib/content/errors.ts';
import { frontmatterData } from '../../src/lib/content/source.ts';
import { loadSettings } from '../../src/lib/content/settings.ts';
import { collectionSchemas, type CollectionName } from '../../src/lib/schema/index.ts';
import { readRepositoryHistory } from '../../src/lib/history/history.ts';
import { periodStatus } from '../../src/lib/status.ts';
import { addDays } from '../../src/lib/dates/calendar-date.ts';
import { mdxFile } from './frontmatter.ts';
import { generateArchive } from './generate.ts';
import { importArchiveHistory, plannedChanges } from './git-history.ts';
import { writeArchiveTree } from './tree.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const TODAY = '2026-11-23';
const settings = loadSettings(ROOT);
const files = generateArchive({ count: 400, seed: 7, today: TODAY, settings });

const frontmatterOf = (text: string) => frontmatterData(text)!;
const collectionOf = (file: string) => file.split('/')[1] as CollectionName;

describe('generateArchive', () => {
  it('writes files every schema accepts', () => {
    const problems = files.flatMap((file) => {
      const result = validate(collectionSchemas[collectionOf(file.path)], frontmatterOf(file.text));
      return result.success ? [] : result.problems.map((problem) => `${file.path}: ${problem.message}`);
    });
    expect(problems).toEqual([]);
  });

  it('is the same archive for the same seed and a different one for another seed', () => {
    expect(generateArchive({ count: 400, seed: 7, today: TODAY, settings })).toEqual(files);
    expect(generateArchive({ count: 400, seed: 8, today: TODAY, settings })).not.toEqual(files);
  });

  it('covers every derived status, activity and topic, with feedback for most closed entries', () => {
    const consultations = files.filter((file) => collectionOf(file.path) === 'consultations');
    const reported = new Set(
      files
        .filter((file) => collectionOf(file.path) === 'feedback')
        .map((file) => frontmatterOf(file.text).consultation),
    );
    const data = consultations.map(
      (file) =>
        ({ slug: path.basename(file.path, '.mdx'), ...frontmatterOf(file.text) }) as {
          slug: string;
          opens: string;
          closes: string;
          status?: 'withdrawn' | 'paused';
          activity: string;
          topics: string[];
        },
    );
    expect(consultations).toHaveLength(400);
    expect(new Set(data.map((entry) => periodStatus(entry, reported.has(entry.slug), TODAY)))).toEqual(
      new Set(['forthcoming', 'open', 'closed', 'outcome', 'withdrawn', 'paused']),
    );
    expect(new Set(data.map((entry) => entry.activity)).size).toBe(6);
    expect(new Set(data.flatMap((entry) => entry.topics))).toEqual(
      new Set(settings.site.taxonomy.topics.map((topic) => topic.id)),
    );
    expect(reported.size).toBeGreaterThan(data.length / 2);
  });

  it('quotes what YAML would otherwise misread', () => {
    const text = mdxFile(
      { start: '10:00', label: 'no', note: 'Kelbrook: north', list: ['a, b', 'plain'], when: '2027-01-04' },
      'Body',
    );
    expect(frontmatterOf(text)).toEqual({
      start: '10:00',
      label: 'no',
      note: 'Kelbrook: north',
      list: ['a, b', 'plain'],
      when: '2027-01-04',
    });
    expect(text).toContain('when: 2027-01-04\n');
  });
});

describe('writeArchiveTree', () => {
  const outDir = mkdtempSync(path.join(tmpdir(), 'archive-'));
  afterAll(() => rmSync(outDir, { recursive: true, force: true }));

  it('builds a content repository the checker reads with no errors beyond the planned missing feedback reports', () => {
    const tree = writeArchiveTree({ projectRoot: ROOT, outDir, count: 300, seed: 3, today: TODAY });
    expect(readdirSync(path.join(outDir, 'content/settings')).sort()).toEqual([
      'governance.yaml',
      'process.yaml',
      'site.yaml',
    ]);
    expect(readdirSync(path.join(outDir, 'content/consultations'))).toHaveLength(300);
    expect(readdirSync(path.join(outDir, 'content/feedback'))).toHaveLength(tree.feedback);
    const result = checkContent({ root: outDir, today: TODAY });
    const errorRules = new Set(
      result.findings.filter((finding) => finding.severity === 'error').map((finding) => finding.rule),
    );
    expect([...errorRules].filter((rule) => rule !== 'closing-the-loop')).toEqual([]);
    expect(result.files).toBe(
      300 +
        tree.feedback +
        readdirSync(path.join(outDir, 'content/strategies')).length +
        readdirSync(path.join(outDir, 'content/standards')).length,
    );
  });
});

describe('importArchiveHistory', () => {
  const outDir = mkdtempSync(path.join(tmpdir(), 'archive-git-'));
  afterAll(() => rmSync(outDir, { recursive: true, force: true }));

  it('commits each consultation weeks before it opens, extends some later, and publishes feedback in its week', () => {
    const tree = writeArchiveTree({ projectRoot: ROOT, outDir, count: 60, seed: 5, today: TODAY });
    const commits = importArchiveHistory(outDir, tree.files, tree.copied, TODAY);
    expect(execFileSync('git', ['status', '--porcelain'], { cwd: outDir, encoding: 'utf8' })).toBe('');
    const history = readRepositoryHistory(outDir);
    expect(history.commitCount).toBe(commits);
    expect(history.files.size).toBe(tree.files.length + tree.copied.filter((file) => file.endsWith('.mdx')).length);

    const planned = plannedChanges(tree.files, TODAY);
    const extended = planned.find((change) => change.title.startsWith('Extend'))!;
    const revisions = history.files.get(extended.path)!.revisions;
    expect(revisions.map((revision) => revision.kind)).toEqual(['added', 'modified']);
    expect(revisions[1]!.changes.map((change) => change.field)).toEqual(['closes']);

    const feedback = tree.files.find((file) => file.path.startsWith('content/feedback/'))!;
    const published = /^published: (\S+)$/m.exec(feedback.text)![1]!;
    const merged = history.files.get(feedback.path)!.firstPublished!;
    expect(merged >= published && merged <= addDays(published, 6)).toBe(true);
  });
});
