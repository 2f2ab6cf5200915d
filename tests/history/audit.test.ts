import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/check/index.ts';
import { frontmatterData } from '../../src/lib/content/source.ts';
import { loadSettings } from '../../src/lib/content/settings.ts';
import { auditTimeline, type AuditTimeline } from '../../src/lib/history/audit.ts';
import { closeMatches } from '../../src/lib/history/close-matches.ts';
import { readRepositoryHistory } from '../../src/lib/history/history.ts';
import { consultationSchema, feedbackSchema } from '../../src/lib/schema/index.ts';
import { ROOT } from '../../support/paths.ts';
import { consultationMdx, createScriptedRepo, repoScript, type ScriptedRepo } from '../../support/scripted-repo.ts';

let repo: ScriptedRepo;
const processSettings = loadSettings(ROOT).process;

const frontmatterOf = (file: string) => frontmatterData(readFileSync(file, 'utf8'));

function timeline(today: string, withFeedback = true): AuditTimeline {
  const consultation = consultationSchema.parse(
    frontmatterOf(path.join(repo.dir, 'content/consultations/riverside-parking.mdx')),
  );
  const feedback = feedbackSchema.parse(frontmatterOf(path.join(repo.dir, 'content/feedback/riverside-parking.mdx')));
  return auditTimeline({
    slug: 'riverside-parking',
    consultation,
    ...(withFeedback ? { feedback: { slug: 'riverside-parking', data: feedback } } : {}),
    history: readRepositoryHistory(repo.dir),
    process: processSettings,
    today,
  });
}

beforeAll(() => {
  repo = createScriptedRepo();
});
afterAll(() => repo.cleanup());

describe('audit timeline of the scripted consultation', () => {
  it('gives every step in order with the days against each standard', () => {
    const result = timeline('2027-02-01');
    expect(result.status).toBe('outcome');
    expect(result.notes).toEqual([]);
    expect(
      result.steps.map((step) => [
        step.date,
        step.kind,
        step.description,
        step.commit?.pullRequest,
        step.measure?.days,
        step.measure?.met,
      ]),
    ).toEqual([
      ['2026-06-01', 'announced', 'Announced as forthcoming', 3, 98, true],
      // Only pull request #5 has an approvals note: every other change says that no approval is recorded.
      [
        '2026-06-01',
        'not-approved',
        'No approval recorded: Announce the Riverside parking consultation',
        3,
        undefined,
        undefined,
      ],
      [
        '2026-07-15',
        'approved',
        'Pull request #5 approved by jo-consult (consultation-group), cllr-amara-osei (authoriser): Extend the Riverside parking consultation by a week',
        5,
        undefined,
        undefined,
      ],
      [
        '2026-07-15',
        'date-changed',
        'Closing date changed from 30 November 2026 to 7 December 2026',
        5,
        undefined,
        undefined,
      ],
      [
        '2026-08-20',
        'not-approved',
        'No approval recorded: Offer large print and paper copies',
        undefined,
        undefined,
        undefined,
      ],
      ['2026-08-20', 'details-changed', 'Other details updated: formats', undefined, undefined, undefined],
      ['2026-09-07', 'opened', 'Opened for responses', undefined, undefined, undefined],
      ['2026-12-07', 'closed', 'Closed', undefined, 91, true],
      [
        '2027-01-20',
        'not-approved',
        'No approval recorded: Publish the Riverside parking feedback report',
        9,
        undefined,
        undefined,
      ],
      ['2027-01-20', 'feedback-published', 'Feedback report published', 9, 44, true],
      [
        '2027-01-20',
        'decision-recorded',
        'Decision recorded: Short-stay bays and a morning loading zone will be introduced in April 2027. (decided by Cabinet Member for Highways on 14 January 2027)',
        9,
        undefined,
        undefined,
      ],
      // The same decision copied onto the consultation page is not a change of decision.
      [
        '2027-01-22',
        'not-approved',
        'No approval recorded: Record the Riverside parking decision',
        10,
        undefined,
        undefined,
      ],
    ]);
    expect(result.steps[0]!.commit!.sha).toBe(repo.commits.announced);
    expect(result.steps[2]!.approvals!.map((approval) => approval.role)).toEqual(['consultation-group', 'authoriser']);
    expect(result.steps.find((step) => step.kind === 'closed')!.measure!.standardDays).toBe(84);
  });

  it('marks the feedback report overdue when there is none after the due date', () => {
    const result = timeline('2027-03-15', false);
    const due = result.steps.find((step) => step.kind === 'feedback-due')!;
    expect(due).toMatchObject({
      date: '2027-03-01',
      upcoming: false,
      description: 'Feedback report overdue by 14 days',
    });
    expect(due.measure).toMatchObject({ days: 98, standardDays: 84, met: false });
  });

  it('records the decision to consult, the findings and the decision meeting from the consultation itself', () => {
    const consultation = consultationSchema.parse({
      ...frontmatterOf(path.join(repo.dir, 'content/consultations/riverside-parking.mdx')),
      decisionToConsult: {
        decidedBy: 'Director of Place',
        decidedOn: '2026-05-04',
        statutoryDuty: false,
        promisedToConsult: false,
        significantImpact: true,
        contentious: true,
        knowledgeGaps: false,
        scopeToInfluence: 'options',
        ongoingInvolvement: false,
        reason: 'Parking charges affect everyone who shops in the town.',
      },
      findings: { published: '2027-01-11', href: '/documents/riverside-findings.html' },
      decisionMeeting: { body: 'Cabinet', date: '2027-03-09' },
    });
    const result = auditTimeline({
      slug: 'riverside-parking',
      consultation,
      history: readRepositoryHistory(repo.dir),
      process: processSettings,
      today: '2027-02-01',
    });
    const trail = result.steps.filter((step) =>
      ['decided-to-consult', 'findings-published', 'decision-meeting'].includes(step.kind),
    );
    expect(trail.map((step) => [step.date, step.kind, step.description, step.upcoming])).toEqual([
      [
        '2026-05-04',
        'decided-to-consult',
        'Director of Place decided to run it as a consultation: Parking charges affect everyone who shops in the town.',
        false,
      ],
      ['2027-01-11', 'findings-published', 'Findings published and given to the decision makers', false],
      ['2027-03-09', 'decision-meeting', 'Due to be decided at Cabinet', true],
    ]);
    // The decision to consult comes first of all.
    expect(result.steps[0]!.kind).toBe('decided-to-consult');
  });

  it('records each launch step dated in the governance fields and each action of the feedback report done', () => {
    const file = frontmatterOf(path.join(repo.dir, 'content/consultations/riverside-parking.mdx')) as Record<
      string,
      unknown
    >;
    const consultation = consultationSchema.parse({
      ...file,
      governance: {
        ...(file.governance as object),
        cabinetMemberNotified: '2026-08-10',
        qualityAssuredBy: 'Consultation group',
        qualityAssuredOn: '2026-08-20',
      },
    });
    const report = feedbackSchema.parse(frontmatterOf(path.join(repo.dir, 'content/feedback/riverside-parking.mdx')));
    const actions = [
      {
        action: 'Publish the new charges.',
        owner: 'Parking Team',
        due: '2027-01-20',
        status: 'done',
        completed: '2027-01-18',
      },
      { action: 'Review the charges after a year.', owner: 'Parking Team', due: '2028-01-31', status: 'planned' },
      {
        action: 'Add signs in every car park.',
        owner: 'Parking Team',
        due: '2027-03-01',
        status: 'done',
        completed: '2027-02-10',
      },
    ] as const;
    const result = auditTimeline({
      slug: 'riverside-parking',
      consultation,
      feedback: { slug: 'riverside-parking', data: { ...report, actions: [...actions] } },
      history: readRepositoryHistory(repo.dir),
      process: processSettings,
      today: '2027-02-01',
    });
    const trail = result.steps.filter((step) => step.kind === 'launch-step' || step.kind === 'action-done');
    expect(trail.map((step) => [step.date, step.kind, step.description, step.upcoming])).toEqual([
      ['2026-08-10', 'launch-step', 'Cabinet member and officers notified', false],
      // The name of who quality-assured the documents is no step of its own: the date is.
      ['2026-08-20', 'launch-step', 'Documents quality-assured', false],
      ['2027-01-18', 'action-done', 'Action done: Publish the new charges.', false],
      ['2027-02-10', 'action-done', 'Action done: Add signs in every car park.', true],
    ]);
  });

  it('shows steps still to come while the consultation is forthcoming', () => {
    const result = timeline('2026-08-01', false);
    expect(result.status).toBe('forthcoming');
    expect(result.steps.filter((step) => step.upcoming).map((step) => step.kind)).toEqual([
      'opened',
      'closed',
      'feedback-due',
    ]);
  });
});

describe('npm run audit', () => {
  const runAudit = (...args: string[]) =>
    spawnSync('npx', ['tsx', path.join(ROOT, 'scripts/audit.ts'), ...args, '--root', repo.dir], {
      cwd: ROOT,
      encoding: 'utf8',
    });

  beforeAll(() =>
    cpSync(path.join(ROOT, 'content/settings'), path.join(repo.dir, 'content/settings'), { recursive: true }),
  );

  it('prints the timeline as JSON', () => {
    const result = runAudit('riverside-parking', '--json', '--today', '2027-02-01');
    expect(result.status).toBe(0);
    const json = JSON.parse(result.stdout) as AuditTimeline;
    expect(json.steps.map((step) => step.kind)).toEqual([
      'announced',
      'not-approved',
      'approved',
      'date-changed',
      'not-approved',
      'details-changed',
      'opened',
      'closed',
      'not-approved',
      'feedback-published',
      'decision-recorded',
      'not-approved',
    ]);
  });

  it('prints a readable timeline', () => {
    const result = runAudit('riverside-parking', '--today', '2027-02-01');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('2026-06-01  Announced as forthcoming [PR #3, Priya Shah');
    expect(result.stdout).toContain(
      "98 days' notice before it opened (standard: at least 28 days): meets the standard",
    );
  });

  it('rejects an unknown slug with close matches and exit code 2', () => {
    const result = runAudit('riverside-parkin');
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('No consultation with the slug "riverside-parkin"');
    expect(result.stderr).toContain('Did you mean:\n  riverside-parking');
  });

  it('rejects a date that is not YYYY-MM-DD with exit code 2', () => {
    expect(runAudit('riverside-parking', '--today', '2027-02-30').status).toBe(2);
  });
});

describe('closeMatches', () => {
  it('suggests slugs sharing a word or a few letters away, best first', () => {
    expect(closeMatches('bus-review', ['bus-network-review', 'budget-2027-28', 'library-opening-hours'])).toEqual([
      'bus-network-review',
    ]);
    expect(closeMatches('libary-opening-hours', ['library-opening-hours', 'bus-network-review'])).toEqual([
      'library-opening-hours',
    ]);
    expect(closeMatches('zzz', ['library-opening-hours'])).toEqual([]);
  });
});

describe('audit of content that came in when the archive began', () => {
  it('does not count the import day as the announcement or the publication of the feedback', () => {
    const imported = createScriptedRepo();
    try {
      // A fresh repository whose first commit brings in the finished consultation and its report.
      const fresh = mkdtempSync(path.join(os.tmpdir(), 'history-import-'));
      try {
        cpSync(path.join(imported.dir, 'content'), path.join(fresh, 'content'), { recursive: true });
        const env = {
          ...process.env,
          GIT_AUTHOR_DATE: '2027-02-01T10:00:00Z',
          GIT_COMMITTER_DATE: '2027-02-01T10:00:00Z',
        };
        const git = (...args: string[]) =>
          execFileSync('git', ['-c', 'user.name=Tom Reed', '-c', 'user.email=tom@harrowdale.example', ...args], {
            cwd: fresh,
            env,
          });
        git('init', '-q', '-b', 'main');
        git('add', '-A');
        git('commit', '-q', '-m', 'Import the consultation archive');
        const consultation = consultationSchema.parse(
          frontmatterOf(path.join(fresh, 'content/consultations/riverside-parking.mdx')),
        );
        const feedback = feedbackSchema.parse(
          frontmatterOf(path.join(fresh, 'content/feedback/riverside-parking.mdx')),
        );
        const result = auditTimeline({
          slug: 'riverside-parking',
          consultation,
          feedback: { slug: 'riverside-parking', data: feedback },
          history: readRepositoryHistory(fresh),
          process: processSettings,
          today: '2027-02-10',
        });
        const first = result.steps.find((step) => step.kind === 'first-published')!;
        expect(first).toMatchObject({
          date: '2027-02-01',
          description: 'Added when the archive began: when it was announced is not in this history',
        });
        expect(first.measure).toBeUndefined();
        expect(result.steps.find((step) => step.kind === 'feedback-published')).toMatchObject({
          date: '2027-01-20',
          measure: { days: 44, met: true },
        });
        expect(result.steps.find((step) => step.kind === 'decision-recorded')!.date).toBe('2027-01-14');
      } finally {
        rmSync(fresh, { recursive: true, force: true });
      }
    } finally {
      imported.cleanup();
    }
  });
});

describe('audit of the forward-plan notice, as the check judges it', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'history-notice-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const file = (slug: string) => path.join(dir, 'content/consultations', `${slug}.mdx`);

  beforeAll(() => {
    const { run, write, commit } = repoScript(dir, {});
    run(['init', '-q', '-b', 'main']);
    // The hub begins ten days before Riverside parking opens: it could never have had 28 days' notice.
    write(
      'content/consultations/riverside-parking.mdx',
      consultationMdx({ opens: '2026-09-07', closes: '2026-11-30' }),
    );
    commit('hub', 'Start the hub with the Riverside parking consultation', '2026-08-28T10:00:00+01:00');
    // An engagement activity is not held to the forward plan: announced a week ahead, it is not measured.
    write(
      'content/consultations/bins-engagement.mdx',
      consultationMdx({
        title: 'Talk to us about bin collection days',
        opens: '2026-11-09',
        closes: '2026-12-21',
      }).replace('activity: consultation', 'activity: engagement'),
    );
    // Announced only two weeks ahead, well after the hub began: the notice is not met.
    write(
      'content/consultations/wexham-bin-days.mdx',
      consultationMdx({ title: 'Bin collection days in Wexham Vale', opens: '2026-11-16', closes: '2027-02-08' }),
    );
    commit('late', 'Announce two bin consultations', '2026-11-02T10:00:00Z');
    cpSync(path.join(ROOT, 'content/settings'), path.join(dir, 'content/settings'), { recursive: true });
  });

  const noticeStep = (slug: string) => {
    const result = auditTimeline({
      slug,
      consultation: consultationSchema.parse(frontmatterOf(file(slug))),
      history: readRepositoryHistory(dir),
      process: processSettings,
      today: '2026-12-01',
    });
    return result.steps.find((step) => step.kind === 'announced')!;
  };

  it('says why the notice does not apply to a consultation the hub could not have announced in time', () => {
    const step = noticeStep('riverside-parking');
    expect(step.description).toBe(
      "Announced as forthcoming; the forward plan's notice does not apply: it opened 10 days after the hub began on 28 August 2026, too soon for 28 days' notice",
    );
    expect(step.measure).toBeUndefined();
  });

  it('measures only what the check holds to the notice, and fails what it fails', () => {
    expect(noticeStep('bins-engagement').measure).toBeUndefined();
    expect(noticeStep('wexham-bin-days').measure).toMatchObject({ days: 14, standardDays: 28, met: false });
    const { findings } = checkContent({ root: dir, today: '2026-12-01' });
    expect(findings.filter((finding) => finding.rule === 'forward-plan').map((finding) => finding.file)).toEqual([
      'content/consultations/wexham-bin-days.mdx',
    ]);
  });
});
