/**
 * The sample content for Harrowdale County Council is the demo site, the fixture of the page tests and
 * the first thing a new council copies. These tests keep it valid and keep it covering every state the
 * hub has to show.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/check/check-content.ts';
import { buildContext } from '../../src/lib/check/context.ts';
import type { ParsedEntry, ValidEntry } from '../../src/lib/content/entry.ts';
import { describeIssue } from '../../src/lib/content/errors.ts';
import { readContentTree } from '../../src/lib/content/load.ts';
import { loadSettings } from '../../src/lib/content/settings.ts';
import { launchWarnings } from '../../src/lib/rules/launch-ready.ts';
import { ACTIVITIES, SIGNIFICANCES, type Consultation } from '../../src/lib/schema/index.ts';
import { isLaunchReady } from '../../src/lib/launch-readiness.ts';
import { DERIVED_STATUSES, deriveStatus, feedbackDueDate, type DerivedStatus } from '../../src/lib/status.ts';
import { ROOT, TEST_TODAY } from '../../support/paths.ts';

const settings = loadSettings(ROOT);
const context = buildContext({ sources: readContentTree(ROOT), settings, today: TEST_TODAY });
const { entries, consultations, feedback, strategies, standards, consultationsBySlug, feedbackByConsultation } = context;

/** Everything wrong with a file's frontmatter, in the words an editor would see. */
function problemsOf(entry: ParsedEntry): string[] {
  if (!entry.source.frontmatter) return ['has no frontmatter'];
  return [...entry.yamlErrors.map((error) => error.message), ...entry.issues.map((issue) => describeIssue(issue).message)];
}

const statusOf = (entry: ValidEntry<Consultation>): DerivedStatus =>
  deriveStatus(entry.data, feedbackByConsultation.has(entry.source.slug), TEST_TODAY, isLaunchReady(entry.data));

/** A site path such as `/documents/x.html#part` -> the file under public/, or undefined for web addresses. */
function publicFile(href: string): string | undefined {
  if (!href.startsWith('/documents/')) return undefined;
  return path.join(ROOT, 'public', decodeURIComponent(href.replace(/[#?].*$/, '')));
}

describe('sample content: every file parses', () => {
  it('has files in every collection', () => {
    expect(new Set(entries.map((entry) => entry.source.collection))).toEqual(new Set(['consultations', 'feedback', 'strategies', 'standards']));
  });

  it.each(entries.map((entry) => [entry.source.file, entry] as const))('%s matches its schema', (_file, entry) => {
    expect(problemsOf(entry)).toEqual([]);
  });
});

describe('sample content: coverage of what the hub must show', () => {
  it('has enough of each content type', () => {
    expect(consultations.length).toBeGreaterThanOrEqual(16);
    expect(feedback.length).toBeGreaterThanOrEqual(5);
    expect(standards.length).toBeGreaterThanOrEqual(3);
    expect(strategies.filter((entry) => entry.data.status === 'adopted').length).toBeGreaterThanOrEqual(1);
  });

  it(`shows every derived status on ${TEST_TODAY}`, () => {
    const counts = Object.fromEntries(DERIVED_STATUSES.map((status) => [status, 0])) as Record<DerivedStatus, number>;
    for (const entry of consultations) counts[statusOf(entry)] += 1;
    // None is delayed on the test day (that would be a launch-ready error): tests/site/opening-delayed.test.ts builds a later day.
    const minimum: Record<DerivedStatus, number> = { forthcoming: 3, delayed: 0, open: 4, closed: 3, outcome: 4, withdrawn: 1, paused: 1 };
    for (const status of DERIVED_STATUSES) expect(counts[status], status).toBeGreaterThanOrEqual(minimum[status]);
  });

  it('has a closed consultation whose feedback report is overdue', () => {
    const overdue = consultations.filter(
      (entry) =>
        statusOf(entry) === 'closed' && feedbackDueDate(entry.data.closes, settings.process.feedbackWithinWeeks) < TEST_TODAY,
    );
    expect(overdue.map((entry) => entry.source.slug)).toHaveLength(1);
  });

  it('uses every kind of activity and every significance', () => {
    expect(new Set(consultations.map((entry) => entry.data.activity))).toEqual(new Set(ACTIVITIES));
    expect(new Set(consultations.map((entry) => entry.data.significance))).toEqual(new Set(SIGNIFICANCES));
  });

  it('spans 2025 to 2027, statutory and not, with events, documents and decisions', () => {
    const years = new Set(consultations.flatMap((entry) => [entry.data.opens.slice(0, 4), entry.data.closes.slice(0, 4)]));
    expect([...years]).toEqual(expect.arrayContaining(['2025', '2026', '2027']));
    expect(new Set(consultations.map((entry) => entry.data.statutory.required))).toEqual(new Set([true, false]));
    const events = consultations.flatMap((entry) => entry.data.respond.events ?? []);
    expect(events.some((event) => !event.stepFree)).toBe(true);
    expect(events.some((event) => event.online)).toBe(true);
    expect(consultations.some((entry) => entry.data.documents.some((document) => document.format === 'pdf'))).toBe(true);
    expect(new Set(consultations.flatMap((entry) => (entry.data.equalityImpact ? [entry.data.equalityImpact.status] : [])))).toEqual(
      new Set(['completed', 'screening-no-eqia-needed', 'in-progress']),
    );
    const outcomes = consultations.filter((entry) => statusOf(entry) === 'outcome');
    expect(outcomes.every((entry) => entry.data.decision)).toBe(true);
  });
});

describe('sample content: references resolve', () => {
  const taxonomy = settings.site.taxonomy;
  const known = {
    topics: new Set(taxonomy.topics.map((term) => term.id)),
    areas: new Set(taxonomy.areas.map((term) => term.id)),
    audiences: new Set(taxonomy.audiences.map((term) => term.id)),
  };

  it('uses only topics, areas and audiences from site.yaml', () => {
    const unknown = consultations.flatMap((entry) =>
      (['topics', 'areas', 'audiences'] as const).flatMap((field) =>
        entry.data[field].filter((id) => !known[field].has(id)).map((id) => `${entry.source.slug}: ${field} "${id}"`),
      ),
    );
    expect(unknown).toEqual([]);
  });

  it('points every feedback report at a consultation, published after it closed and within the deadline', () => {
    const problems = feedback.flatMap((entry) => {
      const target = consultationsBySlug.get(entry.data.consultation);
      if (!target) return [`${entry.source.slug}: no consultation "${entry.data.consultation}"`];
      const due = feedbackDueDate(target.data.closes, settings.process.feedbackWithinWeeks);
      const late = entry.data.published > due ? [`${entry.source.slug}: published after ${due}`] : [];
      const early = entry.data.published <= target.data.closes ? [`${entry.source.slug}: published before it closed`] : [];
      const future = entry.data.published > TEST_TODAY ? [`${entry.source.slug}: published in the future`] : [];
      return [...late, ...early, ...future];
    });
    expect(problems).toEqual([]);
  });

  it('links related consultations and superseding strategies that exist', () => {
    const strategySlugs = new Set(strategies.map((entry) => entry.source.slug));
    const missing = [
      ...consultations.flatMap((entry) =>
        entry.data.related.filter((slug) => !consultationsBySlug.has(slug) || slug === entry.source.slug).map((slug) => `${entry.source.slug} -> ${slug}`),
      ),
      ...strategies.flatMap((entry) =>
        entry.data.supersededBy && !strategySlugs.has(entry.data.supersededBy) ? [`${entry.source.slug} -> ${entry.data.supersededBy}`] : [],
      ),
    ];
    expect(missing).toEqual([]);
  });

  it('finds every /documents/ file under public/, with a truthful size', () => {
    const problems = consultations.flatMap((entry) => {
      const links = [
        ...entry.data.documents.map((document) => ({ href: document.href, sizeKb: document.sizeKb })),
        ...(entry.data.equalityImpact?.href ? [{ href: entry.data.equalityImpact.href, sizeKb: undefined }] : []),
      ];
      return links.flatMap(({ href, sizeKb }) => {
        const file = publicFile(href);
        if (!file) return [];
        if (!existsSync(file)) return [`${entry.source.slug}: ${href} is missing`];
        const actualKb = Math.ceil(readFileSync(file).byteLength / 1024);
        return sizeKb !== undefined && sizeKb !== actualKb ? [`${entry.source.slug}: ${href} is ${actualKb} KB, not ${sizeKb}`] : [];
      });
    });
    expect(problems).toEqual([]);
  });

  it('offers an accessible HTML alternative beside every inaccessible document', () => {
    const missing = consultations
      .filter((entry) => entry.data.documents.some((document) => !document.accessible))
      .filter((entry) => !entry.data.documents.some((document) => document.accessible && document.format === 'html'))
      .map((entry) => entry.source.slug);
    expect(missing).toEqual([]);
  });

  it('keeps the sample PDFs real: a PDF header, a cross-reference table and an end-of-file marker', () => {
    const pdfs = consultations.flatMap((entry) => entry.data.documents.filter((document) => document.format === 'pdf'));
    expect(pdfs.length).toBeGreaterThanOrEqual(1);
    for (const document of pdfs) {
      const bytes = readFileSync(publicFile(document.href)!).toString('latin1');
      expect(bytes.startsWith('%PDF-1.'), document.href).toBe(true);
      const startxref = Number(/startxref\s+(\d+)\s+%%EOF\s*$/.exec(bytes)?.[1]);
      expect(bytes.slice(startxref, startxref + 4), document.href).toBe('xref');
    }
  });
});

describe("sample content: the council's own process rules", () => {
  // Without history: the forward-plan rule reads git, which a shallow CI clone may not have.
  const { findings } = checkContent({ root: ROOT, today: TEST_TODAY, settings, gitFacts: { available: false, reason: 'checked without history' } });
  const asLine = (finding: (typeof findings)[number]) => `${finding.file} ${finding.rule}: ${finding.message}`;

  it('reports no errors', () => {
    expect(findings.filter((finding) => finding.severity === 'error').map(asLine)).toEqual([]);
  });

  it('warns only about the overdue feedback report it explains on purpose, realistic overlaps (one with a partner), launch steps still to come, one late action and one activity chosen against its answers', () => {
    const warnings = findings.filter((finding) => finding.severity === 'warning' && finding.rule !== 'forward-plan');
    expect(warnings.map((finding) => `${finding.file} ${finding.rule}`).sort(), warnings.map(asLine).join('\n')).toEqual([
      'content/consultations/budget-2027-28.mdx overlap',
      'content/consultations/budget-2027-28.mdx overlap',
      'content/consultations/bus-network-review.mdx launch-ready',
      'content/consultations/bus-network-review.mdx launch-ready',
      'content/consultations/bus-network-review.mdx launch-ready',
      'content/consultations/healthy-weight-survey.mdx decision-to-consult',
      'content/consultations/household-waste-sites-hours.mdx closing-the-loop',
      'content/consultations/kelbrook-street-trading.mdx launch-ready',
      'content/consultations/kelbrook-street-trading.mdx launch-ready',
      'content/consultations/kelbrook-street-trading.mdx launch-ready',
      'content/consultations/kelbrook-street-trading.mdx overlap',
      'content/consultations/library-opening-hours.mdx overlap',
      'content/feedback/home-to-school-transport-policy.mdx actions',
    ]);
  });

  it('has a consultation opening within the launch warning period that is not ready, for the daily warning to list', () => {
    expect(launchWarnings(context).map((warning) => [warning.slug, warning.opens, warning.missing])).toEqual([
      ['kelbrook-street-trading', '2026-12-03', ['a way to respond without the internet', 'an equality impact assessment', 'a record of its authorisation']],
    ]);
  });
});
