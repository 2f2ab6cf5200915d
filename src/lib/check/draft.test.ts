/** checkDraft: the CMS preview's check of one consultation in memory, safe for the browser. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse, stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { checkDraft } from './draft.ts';
import { loadSettings } from '../content/settings.ts';
import { splitFrontmatter } from '../content/source.ts';
import { importGraph } from '../../../support/import-graph.ts';
import { BASE_CONSULTATION } from '../../../support/corpus.ts';
import { ROOT } from '../../../support/paths.ts';

const settings = loadSettings(ROOT);
const { yaml, body } = splitFrontmatter(readFileSync(BASE_CONSULTATION, 'utf8'));
const data = parse(yaml!, { schema: 'core' }) as Record<string, unknown>;

describe('checkDraft', () => {
  it('finds nothing wrong with a good draft', () => {
    expect(
      checkDraft({ collection: 'consultations', data, body, settings, today: '2026-11-23', slug: 'library-hours' }),
    ).toEqual([]);
  });

  it('reports frontmatter and body problems with lines in the saved file', () => {
    const draftBody = body.replace('Fill in the survey online', 'Children under <5 go free. Fill in the survey online');
    const findings = checkDraft({
      collection: 'consultations',
      data: { ...data, closes: '2026-11-30' },
      body: draftBody,
      settings,
      today: '2026-11-23',
      slug: 'library-hours',
    });
    // The draft is saved with block lists, so the lines are those of that text.
    const saved = `---\n${stringify({ ...data, closes: '2026-11-30' }, { lineWidth: 0 })}---\n${draftBody}`.split('\n');
    const lineOf = (start: string) => saved.findIndex((line) => line.startsWith(start)) + 1;
    expect(findings.map(({ rule, file, line }) => ({ rule, file, line }))).toEqual([
      { rule: 'timescale', file: 'content/consultations/library-hours.mdx', line: lineOf('closes:') },
      { rule: 'schema', file: 'content/consultations/library-hours.mdx', line: lineOf('Children under <5') },
    ]);
    expect(lineOf('closes:')).toBeGreaterThan(1);
  });

  it('warns about launch steps still missing before the opening day, and fails them from that day', () => {
    const { equalityImpact: _equalityImpact, ...unready } = data;
    const before = checkDraft({
      collection: 'consultations',
      data: unready,
      body,
      settings,
      today: '2026-09-28',
      slug: 'library-hours',
    });
    expect(before.map(({ rule, severity, message }) => [rule, severity, message])).toEqual([
      [
        'launch-ready',
        'warning',
        'before it opens on 5 October 2026 you need an equality impact assessment: fill in Equality impact with its status (Completed, Screening: no EqIA needed or In progress)',
      ],
    ]);
    const on = checkDraft({
      collection: 'consultations',
      data: unready,
      body,
      settings,
      today: '2026-10-05',
      slug: 'library-hours',
    });
    expect(on.map(({ rule, severity }) => [rule, severity])).toEqual([['launch-ready', 'error']]);
  });

  it('leaves out the rules that need other files or git history', () => {
    const findings = checkDraft({
      collection: 'consultations',
      data: { ...data, related: ['not-written-yet'] },
      body,
      settings,
      today: '2026-11-23',
    });
    expect(findings).toEqual([]);
  });
});

/** What draft.ts imports may not reach node: built-ins, or the CMS bundle breaks. */
describe('draft.ts in the browser', () => {
  it('imports nothing from node: built-ins, directly or indirectly', () => {
    const graph = [...importGraph(path.join(ROOT, 'src/lib/check/draft.ts'))];
    expect(graph.length).toBeGreaterThan(10);
    expect(
      graph.filter((specifier) => specifier.startsWith('node:') || ['fs', 'child_process', 'path'].includes(specifier)),
    ).toEqual([]);
    expect(graph.filter((file) => file.endsWith('.ts')).map((file) => path.relative(ROOT, file))).not.toContain(
      'src/lib/content/load.ts',
    );
  });
});
