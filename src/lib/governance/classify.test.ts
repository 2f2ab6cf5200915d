import { describe, expect, it } from 'vitest';
import { classifyChanges, classifyFile } from './classify.ts';

const TODAY = '2026-11-23';
const PATH = 'content/consultations/recycling-centre-hours.mdx';

const consultation = (opens: string, closes: string, extra = '') =>
  `---\ntitle: Recycling centre opening hours in Kelbrook\nsummary: Later summer evenings at two recycling centres.\nopens: ${opens}\ncloses: ${closes}\n${extra}---\n\n## What we are proposing\n\nLater opening.\n`;
const strategy = (status: string) => `---\ntitle: Engagement strategy 2027-2030\nstatus: ${status}\nadopted: 2027-01-19\n---\n\nText.\n`;

describe('consultations', () => {
  it('a new consultation open today opens it', () => {
    expect(classifyFile({ path: PATH, head: consultation('2026-11-16', '2027-02-15') }, TODAY)).toMatchObject({ kind: 'consultation-opens', why: 'open on 2026-11-23 (was not listed)' });
  });

  it('a forthcoming consultation whose opening day has come opens it', () => {
    expect(classifyFile({ path: PATH, base: consultation('2026-11-30', '2027-02-22'), head: consultation('2026-11-23', '2027-02-22') }, TODAY).kind).toBe('consultation-opens');
  });

  it('a paused consultation resumed while in its dates opens it', () => {
    const paused = consultation('2026-11-02', '2027-01-25', 'status: paused\nstatusReason: Checking figures.\n');
    expect(classifyFile({ path: PATH, base: paused, head: consultation('2026-11-02', '2027-01-25') }, TODAY).kind).toBe('consultation-opens');
  });

  it('an open consultation whose closing date moves needs opening approval again', () => {
    expect(classifyFile({ path: PATH, base: consultation('2026-11-02', '2027-01-25'), head: consultation('2026-11-02', '2027-02-08') }, TODAY)).toMatchObject({
      kind: 'consultation-opens',
      why: "open consultation's dates changed to 2026-11-02 – 2027-02-08",
    });
  });

  it('an open consultation edited without date changes is other', () => {
    const base = consultation('2026-11-02', '2027-01-25');
    expect(classifyFile({ path: PATH, base, head: base.replace('Later opening.', 'Later opening in summer.') }, TODAY).kind).toBe('other');
  });

  it('a new forthcoming consultation is announced', () => {
    expect(classifyFile({ path: PATH, head: consultation('2027-06-07', '2027-08-30') }, TODAY)).toMatchObject({ kind: 'consultation-announced', why: 'newly forthcoming, opens 2027-06-07 (was not listed)' });
  });

  it('an open consultation moved into the future is announced again', () => {
    expect(classifyFile({ path: PATH, base: consultation('2026-11-02', '2027-01-25'), head: consultation('2027-01-04', '2027-03-29') }, TODAY).kind).toBe('consultation-announced');
  });

  it('a forthcoming consultation whose dates change sets the dates it opens on', () => {
    expect(classifyFile({ path: PATH, base: consultation('2027-06-07', '2027-08-30'), head: consultation('2027-05-10', '2027-08-02') }, TODAY).kind).toBe('consultation-opens');
  });

  it('a closed consultation edited is other', () => {
    expect(classifyFile({ path: PATH, base: consultation('2026-06-01', '2026-08-24'), head: consultation('2026-06-01', '2026-08-24', 'related: []\n') }, TODAY)).toMatchObject({ kind: 'other', why: 'consultation is closed' });
  });

  it('an unrelated invalid field does not change the classification', () => {
    expect(classifyFile({ path: PATH, head: consultation('2027-06-07', '2027-08-30', 'colour: green\n') }, TODAY).kind).toBe('consultation-announced');
  });

  it('dates that cannot be read are treated as opening, the strictest case', () => {
    expect(classifyFile({ path: PATH, head: consultation('next spring', '2027-08-30') }, TODAY)).toMatchObject({ kind: 'consultation-opens', why: 'opening and closing dates could not be read, so treated as opening' });
    expect(classifyFile({ path: PATH, head: 'no frontmatter at all' }, TODAY).kind).toBe('consultation-opens');
  });

  it('a removed consultation is other', () => {
    expect(classifyFile({ path: PATH, base: consultation('2026-11-02', '2027-01-25') }, TODAY)).toMatchObject({ kind: 'other', why: 'consultation removed' });
  });
});

describe('feedback, strategies and settings', () => {
  it('a feedback report added or changed is published', () => {
    expect(classifyFile({ path: 'content/feedback/library-opening-hours.mdx', head: '---\npublished: 2027-02-22\n---\n' }, TODAY).kind).toBe('feedback-published');
    expect(classifyFile({ path: 'content/feedback/library-opening-hours.mdx', base: 'a', head: 'b' }, TODAY)).toMatchObject({ kind: 'feedback-published', why: 'feedback report changed' });
  });

  it('a strategy becoming adopted, or changed while adopted, is adopted', () => {
    const file = 'content/strategies/engagement-strategy.mdx';
    expect(classifyFile({ path: file, base: strategy('draft'), head: strategy('adopted') }, TODAY)).toMatchObject({ kind: 'strategy-adopted', why: 'strategy adopted (was draft)' });
    expect(classifyFile({ path: file, base: strategy('adopted'), head: strategy('adopted').replace('Text.', 'New text.') }, TODAY)).toMatchObject({ kind: 'strategy-adopted', why: 'adopted strategy changed' });
    expect(classifyFile({ path: file, head: strategy('draft') }, TODAY).kind).toBe('other');
  });

  it('any change under content/settings is a settings change', () => {
    expect(classifyFile({ path: 'content/settings/site.yaml', base: 'a: 1', head: 'a: 2' }, TODAY).kind).toBe('settings-changed');
    expect(classifyFile({ path: 'content/settings/old.yaml', base: 'a: 1' }, TODAY)).toMatchObject({ kind: 'settings-changed', why: 'settings file removed' });
  });

  it('standards, code and unchanged renames need no approval', () => {
    expect(classifyFile({ path: 'content/standards/complaints.mdx', head: 'x' }, TODAY).kind).toBe('other');
    expect(classifyFile({ path: 'src/pages/index.astro' }, TODAY).kind).toBe('other');
    const text = consultation('2026-11-02', '2027-01-25');
    expect(classifyFile({ path: PATH, base: text, head: text }, TODAY).kind).toBe('other');
  });
});

describe('classifyChanges', () => {
  it('lists each kind once in the fixed order, with a reason per file', () => {
    const result = classifyChanges(
      [
        { path: 'content/settings/process.yaml', base: 'a: 1', head: 'a: 2' },
        { path: PATH, head: consultation('2026-11-16', '2027-02-15') },
        { path: 'README.md' },
        { path: 'content/settings/site.yaml', base: 'b: 1', head: 'b: 2' },
      ],
      TODAY,
    );
    expect(result.kinds).toEqual(['consultation-opens', 'settings-changed', 'other']);
    expect(result.reasons).toHaveLength(4);
  });
});
