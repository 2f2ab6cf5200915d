/**
 * The forward-plan rule and the audit judge a consultation's notice with one function (src/lib/git/notice.ts):
 * on this repository's sample content and on generated histories, they agree on the day the hub began, on the day
 * each consultation was first published and announced, and `npm run check` fails a consultation exactly when its
 * audit timeline says the notice does not meet the standard.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importArchiveHistory } from '../../bench/archive/git-history.ts';
import { writeArchiveTree } from '../../bench/archive/tree.ts';
import { checkContent } from '../../src/lib/check/index.ts';
import { loadSettings } from '../../src/lib/content/settings.ts';
import { auditTimeline } from '../../src/lib/history/audit.ts';
import { readDiskEntries } from '../../src/lib/history/disk-entries.ts';
import { readRepositoryHistory } from '../../src/lib/history/history.ts';
import { contentFile, SETTINGS_FILES } from '../../src/lib/routes.ts';
import { ROOT, TEST_TODAY } from '../../support/paths.ts';
import { writeRandomHistory } from './support/random-history.ts';

interface Verdicts {
  slug: string;
  /** The check's forward-plan error, if any. */
  rule: string | undefined;
  /** The audit's notice: its days and whether they meet the standard; undefined when it is not measured. */
  audit: { days: number; met: boolean; description: string } | undefined;
  /** When it was first on the main line and first listed as forthcoming: in the rule's git facts, and in the audit. */
  dates: { rule: Listing; audit: Listing };
}

interface Listing {
  firstSeen?: string;
  announced?: string;
}

/** Both verdicts for every consultation in `root`, read from the same main line. */
function verdicts(root: string, today: string): Verdicts[] {
  const settings = loadSettings(root);
  const { findings, git } = checkContent({ root, today, settings });
  expect(git.available, 'the git history is readable').toBe(true);
  const errors = new Map(
    findings
      .filter((finding) => finding.rule === 'forward-plan' && finding.severity === 'error')
      .map((finding) => [finding.file, finding.message]),
  );
  const history = readRepositoryHistory(root, { branch: settings.site.repository.branch });
  expect(history.firstConsultationDate, 'the day the hub began').toBe(git.available && git.firstConsultationDate);
  const { consultations, feedback } = readDiskEntries(root);
  return consultations.map(({ id, data }) => {
    const report = feedback.find((entry) => entry.data.consultation === id);
    const { steps } = auditTimeline({
      slug: id,
      consultation: data,
      ...(report ? { feedback: { slug: report.id, data: report.data } } : {}),
      history,
      process: settings.process,
      today,
    });
    const notice = steps.find((step) => ['announced', 'first-published'].includes(step.kind) && step.measure);
    const listing = git.available ? git.consultations.get(id) : undefined;
    const firstSeen = steps.find((step) => ['announced', 'first-published'].includes(step.kind))?.date;
    const announced = steps.find((step) => step.kind === 'announced')?.date;
    return {
      slug: id,
      rule: errors.get(contentFile('consultations', id)),
      audit: notice?.measure && {
        days: notice.measure.days,
        met: notice.measure.met,
        description: notice.measure.description,
      },
      dates: {
        rule: { firstSeen: listing?.firstSeen.date, announced: listing?.firstForthcoming?.date },
        audit: { firstSeen, announced },
      },
    };
  });
}

const disagreements = (all: Verdicts[]) =>
  all.filter(
    ({ rule, audit, dates }) =>
      (rule !== undefined) !== (audit?.met === false) ||
      dates.rule.firstSeen !== dates.audit.firstSeen ||
      dates.rule.announced !== dates.audit.announced,
  );

const NOTICE_DAYS = loadSettings(ROOT).process.forwardPlanNoticeDays;
const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function setNotice(root: string, days: number): void {
  const file = path.join(root, SETTINGS_FILES.process);
  writeFileSync(
    file,
    readFileSync(file, 'utf8').replace(/forwardPlanNoticeDays: \d+/, `forwardPlanNoticeDays: ${days}`),
  );
}

describe('the forward-plan rule and the audit agree on the notice', () => {
  it('on the sample content, with its own history', () => {
    const all = verdicts(ROOT, TEST_TODAY);
    expect(disagreements(all)).toEqual([]);
    expect(all.filter(({ audit }) => audit).length, 'some consultations are measured').toBeGreaterThan(0);
    // Added on 1 December 2026, eight days after the hub began, to open on 3 December: the hub could never
    // have given it 28 days' notice, so the rule lets it pass and the audit says why rather than "not met".
    const trading = all.find(({ slug }) => slug === 'kelbrook-street-trading')!;
    const listed = { firstSeen: '2026-12-01', announced: '2026-12-01' };
    expect(trading).toEqual({
      slug: 'kelbrook-street-trading',
      rule: undefined,
      audit: undefined,
      dates: { rule: listed, audit: listed },
    });
  });

  describe('on the benchmark archive and its history', () => {
    let root: string;
    beforeAll(() => {
      root = mkdtempSync(path.join(os.tmpdir(), 'notice-archive-'));
      dirs.push(root);
      const tree = writeArchiveTree({ projectRoot: ROOT, outDir: root, count: 100, seed: 3, today: TEST_TODAY });
      importArchiveHistory(root, tree.files, tree.copied, TEST_TODAY);
    });

    // Each is announced six weeks ahead (or, opening later than that, on the archive's last day), in weekly batches.
    it.each([
      [28, 'always meets'],
      [40, 'sometimes meets'],
      [60, 'mostly fails, and the first weeks of the hub are not held to it'],
    ])('with %i days of notice: %s', (notice) => {
      setNotice(root, notice);
      const all = verdicts(root, TEST_TODAY);
      expect(disagreements(all)).toEqual([]);
      const measured = all.flatMap(({ audit }) => (audit ? [audit] : []));
      expect(measured.length).toBeGreaterThan(40);
      const failed = measured.filter((audit) => !audit.met).length;
      if (notice === 28) expect(failed).toBe(0);
      else expect(failed).toBeGreaterThan(0);
      if (notice === 40) expect(failed).toBeLessThan(measured.length);
      if (notice === 60) expect(all.some(({ rule, audit }) => !rule && !audit)).toBe(true);
    });
  });

  it.each([1, 2, 3])('on a random history around the hub start and the opening days (seed %i)', (seed) => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'notice-random-'));
    dirs.push(root);
    const tree = writeArchiveTree({ projectRoot: ROOT, outDir: root, count: 80, seed, today: TEST_TODAY });
    writeRandomHistory(root, tree.files, tree.copied, TEST_TODAY, seed, NOTICE_DAYS);
    const all = verdicts(root, TEST_TODAY);
    expect(disagreements(all)).toEqual([]);
    // Every kind of verdict comes up: met, not met, first published already open, and not held to it.
    const measured = all.flatMap(({ audit }) => (audit ? [audit] : []));
    expect(measured.some((audit) => audit.met)).toBe(true);
    expect(measured.some((audit) => !audit.met && audit.days >= 0)).toBe(true);
    expect(measured.some((audit) => audit.days < 0)).toBe(true);
    expect(all.some(({ rule, audit }) => !rule && !audit)).toBe(true);
    // And the edges: given exactly the notice, and first published on the day it opens.
    expect(measured.some((audit) => audit.met && audit.days === NOTICE_DAYS)).toBe(true);
    expect(measured.some((audit) => audit.days === 0)).toBe(true);
  });
});
