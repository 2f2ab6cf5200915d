/**
 * The CMS's read/write path over every file it could open: the sample content, the settings and every
 * corpus case (hostile ones included). Saved unchanged, a file is the same bytes; with one field changed,
 * exactly one line changes.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpusCases } from '../../../support/corpus.ts';
import { ROOT } from '../../../support/paths.ts';
import { readFields, splitFrontmatter } from '../content/source.ts';
import { readEntryFile, SOURCE_KEY, withoutSource, writeEntryFile, type EntryFileKind } from './entry-file.ts';

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    const stat = statSync(file, { throwIfNoEntry: false });
    if (stat?.isDirectory()) return filesUnder(file);
    return stat?.isFile() && /\.(mdx|yaml)$/.test(name) ? [file] : [];
  });
}

/** Every file's text by a name for it: content/... on disk, tests/corpus/<case>/... for each corpus case's files. */
const TEXTS = new Map<string, string>([
  ...filesUnder(path.join(ROOT, 'content')).map(
    (file) => [path.relative(ROOT, file), readFileSync(file, 'utf8')] as const,
  ),
  ...corpusCases().flatMap(({ name, files }) =>
    Object.entries(files)
      .filter(([file]) => /\.(mdx|yaml)$/.test(file))
      .map(([file, bytes]) => [`tests/corpus/${name}/${file}`, bytes.toString('utf8')] as const),
  ),
]);
const FILES = [...TEXTS.keys()];
const kindOf = (file: string): EntryFileKind => (file.endsWith('.yaml') ? 'yaml' : 'frontmatter');
const read = (file: string) => TEXTS.get(file)!;
/** Files whose frontmatter the content reader can read: the others open empty and cannot be saved. */
const readable = (file: string) => {
  const text = read(file);
  if (kindOf(file) === 'yaml') return !readFields(text).problem;
  const split = splitFrontmatter(text);
  return split.yaml !== undefined && !split.unclosed && !readFields(split.yaml).problem;
};

/** The lines of `after` that differ from `before`, when both have the same number of lines. */
function changedLines(before: string, after: string): number[] {
  const [a, b] = [before.split('\n'), after.split('\n')];
  if (a.length !== b.length) return [-1];
  return a.flatMap((line, index) => (line === b[index] ? [] : [index + 1]));
}

/** The first top-level text field that is written on one line, to edit. */
function oneLineTextField(text: string, data: Record<string, unknown>): string | undefined {
  return Object.keys(data).find((key) => {
    const value = data[key];
    if (key === 'body' || key === SOURCE_KEY || typeof value !== 'string' || value.includes('\n')) return false;
    const line = text.split('\n').find((candidate) => candidate.startsWith(`${key}:`));
    return line !== undefined && line.trim() !== `${key}:` && !/:\s*[|>]/.test(line);
  });
}

describe('the CMS read/write path over every file', () => {
  it('covers the content, the settings and the corpus', () => {
    expect(FILES.filter((file) => file.startsWith('content/')).length).toBeGreaterThan(10);
    expect(FILES.filter((file) => file.startsWith('tests/corpus/')).length).toBeGreaterThan(100);
    expect(FILES.filter((file) => file.endsWith('.yaml')).length).toBe(3);
  });

  it.each(FILES)('saves %s unchanged as the same bytes', (file) => {
    const text = read(file);
    const kind = kindOf(file);
    // What Decap holds is plain JSON data: round-trip it through JSON as the editor's state does.
    const data = JSON.parse(JSON.stringify(readEntryFile(text, kind))) as Record<string, unknown>;
    expect(writeEntryFile(data, kind)).toBe(text);
    if (readable(file)) return;
    // A file the reader cannot read is never replaced by what the empty form holds: the save fails, or (no
    // frontmatter at all) the fields go above the body, which stays as it was.
    const changed = { ...data, title: 'Changed in the CMS' };
    if (splitFrontmatter(text).yaml !== undefined) expect(() => writeEntryFile(changed, kind)).toThrow();
    else expect(writeEntryFile(changed, kind)).toBe(`---\ntitle: Changed in the CMS\n---\n${text}`);
  });

  it.each(FILES.filter(readable))('changes exactly one line of %s when one field changes', (file) => {
    const text = read(file);
    const kind = kindOf(file);
    const data = readEntryFile(text, kind);
    const key = oneLineTextField(text, data);
    if (!key) return;
    const saved = writeEntryFile({ ...data, [key]: `${String(data[key])} (edited)` }, kind);
    expect(changedLines(text, saved)).toHaveLength(1);
    const after = readEntryFile(saved, kind);
    expect(withoutSource(after)).toEqual({ ...withoutSource(data), [key]: `${String(data[key])} (edited)` });
  });
});

const CONSULTATION = `---
# Reviewed by the libraries team
title: 'Library opening hours'
summary: "We want to change when libraries open."
topics: [libraries, culture-and-leisure]   # from site.yaml
opens: 2027-06-01
closes: 2027-08-24
governance:
  authorisedBy: Cabinet Member for Communities
  authorisedOn: 2027-05-01
documents:
  - { title: Proposal, href: /documents/proposal.html, format: html, accessible: true }
---
## What we are proposing

{/* editor note: check figures with finance */}
| Day | Hours |
|:----|------:|
| Mon | 9-5 |
`;

describe('writeEntryFile', () => {
  const data = readEntryFile(CONSULTATION, 'frontmatter');
  const save = (changes: Record<string, unknown>) => writeEntryFile({ ...data, ...changes }, 'frontmatter');

  it('keeps the quoting of a changed value', () => {
    expect(changedLines(CONSULTATION, save({ title: 'Library hours' }))).toEqual([3]);
    expect(save({ title: 'Library hours' })).toContain("title: 'Library hours'\n");
    expect(save({ summary: 'Shorter.' })).toContain('summary: "Shorter."\n');
  });

  it('changes one nested date on its own line', () => {
    const saved = save({ governance: { ...(data.governance as object), authorisedOn: '2027-05-02' } });
    expect(changedLines(CONSULTATION, saved)).toEqual([10]);
    expect(saved).toContain('  authorisedOn: 2027-05-02\n');
  });

  it('adds an item to a flow list on the same line, keeping its comment', () => {
    const saved = save({ topics: ['libraries', 'culture-and-leisure', 'transport'] });
    expect(changedLines(CONSULTATION, saved)).toEqual([5]);
    expect(saved).toContain('topics: [libraries, culture-and-leisure, transport]   # from site.yaml\n');
  });

  it('adds a document in the style of the others, and a new field at the end of the frontmatter', () => {
    const documents = [
      ...(data.documents as object[]),
      { title: 'Map', href: '/documents/map.pdf', format: 'pdf', accessible: false },
    ];
    const saved = save({ documents, decisionMaker: 'Cabinet' });
    expect(saved).toContain(
      'documents:\n  - { title: Proposal, href: /documents/proposal.html, format: html, accessible: true }\n  - { title: Map, href: /documents/map.pdf, format: pdf, accessible: false }\ndecisionMaker: Cabinet\n---\n',
    );
  });

  it('removes a cleared field and only its lines', () => {
    const { governance: _governance, ...rest } = data;
    const saved = writeEntryFile(rest, 'frontmatter');
    expect(saved).toBe(
      CONSULTATION.replace(
        'governance:\n  authorisedBy: Cabinet Member for Communities\n  authorisedOn: 2027-05-01\n',
        '',
      ),
    );
  });

  it('keeps the body byte for byte, MDX comments and table alignment included, when only a field changed', () => {
    const saved = save({ title: 'Library hours' });
    expect(splitFrontmatter(saved).body).toBe(splitFrontmatter(CONSULTATION).body);
  });

  it('writes a new entry with its fields in the form order', () => {
    expect(
      writeEntryFile({ closes: '2027-08-24', title: 'New', body: '## Heading\n' }, 'frontmatter', ['title', 'closes']),
    ).toBe('---\ntitle: New\ncloses: 2027-08-24\n---\n## Heading\n');
  });

  it('keeps comments in a settings file', () => {
    const settings =
      '# Thresholds\nminimumWeeks: { minor: 4, standard: 6, major: 12 }   # floor\nforwardPlanNoticeDays: 28     # notice\n';
    const read = readEntryFile(settings, 'yaml');
    const saved = writeEntryFile({ ...read, forwardPlanNoticeDays: 35 }, 'yaml');
    expect(saved).toBe(settings.replace('28     # notice', '35     # notice'));
  });

  it('never quotes a value read as text so that it reads as something else', () => {
    const saved = save({ title: 'true' });
    expect(readEntryFile(saved, 'frontmatter').title).toBe('true');
    const multiline = save({ summary: 'Line one\nLine two' });
    expect(readEntryFile(multiline, 'frontmatter').summary).toBe('Line one\nLine two');
  });
});
