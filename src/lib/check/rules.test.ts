/** A passing and a failing example for every rule, run in memory on one or two files. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildContext } from './context.ts';
import { runRules } from './run.ts';
import { loadSettings } from '../content/settings.ts';
import { partnerEntries } from '../content/partners.ts';
import { sourceFileFromText } from '../content/source.ts';
import type { GitFacts } from '../git/facts.ts';
import { CONTENT_RULES } from '../rules/index.ts';
import type { RuleId } from '../rules/core/index.ts';
import type { CollectionName } from '../schema/index.ts';
import { BASE_CONSULTATION, BASE_FEEDBACK, corpusFolder } from '../../../support/corpus.ts';
import { northfoldDataset } from '../../../support/northfold-hub.ts';
import { ROOT } from '../../../support/paths.ts';

const settings = loadSettings(ROOT);
const CASES = corpusFolder();
const LIBRARY = readFileSync(BASE_CONSULTATION, 'utf8');
const FEEDBACK = readFileSync(BASE_FEEDBACK, 'utf8');
const STRATEGY = readFileSync(
  path.join(CASES, 'strategy-review-overdue/content/strategies/engagement-strategy.mdx'),
  'utf8',
).replace('reviewBy: 2026-09-01', 'reviewBy: 2029-03-01');

type Files = Partial<Record<`${CollectionName}/${string}`, string>>;

function run(id: RuleId, files: Files, today = '2026-11-23', git?: GitFacts) {
  const sources = Object.entries(files).map(([name, text]) => {
    const [collection, file] = name.split('/') as [CollectionName, string];
    return sourceFileFromText(collection, file, text!);
  });
  const rule = CONTENT_RULES.find((candidate) => candidate.id === id)!;
  return runRules(
    buildContext({ sources, settings, today, git, documentFiles: new Set(['/documents/proposal.html']) }),
    [rule],
  );
}

const edit = (text: string, ...pairs: [string, string][]) =>
  pairs.reduce((result, [from, to]) => {
    if (!result.includes(from)) throw new Error(`fixture has no "${from}"`);
    return result.replace(from, to);
  }, text);

const library = (...pairs: [string, string][]) =>
  ({ 'consultations/library-hours.mdx': edit(LIBRARY, ...pairs) }) as Files;

describe('schema', () => {
  it('passes a valid consultation', () => expect(run('schema', library())).toEqual([]));
  it('names the field and the allowed values', () => {
    const [finding] = run('schema', library(['significance: major', 'significance: huge']));
    expect(finding).toMatchObject({ line: 5, column: 1, severity: 'error' });
    expect(finding!.message).toBe('Significance must be one of: minor, standard, major; got "huge"');
  });
  it('explains MDX that breaks the parser in plain words, at the character', () => {
    const [finding] = run(
      'schema',
      library(['Fill in the survey online', 'Children under <5 go free. Fill in the survey online']),
    );
    expect(finding!.message).toBe(
      'a "<" followed by "5" starts an HTML tag in MDX: write &lt; or the words "less than"',
    );
    expect(finding).toMatchObject({ line: 45, column: 16 });
  });
  it('fails a year typed wrongly, naming the field as the CMS shows it', () => {
    const [finding, ...rest] = run('schema', library(['opens: 2026-10-05', 'opens: 1907-10-05']));
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ line: 14, column: 1, severity: 'error' });
    expect(finding!.message).toBe(
      'Opening date is 5 October 1907 (1907-10-05), before 1 January 2000, the earliest date allowed: check the year',
    );
  });
  it('fails a date more than latestYearsAhead years after today, in a nested field', () => {
    const findings = run('schema', library(['authorisedOn: 2026-09-08', 'authorisedOn: 2207-09-08']), '2026-11-23');
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ line: 24, severity: 'error' });
    expect(findings[0]!.message).toBe(
      'Governance > Authorised on is 8 September 2207 (2207-09-08), more than 5 years from today: check the year (the latest date allowed is 23 November 2031)',
    );
    // The same file five years on is inside the window: the bound moves with today.
    expect(run('schema', library(['closes: 2027-01-11', 'closes: 2031-11-23']), '2026-11-23')).toEqual([]);
  });
});

describe('unique-slug', () => {
  it('passes distinct slugs', () =>
    expect(run('unique-slug', { ...library(), 'consultations/library-fines.mdx': LIBRARY })).toEqual([]));
  it('fails a name that is not a slug, suggesting one', () => {
    const [finding] = run('unique-slug', { 'consultations/Library Hours.mdx': LIBRARY });
    expect(finding!.message).toContain('"library-hours.mdx"');
  });
});

describe('references', () => {
  it('passes known taxonomy values and existing documents', () => {
    expect(
      run(
        'references',
        library([
          'formats: [large-print, paper]',
          'formats: [paper]\ndocuments:\n  - { title: Proposal, href: /documents/proposal.html#part-2, format: html, accessible: true }',
        ]),
      ),
    ).toEqual([]);
  });
  it('fails an area that is not in site.yaml', () => {
    const [finding] = run('references', library(['areas: [kelbrook]', 'areas: [kelbrook, atlantis]']));
    expect(finding).toMatchObject({ line: 11, column: 19 });
    expect(finding!.message).toMatch(
      /^"atlantis" is not one of the areas in content\/settings\/site.yaml; use one of: countywide,/,
    );
  });
});

describe('references: organisations', () => {
  const ids = 'harrowdale-county-council, harrowdale-fire, northfold-district-council';
  it('passes a lead and partners from site.yaml', () =>
    expect(
      run(
        'references',
        library([
          'audiences: [residents]',
          'audiences: [residents]\norganisation: harrowdale-fire\npartners: [northfold-district-council]',
        ]),
      ),
    ).toEqual([]));
  it('fails an organisation site.yaml does not list, naming the field and the ids allowed', () => {
    const [finding] = run(
      'references',
      library(['audiences: [residents]', 'audiences: [residents]\norganisation: northfold-police']),
    );
    expect(finding).toMatchObject({ severity: 'error', column: 1 });
    expect(finding!.message).toBe(
      `organisation "northfold-police" is not one of the organisations in content/settings/site.yaml; use one of: ${ids}`,
    );
  });
  it('fails an unknown partner, and the lead named as its own partner (the hub is the lead when none is named)', () => {
    const findings = run(
      'references',
      library([
        'audiences: [residents]',
        'audiences: [residents]\npartners: [harrowdale-county-council, atlantis-fire]',
      ]),
    );
    expect(findings.map((finding) => finding.message)).toEqual([
      '"harrowdale-county-council" leads this consultation, so it is not also one of its partners',
      `partners "atlantis-fire" is not one of the organisations in content/settings/site.yaml; use one of: ${ids}`,
    ]);
  });
});

describe('timescale', () => {
  it('passes 14 weeks over Christmas (enough working days left)', () =>
    expect(run('timescale', library())).toEqual([]));
  it('fails 9 weeks for a major consultation, saying what is needed', () => {
    const [finding] = run(
      'timescale',
      library(['significance: major', 'significance: standard'], ['closes: 2027-01-11', 'closes: 2026-12-07']),
    );
    expect(finding!.message).toBe(
      'closes 2026-12-07 gives 9 weeks; a standard consultation needs 12 weeks (close on or after 2026-12-28), or fill in Duration rationale to say why it is shorter',
    );
  });
  it('fails 12 weeks over Christmas, naming the lost days and the closing date needed', () => {
    const [finding] = run(
      'timescale',
      library(['opens: 2026-10-05', 'opens: 2026-11-16'], ['closes: 2027-01-11', 'closes: 2027-02-08']),
    );
    expect(finding!.message).toContain('has 53 working days, but a 12-week consultation needs 60');
    expect(finding!.message).toContain('close on or after 2027-02-17');
  });
  it('does not hold engagement to consultation timescales', () => {
    expect(
      run(
        'timescale',
        library(['activity: consultation', 'activity: engagement'], ['closes: 2027-01-11', 'closes: 2026-10-19']),
      ),
    ).toEqual([]);
  });
  it('ignores holidays when holidayExtension is off', () => {
    const sources = [
      sourceFileFromText(
        'consultations',
        'x.mdx',
        edit(LIBRARY, ['opens: 2026-10-05', 'opens: 2026-11-16'], ['closes: 2027-01-11', 'closes: 2027-02-08']),
      ),
    ];
    const context = buildContext({
      sources,
      settings: { ...settings, process: { ...settings.process, holidayExtension: false } },
      today: '2026-11-23',
    });
    expect(
      runRules(
        context,
        CONTENT_RULES.filter((rule) => rule.id === 'timescale'),
      ),
    ).toEqual([]);
  });
});

describe('required-sections', () => {
  it('passes the five sections in any order', () => {
    const reordered = edit(LIBRARY, ['## What happens next', '## What happens next:']);
    expect(run('required-sections', { 'consultations/x.mdx': reordered })).toEqual([]);
  });
  it('fails a missing section', () => {
    const findings = run('required-sections', library(['## Why we are consulting', '## Background']));
    expect(findings.map((finding) => finding.message)).toEqual([
      'the "Why we are consulting" section is missing: add a "## Why we are consulting" heading with text under it',
    ]);
  });
});

describe('launch-ready', () => {
  it('passes an open consultation with every launch step', () => expect(run('launch-ready', library())).toEqual([]));
  it('warns while it is forthcoming, naming the opening day and each missing step', () => {
    const findings = run(
      'launch-ready',
      library(['equalityImpact:\n  status: completed\n', ''], ['  authorisedOn: 2026-09-08\n', '']),
      '2026-09-01',
    );
    expect(findings.map(({ severity, message }) => [severity, message])).toEqual([
      [
        'warning',
        'before it opens on 5 October 2026 you need an equality impact assessment: fill in Equality impact with its status (Completed, Screening: no EqIA needed or In progress)',
      ],
      [
        'warning',
        'before it opens on 5 October 2026 you need a record of its authorisation: add Governance > Authorised on (the chief officer or cabinet member, and the date)',
      ],
    ]);
  });
  it('fails, from the opening day, a consultation the site holds back', () => {
    const findings = run('launch-ready', library(['equalityImpact:\n  status: completed\n', '']), '2026-10-05');
    expect(findings.map(({ severity, message }) => [severity, message])).toEqual([
      [
        'error',
        'it was due to open on 5 October 2026, and the site holds it back as "Opening delayed" until it has an equality impact assessment: fill in Equality impact with its status (Completed, Screening: no EqIA needed or In progress)',
      ],
    ]);
  });
  it('fails an open consultation with no way to respond', () => {
    const [finding] = run(
      'launch-ready',
      library([
        'respond:\n  online: https://haveyoursay.harrowdale.example/surveys/library-hours\n  post: Library Hours Consultation, Freepost HARROWDALE LIBRARIES, County Hall, Kelbrook HD1 2AB\n',
        'respond: {}\n',
      ]),
    );
    expect(finding!.message).toMatch(
      /until it has a way to respond: add one under Respond: Online, Email, Post, Phone or Events/,
    );
  });
  it('asks nothing of a closed, withdrawn or information-only activity', () => {
    const unready = ['equalityImpact:\n  status: completed\n', ''] as [string, string];
    expect(run('launch-ready', library(unready), '2027-01-12')).toEqual([]);
    expect(
      run(
        'launch-ready',
        library(unready, [
          'opens: 2026-10-05',
          'opens: 2026-10-05\nstatus: withdrawn\nstatusReason: The proposal was dropped.',
        ]),
      ),
    ).toEqual([]);
    expect(run('launch-ready', library(unready, ['activity: consultation', 'activity: information']))).toEqual([]);
  });
});

describe('forward-plan', () => {
  const forthcoming = library(['opens: 2026-10-05', 'opens: 2027-01-11'], ['closes: 2027-01-11', 'closes: 2027-04-12']);
  const history = (date: string, opens: 'forthcoming' | 'open'): GitFacts => ({
    available: true,
    ref: 'refs/heads/main',
    firstConsultationDate: '2026-06-01',
    consultations: new Map([
      [
        'library-hours',
        {
          firstSeen: { commit: 'a1', date },
          ...(opens === 'forthcoming' ? { firstForthcoming: { commit: 'a1', date } } : {}),
        },
      ],
    ]),
  });
  it('passes a consultation announced 6 weeks ahead', () =>
    expect(run('forward-plan', forthcoming, '2026-12-01', history('2026-11-30', 'forthcoming'))).toEqual([]));
  it('fails one announced 2 weeks ahead', () => {
    const [finding] = run('forward-plan', forthcoming, '2027-01-02', history('2026-12-28', 'forthcoming'));
    expect(finding!.message).toBe(
      "it was first listed as forthcoming on 2026-12-28, 14 days before it opens on 2027-01-11; the forward plan needs 28 days' notice (listed by 2026-12-14)",
    );
  });
  it("says 1 day's notice, with the apostrophe of one day", () => {
    const notOnMain: GitFacts = {
      available: true,
      ref: 'refs/heads/main',
      firstConsultationDate: '2026-06-01',
      consultations: new Map(),
    };
    const [finding] = run('forward-plan', forthcoming, '2027-01-10', notOnMain);
    expect(finding!.message).toBe(
      "it is not on the main branch yet; published today it would give 1 day's notice before it opens on 2027-01-11, and the forward plan needs 28 days: open on or after 2027-02-07",
    );
  });
  it('fails one that first appeared already open', () => {
    const [finding] = run('forward-plan', forthcoming, '2027-01-20', history('2027-01-12', 'open'));
    expect(finding!.message).toMatch(/^it first appeared on the main branch on 2027-01-12, when it had already opened/);
  });
  it('warns, once, when history is not available', () => {
    expect(
      run('forward-plan', forthcoming, '2026-12-01', { available: false, reason: 'this is a shallow clone' }),
    ).toEqual([
      expect.objectContaining({
        severity: 'warning',
        file: 'content/consultations',
        message: expect.stringContaining('shallow clone'),
      }),
    ]);
  });
});

describe('closing-the-loop', () => {
  it('passes a closed consultation with its report', () =>
    expect(run('closing-the-loop', { ...library(), 'feedback/library-hours.mdx': FEEDBACK }, '2027-06-01')).toEqual(
      [],
    ));
  it('passes a closed consultation still within 12 weeks', () =>
    expect(run('closing-the-loop', library(), '2027-04-05')).toEqual([]));
  it('fails the day after the report fell due', () => {
    const [finding] = run('closing-the-loop', library(), '2027-04-06');
    expect(finding!.message).toMatch(/^closed on 2027-01-11 and its feedback report was due by 2027-04-05/);
    expect(finding!.severity).toBe('error');
  });
  const delayed = () =>
    library([
      'closes: 2027-01-11',
      'closes: 2027-01-11\nfeedbackDelay:\n  reason: Cabinet moved its decision meeting to May, so the report will follow it.\n  expected: 2027-05-10',
    ]);
  it('only warns while the page explains the delay and the new date has not passed', () => {
    const [finding] = run('closing-the-loop', delayed(), '2027-05-10');
    expect(finding).toMatchObject({ severity: 'warning' });
    expect(finding!.message).toMatch(/the page explains the delay and expects the report by 2027-05-10$/);
  });
  it('fails again once the new date has passed', () => {
    const [finding] = run('closing-the-loop', delayed(), '2027-05-11');
    expect(finding).toMatchObject({ severity: 'error' });
    expect(finding!.message).toMatch(/the new date in feedbackDelay \(2027-05-10\) has passed too/);
  });
});

describe('accessibility', () => {
  it('passes alt text, ordered headings and descriptive links', () => {
    expect(
      run(
        'accessibility',
        library([
          'Fill in the survey online',
          '![Kelbrook library at dusk](/images/k.jpg)\n\n### Saturdays\n\nRead [the full proposal](https://x.example). Fill in the survey online',
        ]),
      ),
    ).toEqual([]);
  });
  it('fails a table with an empty header row', () => {
    const [finding] = run(
      'accessibility',
      library(['Fill in the survey online', '|   |   |\n|---|---|\n| Monday | 9am |\n\nFill in the survey online']),
    );
    expect(finding!.message).toMatch(/empty header row/);
  });
});

describe('plain-language', () => {
  it('passes short plain sentences', () => expect(run('plain-language', library())).toEqual([]));
  it('warns about jargon in the summary', () => {
    const [finding] = run('plain-language', library(['summary: We propose', 'summary: Going forward we propose']));
    expect(finding).toMatchObject({ severity: 'warning', line: 3 });
  });
});

describe('personal-data', () => {
  it('allows the team contact details', () =>
    expect(
      run(
        'personal-data',
        library([
          'Fill in the survey online',
          'Email libraries@harrowdale.example or ring 01632 960 400. Fill in the survey online',
        ]),
      ),
    ).toEqual([]));
  it('fails a +44 mobile number', () => {
    const [finding] = run(
      'personal-data',
      library(['Fill in the survey online', 'Text Sam on +44 7700 900 123. Fill in the survey online']),
    );
    expect(finding!.message).toMatch(/^the phone number \+44 7700 900 123 is published here/);
  });
});

describe('mdx-safety', () => {
  it('allows harmless HTML and MDX comments', () =>
    expect(
      run(
        'mdx-safety',
        library([
          'Fill in the survey online',
          '<abbr title="Special educational needs">SEN</abbr> {/* check with the SEN team */} Fill in the survey online',
        ]),
      ),
    ).toEqual([]));
  it('fails a javascript: URL hidden with a tab', () => {
    expect(
      run(
        'mdx-safety',
        library(['Fill in the survey online', '<a href="java\tscript:alert(1)">survey</a>. Fill in the survey online']),
      ),
    ).toHaveLength(1);
  });
});

describe('pre-election', () => {
  it('passes a consultation that opens the day after the period', () => {
    expect(
      run(
        'pre-election',
        library(['opens: 2026-10-05', 'opens: 2027-05-07'], ['closes: 2027-01-11', 'closes: 2027-08-06']),
      ),
    ).toEqual([]);
  });
  it('fails one opening on the first day of the period', () => {
    expect(
      run(
        'pre-election',
        library(['opens: 2026-10-05', 'opens: 2027-03-25'], ['closes: 2027-01-11', 'closes: 2027-07-01']),
      )[0],
    ).toMatchObject({ severity: 'error', line: 14 });
  });
});

describe('overlap', () => {
  const other = (audiences: string) =>
    edit(
      LIBRARY,
      ['title: Changes to library', 'title: Ending fines at library'],
      ['audiences: [residents]', `audiences: [${audiences}]`],
    );
  it('passes when the audiences differ', () =>
    expect(run('overlap', { ...library(), 'consultations/fines.mdx': other('young-people') })).toEqual([]));
  it('warns when audience, area and dates all overlap', () =>
    expect(run('overlap', { ...library(), 'consultations/fines.mdx': other('residents') })).toHaveLength(1));
  it('ignores overlaps that are over', () =>
    expect(run('overlap', { ...library(), 'consultations/fines.mdx': other('residents') }, '2027-02-01')).toEqual([]));
  it('names the other organisation when two organisations of the hub consult the same people', () => {
    const fire = edit(other('residents'), [
      'audiences: [residents]',
      'audiences: [residents]\norganisation: harrowdale-fire',
    ]);
    const [finding] = run('overlap', { ...library(), 'consultations/fines.mdx': fire });
    expect(finding!.file).toBe('content/consultations/library-hours.mdx');
    expect(finding!.message).toMatch(
      /^Harrowdale Fire and Rescue Service is consulting the same people at the same time \("Ending fines at library.*\): join up with them/,
    );
  });
  it("warns about a partner hub's consultation for the same people, on this hub's own file", () => {
    const inNorthfold = edit(LIBRARY, ['areas: [kelbrook]', 'areas: [kelbrook, northfold]']);
    const sources = [sourceFileFromText('consultations', 'library-hours.mdx', inNorthfold)];
    const feed = northfoldDataset();
    const northfold = settings.site.organisations.find(
      (organisation) => organisation.id === 'northfold-district-council',
    )!;
    const partners = partnerEntries(
      JSON.stringify(feed),
      northfold,
      'content/partners/northfold-district-council.json',
    );
    expect(partners.problems).toEqual([]);
    const context = buildContext({ sources, settings, today: '2026-11-23', partners: partners.entries });
    const findings = runRules(context, [CONTENT_RULES.find((rule) => rule.id === 'overlap')!]);
    expect(findings.map((finding) => [finding.file, finding.message])).toEqual([
      [
        'content/consultations/library-hours.mdx',
        'Northfold District Council is consulting the same people at the same time ("Opening hours at Northfold and Ashby leisure centres", 2026-11-09 to 2027-02-05, for residents in northfold): join up with them, or space the two apart to avoid consultation fatigue',
      ],
    ]);
  });
});

describe('status', () => {
  it('passes a paused consultation with a reason', () => {
    expect(
      run(
        'status',
        library([
          '  phone: 01632 960 512',
          '  phone: 01632 960 512\nstatus: paused\nstatusReason: Paused while the library budget is reviewed.',
        ]),
      ),
    ).toEqual([]);
  });
  it('fails a decision in a feedback report dated before closing', () => {
    const findings = run(
      'status',
      { ...library(), 'feedback/library-hours.mdx': edit(FEEDBACK, ['  date: 2027-02-10', '  date: 2027-01-04']) },
      '2027-03-01',
    );
    expect(findings).toEqual([expect.objectContaining({ file: 'content/feedback/library-hours.mdx', line: 13 })]);
  });
});

describe('strategy-review', () => {
  it('passes a strategy reviewed within 3 years', () =>
    expect(run('strategy-review', { 'strategies/engagement.mdx': STRATEGY })).toEqual([]));
  it('fails a review date more than 3 years after adoption', () => {
    const [finding] = run('strategy-review', {
      'strategies/engagement.mdx': edit(STRATEGY, ['reviewBy: 2029-03-01', 'reviewBy: 2029-03-11']),
    });
    expect(finding!.message).toBe(
      'Review date 2029-03-11 is more than 3 years after adoption on 2026-03-10: set it on or before 2029-03-10',
    );
  });
});
