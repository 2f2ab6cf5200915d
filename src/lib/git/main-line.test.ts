import { describe, expect, it } from 'vitest';
import type { RawChange } from './log.ts';
import { contentFileAt, followFiles, type LandedCommit } from './main-line.ts';

const ZERO = '0'.repeat(40);
let next = 0;
const blob = () => (next += 1).toString(16).padStart(40, 'a');
const landed = (date: string, changes: RawChange[]): LandedCommit => ({
  sha: `commit-${date}`,
  parents: [],
  committedAt: `${date}T12:00:00Z`,
  date,
  authorName: 'Priya Shah',
  authorEmail: 'priya@harrowdale.example',
  message: 'Change',
  changes,
});
const kindOf = (path: string) =>
  contentFileAt(path) ? 'content' : path.startsWith('public/documents/') ? 'document' : undefined;

describe('followFiles', () => {
  it('follows a file through edits, a rename, a deletion and its return', () => {
    const [a, b, c] = [blob(), blob(), blob()];
    const commits = [
      landed('2026-06-01', [{ status: 'A', path: 'content/consultations/bins.mdx', oldBlob: ZERO, newBlob: a }]),
      landed('2026-06-02', [{ status: 'M', path: 'content/consultations/bins.mdx', oldBlob: a, newBlob: b }]),
      landed('2026-06-03', [
        {
          status: 'R',
          previousPath: 'content/consultations/bins.mdx',
          path: 'content/consultations/bin-days.mdx',
          oldBlob: b,
          newBlob: b,
        },
      ]),
      landed('2026-06-04', [{ status: 'D', path: 'content/consultations/bin-days.mdx', oldBlob: b, newBlob: ZERO }]),
      landed('2026-06-05', [{ status: 'A', path: 'content/consultations/bin-days.mdx', oldBlob: ZERO, newBlob: c }]),
    ];
    const files = followFiles(commits, kindOf);
    expect([...files.keys()]).toEqual(['content/consultations/bin-days.mdx']);
    expect(
      files
        .get('content/consultations/bin-days.mdx')!
        .versions.map(({ commit, kind, previousPath, before, after }) => [
          commit.date,
          kind,
          previousPath,
          before,
          after,
        ]),
    ).toEqual([
      ['2026-06-01', 'added', undefined, undefined, a],
      ['2026-06-02', 'modified', undefined, a, b],
      ['2026-06-03', 'renamed', 'content/consultations/bins.mdx', b, b],
      ['2026-06-04', 'deleted', undefined, b, undefined],
      ['2026-06-05', 'added', undefined, undefined, c],
    ]);
  });

  it('deletes a file moved out of what is followed, adds one moved in, and keeps kinds apart', () => {
    const [a, b, c] = [blob(), blob(), blob()];
    const commits = [
      landed('2026-06-01', [
        { status: 'A', path: 'content/consultations/bins.mdx', oldBlob: ZERO, newBlob: a },
        { status: 'A', path: 'public/documents/plan.pdf', oldBlob: ZERO, newBlob: b },
      ]),
      landed('2026-06-02', [
        {
          status: 'R',
          previousPath: 'content/consultations/bins.mdx',
          path: 'drafts/bins.mdx',
          oldBlob: a,
          newBlob: a,
        },
        { status: 'R', previousPath: 'notes/plan.md', path: 'content/standards/plan.mdx', oldBlob: c, newBlob: c },
        {
          status: 'C',
          previousPath: 'public/documents/plan.pdf',
          path: 'public/documents/copy.pdf',
          oldBlob: b,
          newBlob: b,
        },
      ]),
    ];
    const files = followFiles(commits, kindOf);
    const kinds = (path: string) => files.get(path)!.versions.map((version) => version.kind);
    expect(kinds('content/consultations/bins.mdx')).toEqual(['added', 'deleted']);
    expect(kinds('content/standards/plan.mdx')).toEqual(['added']);
    expect(kinds('public/documents/plan.pdf')).toEqual(['added']);
    expect(kinds('public/documents/copy.pdf')).toEqual(['added']);
    expect(files.has('drafts/bins.mdx')).toBe(false);
  });
});

describe('contentFileAt', () => {
  it('names the collection and slug of a content file, and nothing else', () => {
    expect(contentFileAt('content/feedback/bins.mdx')).toEqual({ collection: 'feedback', slug: 'bins' });
    expect(contentFileAt('content/settings/site.yaml')).toBeUndefined();
    expect(contentFileAt('content/consultations/old/bins.mdx')).toBeUndefined();
    expect(contentFileAt('content/drafts/bins.mdx')).toBeUndefined();
  });
});
