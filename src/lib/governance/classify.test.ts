import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gitText } from '../git/run.ts';
import { classifyChanges, classifyFile, type ChangedFile } from './classify.ts';
import { areaOf } from './paths.ts';

const ROOT = path.resolve(import.meta.dirname, '../../..');

const TODAY = '2026-11-23';
const PATH = 'content/consultations/recycling-centre-hours.mdx';

const consultation = (opens: string, closes: string, extra = '', body = 'Later opening.') =>
  `---\ntitle: Recycling centre opening hours in Kelbrook\nsummary: Later summer evenings at two recycling centres.\nopens: ${opens}\ncloses: ${closes}\n${extra}---\n\n## What we are proposing\n\n${body}\n`;
const strategy = (status: string) =>
  `---\ntitle: Engagement strategy 2027-2030\nstatus: ${status}\nadopted: 2027-01-19\n---\n\nText.\n`;
const DECISION =
  'decision:\n  date: 2026-10-12\n  by: Cabinet Member for Environment\n  summary: Summer evening opening agreed at both centres.\n';
const PAUSED = 'status: paused\nstatusReason: Checking the traffic survey figures.\n';
const WITHDRAWN = 'status: withdrawn\nstatusReason: The proposal was dropped after the budget settlement.\n';

const kinds = (file: ChangedFile) => classifyFile(file, TODAY).map((reason) => reason.kind);
const only = (file: ChangedFile) => {
  const reasons = classifyFile(file, TODAY);
  expect(reasons).toHaveLength(1);
  return reasons[0]!;
};

describe('consultations: opening, announcing and their dates', () => {
  it('a new consultation open today opens it', () => {
    expect(only({ path: PATH, head: consultation('2026-11-16', '2027-02-15') })).toMatchObject({
      kind: 'consultation-opens',
      why: 'open on 2026-11-23 (was not listed)',
    });
  });

  it('a forthcoming consultation whose opening day has come opens it', () => {
    expect(
      kinds({
        path: PATH,
        base: consultation('2026-11-30', '2027-02-22'),
        head: consultation('2026-11-23', '2027-02-22'),
      }),
    ).toEqual(['consultation-opens']);
  });

  it('an open consultation whose closing date moves needs opening approval again', () => {
    expect(
      only({
        path: PATH,
        base: consultation('2026-11-02', '2027-01-25'),
        head: consultation('2026-11-02', '2027-02-08'),
      }),
    ).toMatchObject({
      kind: 'consultation-opens',
      why: "open consultation's dates changed from 2026-11-02 – 2027-01-25 to 2026-11-02 – 2027-02-08",
    });
  });

  it('closing an open consultation early by moving its closing date is a change of its dates', () => {
    expect(
      kinds({
        path: PATH,
        base: consultation('2026-11-02', '2027-01-25'),
        head: consultation('2026-11-02', '2026-11-20'),
      }),
    ).toEqual(['consultation-opens']);
  });

  it('making a consultation held back as "Opening delayed" launch-ready opens it', () => {
    const file = 'content/consultations/kelbrook-street-trading.mdx';
    const base = readFileSync(path.join(ROOT, file), 'utf8');
    const ready = base
      .replace(
        '  email: licensing@harrowdale.example\nformats',
        '  email: licensing@harrowdale.example\n  phone: 01632 960 330\nformats',
      )
      .replace(
        'governance:\n',
        'equalityImpact:\n  status: completed\ngovernance:\n  authorisedBy: Director of Place\n  authorisedOn: 2026-11-30\n',
      );
    expect(ready).not.toBe(base);
    const reasons = classifyFile({ path: file, base, head: ready }, '2026-12-03');
    expect(reasons.map((reason) => reason.kind)).toEqual(['consultation-opens', 'consultation-changed']);
    expect(reasons[0]!.why).toBe('open on 2026-12-03 (was delayed)');
  });

  it('a new forthcoming consultation is announced', () => {
    expect(only({ path: PATH, head: consultation('2027-06-07', '2027-08-30') })).toMatchObject({
      kind: 'consultation-announced',
      why: 'newly forthcoming, opens 2027-06-07 (was not listed)',
    });
  });

  it('an open consultation moved into the future is announced again', () => {
    expect(
      kinds({
        path: PATH,
        base: consultation('2026-11-02', '2027-01-25'),
        head: consultation('2027-01-04', '2027-03-29'),
      }),
    ).toEqual(['consultation-announced']);
  });

  it('a forthcoming consultation whose dates change sets the dates it opens on', () => {
    expect(
      kinds({
        path: PATH,
        base: consultation('2027-06-07', '2027-08-30'),
        head: consultation('2027-05-10', '2027-08-02'),
      }),
    ).toEqual(['consultation-opens']);
  });

  it('an unrelated invalid field does not change the classification', () => {
    expect(kinds({ path: PATH, head: consultation('2027-06-07', '2027-08-30', 'colour: green\n') })).toEqual([
      'consultation-announced',
    ]);
  });
});

describe('consultations: every other edit is governed', () => {
  it('an open consultation edited without changing its dates is consultation-changed, naming what changed', () => {
    const base = consultation('2026-11-02', '2027-01-25');
    expect(
      only({ path: PATH, base, head: base.replace('Later opening.', 'Later opening in summer only.') }),
    ).toMatchObject({
      kind: 'consultation-changed',
      why: 'open consultation edited: body',
    });
  });

  it("a forthcoming consultation's documents changed is consultation-changed", () => {
    const base = consultation('2027-06-07', '2027-08-30');
    const head = consultation(
      '2027-06-07',
      '2027-08-30',
      'documents:\n  - { title: Proposal, href: /documents/recycling-proposal.pdf, format: pdf, accessible: false }\n',
    );
    expect(only({ path: PATH, base, head })).toMatchObject({
      kind: 'consultation-changed',
      why: 'forthcoming consultation edited: documents',
    });
  });

  it('withdrawing or pausing an open consultation is consultation-withdrawn, and nothing else', () => {
    const open = consultation('2026-11-02', '2027-01-25');
    expect(only({ path: PATH, base: open, head: consultation('2026-11-02', '2027-01-25', WITHDRAWN) })).toMatchObject({
      kind: 'consultation-withdrawn',
      why: 'withdrawn, was open',
    });
    expect(kinds({ path: PATH, base: open, head: consultation('2026-11-02', '2027-01-25', PAUSED) })).toEqual([
      'consultation-withdrawn',
    ]);
  });

  it('un-withdrawing a consultation within its dates withdraws the withdrawal and opens it', () => {
    const reasons = classifyFile(
      {
        path: PATH,
        base: consultation('2026-11-02', '2027-01-25', WITHDRAWN),
        head: consultation('2026-11-02', '2027-01-25'),
      },
      TODAY,
    );
    expect(reasons.map((reason) => [reason.kind, reason.why])).toEqual([
      ['consultation-withdrawn', 'no longer withdrawn: open on 2026-11-23'],
      ['consultation-opens', 'open on 2026-11-23 (was withdrawn)'],
    ]);
  });

  it('changing the reason a consultation is paused is consultation-withdrawn', () => {
    const paused = consultation('2026-11-02', '2027-01-25', PAUSED);
    expect(only({ path: PATH, base: paused, head: paused.replace('traffic survey', 'air quality') })).toMatchObject({
      kind: 'consultation-withdrawn',
      why: 'the reason it is paused changed',
    });
  });

  it('a withdrawal that also records a decision makes both kinds', () => {
    expect(
      kinds({
        path: PATH,
        base: consultation('2026-11-02', '2027-01-25'),
        head: consultation('2026-11-02', '2027-01-25', WITHDRAWN + DECISION),
      }),
    ).toEqual(['consultation-withdrawn', 'decision-recorded']);
  });

  it('recording or rewriting the decision of a closed consultation is decision-recorded only', () => {
    const closed = consultation('2026-06-01', '2026-08-24');
    expect(only({ path: PATH, base: closed, head: consultation('2026-06-01', '2026-08-24', DECISION) })).toMatchObject({
      kind: 'decision-recorded',
      why: 'decision recorded',
    });
    const decided = consultation('2026-06-01', '2026-08-24', DECISION);
    expect(only({ path: PATH, base: decided, head: decided.replace('both centres', 'one centre') })).toMatchObject({
      kind: 'decision-recorded',
      why: 'decision changed',
    });
  });

  it("rewriting a closed consultation's body or dates after the fact is record-changed", () => {
    const closed = consultation('2026-06-01', '2026-08-24');
    expect(
      only({ path: PATH, base: closed, head: closed.replace('Later opening.', 'Earlier closing.') }),
    ).toMatchObject({
      kind: 'record-changed',
      why: 'consultation that closed on 2026-08-24 changed after the fact: body',
    });
    expect(only({ path: PATH, base: closed, head: consultation('2026-06-01', '2026-09-21') })).toMatchObject({
      kind: 'record-changed',
      why: 'dates of a consultation that had closed changed from 2026-06-01 – 2026-08-24 to 2026-06-01 – 2026-09-21',
    });
  });

  it('adding a consultation that has already closed is record-changed', () => {
    expect(only({ path: PATH, head: consultation('2026-06-01', '2026-08-24') })).toMatchObject({
      kind: 'record-changed',
    });
  });

  it('a file changed without a visible difference (its mode) is still governed', () => {
    const text = consultation('2026-11-02', '2027-01-25');
    expect(only({ path: PATH, base: text, head: text })).toMatchObject({
      kind: 'consultation-changed',
      why: 'open consultation edited: no visible difference (layout or file mode only)',
    });
  });

  it('a deleted consultation is content-removed, and a rename removes the old slug', () => {
    expect(only({ path: PATH, base: consultation('2026-11-02', '2027-01-25') })).toMatchObject({
      kind: 'content-removed',
    });
    const text = consultation('2026-11-02', '2027-01-25');
    const renamed = classifyFile(
      { path: 'content/consultations/recycling-hours.mdx', previousPath: PATH, base: text, head: text },
      TODAY,
    );
    expect(renamed.map((reason) => [reason.path, reason.kind])).toEqual([
      [PATH, 'content-removed'],
      ['content/consultations/recycling-hours.mdx', 'consultation-opens'],
    ]);
    expect(renamed[0]!.why).toContain('renamed to content/consultations/recycling-hours.mdx: its address changes');
  });

  it('content that cannot be read is treated as every kind a consultation can make', () => {
    const every = [
      'consultation-opens',
      'consultation-announced',
      'consultation-changed',
      'consultation-withdrawn',
      'decision-recorded',
      'record-changed',
    ];
    expect(kinds({ path: PATH, head: consultation('next spring', '2027-08-30') })).toEqual(every);
    expect(
      kinds({ path: PATH, base: consultation('2026-06-01', '2026-08-24'), head: 'no frontmatter at all' }),
    ).toEqual(every);
    expect(kinds({ path: PATH, base: '---\nopens: [\n---\n', head: consultation('2026-06-01', '2026-08-24') })).toEqual(
      every,
    );
  });

  it('a file in the folder that is not a page is treated as every kind made there', () => {
    expect(kinds({ path: 'content/consultations/drafts/recycling.mdx', head: 'x' })).toEqual(areaOf(PATH).kinds);
  });
});

describe('feedback, strategies, standards, documents, settings and code', () => {
  const REPORT = 'content/feedback/library-opening-hours.mdx';
  const report = (extra = '') =>
    `---\nconsultation: library-opening-hours\npublished: 2027-02-22\n${extra}---\n\n## What we asked\n\nWhen to open.\n`;

  it('a new feedback report is published; changing a published one is record-changed; its decision is decision-recorded', () => {
    expect(kinds({ path: REPORT, head: report() })).toEqual(['feedback-published']);
    expect(kinds({ path: REPORT, head: report(DECISION) })).toEqual(['feedback-published', 'decision-recorded']);
    expect(
      only({ path: REPORT, base: report(), head: report().replace('When to open.', 'Whether to open later.') }),
    ).toMatchObject({
      kind: 'record-changed',
      why: 'published feedback report changed: body',
    });
    expect(
      kinds({ path: REPORT, base: report(DECISION), head: report(DECISION.replace('2026-10-12', '2026-10-19')) }),
    ).toEqual(['decision-recorded']);
    expect(kinds({ path: REPORT, base: report() })).toEqual(['content-removed']);
  });

  it('strategies: adopted, drafted, superseded', () => {
    const file = 'content/strategies/engagement-strategy.mdx';
    expect(only({ path: file, base: strategy('draft'), head: strategy('adopted') })).toMatchObject({
      kind: 'strategy-adopted',
      why: 'strategy adopted (was draft)',
    });
    expect(
      only({ path: file, base: strategy('adopted'), head: strategy('adopted').replace('Text.', 'New text.') }),
    ).toMatchObject({ kind: 'strategy-adopted', why: 'adopted strategy changed' });
    expect(only({ path: file, base: strategy('adopted'), head: strategy('superseded') })).toMatchObject({
      kind: 'strategy-adopted',
      why: 'adopted strategy made superseded',
    });
    expect(kinds({ path: file, head: strategy('draft') })).toEqual(['strategy-drafted']);
    expect(
      kinds({ path: file, base: strategy('superseded'), head: strategy('superseded').replace('Text.', 'Other text.') }),
    ).toEqual(['record-changed']);
    expect(kinds({ path: file, head: 'status: ' })).toEqual(['strategy-adopted', 'strategy-drafted', 'record-changed']);
  });

  it('a standard added or changed is standard-changed; deleted, content-removed', () => {
    expect(
      only({ path: 'content/standards/complaints-handling.mdx', head: '---\ntitle: Complaints\n---\n' }),
    ).toMatchObject({ kind: 'standard-changed', why: 'standard added' });
    expect(kinds({ path: 'content/standards/complaints-handling.mdx', base: 'a', head: 'b' })).toEqual([
      'standard-changed',
    ]);
    expect(kinds({ path: 'content/standards/complaints-handling.mdx', base: 'a' })).toEqual(['content-removed']);
  });

  it('a document under public/documents/ added, replaced or removed is documents-changed', () => {
    expect(only({ path: 'public/documents/library-visitor-counts.pdf', status: 'modified' })).toMatchObject({
      kind: 'documents-changed',
      why: 'published document changed',
    });
    expect(only({ path: 'public/documents/library-visitor-counts.pdf', status: 'removed' }).why).toBe(
      'published document removed',
    );
  });

  it('settings, and anything else under content/, is settings-changed', () => {
    expect(kinds({ path: 'content/settings/site.yaml', base: 'a: 1', head: 'a: 2' })).toEqual(['settings-changed']);
    expect(only({ path: 'content/settings/old.yaml', base: 'a: 1' })).toMatchObject({
      kind: 'settings-changed',
      why: 'settings file removed',
    });
    expect(kinds({ path: 'content/partners/kelbrook-district.json', head: '[]' })).toEqual(['settings-changed']);
  });

  it('everything outside content/ and public/documents/ is code-changed', () => {
    for (const file of [
      'package.json',
      'package-lock.json',
      '.github/workflows/approvals.yml',
      'src/pages/index.astro',
      'scripts/approvals.ts',
      'astro.config.mjs',
      'public/favicon.svg',
      'README.md',
    ]) {
      expect(kinds({ path: file }), file).toEqual(['code-changed']);
    }
  });

  it('every file in this repository makes at least one kind, and only kinds its area allows', () => {
    const files = gitText(ROOT, ['ls-files', '-z']).split('\0').filter(Boolean);
    expect(files.length).toBeGreaterThan(100);
    for (const file of files) {
      const text = file.startsWith('content/') ? readFileSync(path.join(ROOT, file), 'utf8') : undefined;
      const changed: ChangedFile = text === undefined ? { path: file } : { path: file, base: text, head: `${text}\n` };
      const found = kinds(changed);
      expect(found.length, file).toBeGreaterThan(0);
      for (const kind of found) expect(areaOf(file).kinds, `${file}: ${kind}`).toContain(kind);
    }
  });
});

describe('classifyChanges', () => {
  it('lists each kind once in the fixed order, with a reason per kind per file', () => {
    const result = classifyChanges(
      [
        { path: 'content/settings/process.yaml', base: 'a: 1', head: 'a: 2' },
        { path: PATH, head: consultation('2026-11-16', '2027-02-15') },
        { path: 'README.md' },
        { path: 'content/settings/site.yaml', base: 'b: 1', head: 'b: 2' },
      ],
      TODAY,
    );
    expect(result.kinds).toEqual(['consultation-opens', 'settings-changed', 'code-changed']);
    expect(result.reasons).toHaveLength(4);
  });
});
