import { describe, expect, it } from 'vitest';
import { annualReport, median, reportYears, share } from './annual.ts';
import { barShares, describeBars } from './bar-chart.ts';
import { financialYearLabel } from '../text/dates.ts';
import { catalogueItem } from '../../../support/catalogue-items.ts';

const standardWeeks = { minor: 6, standard: 12, major: 12 };
const today = '2026-11-23';

/**
 * Five activities opening in 2026-27 and one in 2025-26. By hand:
 * - a-twelve-weeks: consultation, standard, 84 days (meets 84), report 2026-07-01, due 2026-09-21: on time, 100 responses (online 80, post 20)
 * - b-short: consultation, minor, 35 days (misses 42), report 2026-11-02, due 2026-08-17: late, 30 responses, no channels
 * - c-engagement: engagement, 28 days (not a consultation), closes 2026-07-31, due 2026-10-23, no report: overdue
 * - d-open: consultation, major, 98 days (meets 84), open, due 2027-03-17: not yet measured
 * - e-withdrawn: consultation, withdrawn: counted by type and status only
 * - old: opens in 2025-26, never counted here
 */
const items = [
  catalogueItem('a-twelve-weeks', { opens: '2026-04-06', closes: '2026-06-29', service: 'Libraries' }, today, {
    published: '2026-07-01',
    responses: { total: 100, byChannel: { online: 80, post: 20 } },
  }),
  catalogueItem(
    'b-short',
    {
      opens: '2026-04-20',
      closes: '2026-05-25',
      significance: 'minor',
      durationRationale: 'A short statutory window set by the regulator.',
    },
    today,
    {
      published: '2026-11-02',
      responses: { total: 30 },
    },
  ),
  catalogueItem(
    'c-engagement',
    { opens: '2026-07-03', closes: '2026-07-31', activity: 'engagement', service: 'Libraries' },
    today,
  ),
  catalogueItem(
    'd-open',
    { opens: '2026-09-14', closes: '2026-12-21', significance: 'major', service: 'Adult Social Care' },
    today,
  ),
  catalogueItem(
    'e-withdrawn',
    {
      opens: '2026-10-01',
      closes: '2026-10-29',
      status: 'withdrawn',
      statusReason: 'Withdrawn after the budget was agreed.',
    },
    today,
  ),
  catalogueItem('old', { opens: '2026-03-02', closes: '2026-05-25' }, today),
];

describe('annualReport on a hand-computed fixture', () => {
  const report = annualReport(items, { standardWeeks }, '2026-27', today);

  it('counts the activities opening in the year by type, status and service', () => {
    expect(report).toMatchObject({ financialYear: '2026-27', from: '2026-04-01', to: '2027-03-31', total: 5 });
    expect(report.byActivity).toEqual([
      { key: 'consultation', label: 'Consultation', count: 4 },
      { key: 'engagement', label: 'Engagement', count: 1 },
    ]);
    expect(report.byStatus.map((count) => [count.key, count.count])).toEqual([
      ['open', 1],
      ['closed', 1],
      ['outcome', 2],
      ['withdrawn', 1],
    ]);
    expect(report.byService.map((count) => [count.label, count.count])).toEqual([
      ['Highways and Transport', 2],
      ['Libraries', 2],
      ['Adult Social Care', 1],
    ]);
  });

  it('measures the standard length on consultations that were not withdrawn', () => {
    expect(report.standardDuration).toMatchObject({ eligible: 3, met: 2, percent: 67 });
    expect(
      report.standardDuration.checks.map((check) => [check.id, check.days, check.standardDays, check.met]),
    ).toEqual([
      ['a-twelve-weeks', 84, 84, true],
      ['b-short', 35, 42, false],
      ['d-open', 98, 84, true],
    ]);
  });

  it('measures feedback on time among reports published or overdue', () => {
    expect(report.feedbackOnTime).toMatchObject({ eligible: 3, met: 1, percent: 33 });
    expect(report.feedbackOnTime.checks.map((check) => [check.id, check.due, check.published, check.onTime])).toEqual([
      ['a-twelve-weeks', '2026-09-21', '2026-07-01', true],
      ['b-short', '2026-08-17', '2026-11-02', false],
      ['c-engagement', '2026-10-23', undefined, false],
    ]);
  });

  it('gives the median length and the responses by channel', () => {
    // Lengths in weeks: 12, 5, 4, 14 -> median (5 + 12) / 2 = 8.5.
    expect(report.medianDurationWeeks).toBe(8.5);
    expect(report.responses).toEqual({
      total: 130,
      reports: 2,
      byChannel: [
        { key: 'online', label: 'Online', count: 80 },
        { key: 'not-broken-down', label: 'Not broken down by channel', count: 30 },
        { key: 'post', label: 'Post', count: 20 },
      ],
    });
  });

  it('has nothing to measure in a year without activities', () => {
    const empty = annualReport(items, { standardWeeks }, '2030-31', today);
    expect(empty).toMatchObject({
      total: 0,
      medianDurationWeeks: null,
      standardDuration: { eligible: 0, percent: null },
      feedbackOnTime: { eligible: 0, percent: null },
    });
  });
});

describe('report helpers', () => {
  it('lists the years that have activities, newest first', () => {
    expect(reportYears(items)).toEqual(['2026-27', '2025-26']);
    expect(financialYearLabel('2026-27')).toBe('2026 to 2027');
  });

  it('computes shares and medians', () => {
    expect(share(2, 3)).toEqual({ eligible: 3, met: 2, percent: 67 });
    expect(share(0, 0).percent).toBeNull();
    expect(median([3, 1, 2])).toBe(2);
    expect(median([])).toBeNull();
  });

  it('sizes bars as shares of the largest value', () => {
    const bars = barShares([
      { label: 'Online', value: 270 },
      { label: 'Post', value: 54 },
      { label: 'Phone', value: 1 },
    ]);
    expect(bars.map((bar) => bar.percent)).toEqual([100, 20, 0.4]);
    expect(barShares([{ label: 'None', value: 0 }])[0]!.percent).toBe(0);
    expect(describeBars([{ label: 'Online', value: 12035 }], 'responses')).toBe(
      'Horizontal bar chart. Online: 12,035.',
    );
  });
});

describe('the decision trail measures', () => {
  const action = (due: string, status: 'planned' | 'in-progress' | 'done' | 'dropped', completed?: string) => ({
    action: `Action due ${due}, ${status}`,
    owner: 'Libraries Development Team',
    due,
    status,
    ...(completed && { completed }),
    ...(status === 'dropped' && { reason: 'No longer needed after the decision.' }),
  });
  const evaluated = catalogueItem('a-evaluated', { opens: '2026-04-06', closes: '2026-06-29' }, today, {
    published: '2026-07-01',
    evaluation: {
      criteria: [
        { criterion: 'At least 500 responses.', met: true, note: '612 people responded.' },
        { criterion: 'Responses from every district.', met: false, note: 'None from Southmere.' },
      ],
      reached: [{ group: 'Young carers', reached: true, note: 'Twelve young carers took part.' }],
      worked: 'The drop-in sessions brought in people the survey missed.',
      improve: 'We will visit Southmere in person next time.',
    },
    actions: [
      action('2026-08-01', 'done', '2026-07-30'), // done on time
      action('2026-08-01', 'done', '2026-08-20'), // done late
      action('2026-09-01', 'in-progress'), // late by today
      action('2027-03-01', 'planned'), // not yet due: not counted
      action('2026-09-01', 'dropped'), // dropped: not counted
    ],
  });
  const report = annualReport([evaluated], { standardWeeks }, '2026-27', today);

  it('counts criteria met, groups reached and actions done on time over those done or due', () => {
    expect(report.criteriaMet).toEqual({ met: 1, eligible: 2, percent: 50 });
    expect(report.groupsReached).toEqual({ met: 1, eligible: 1, percent: 100 });
    expect(report.actionsOnTime).toEqual({ met: 1, eligible: 3, percent: 33 });
    expect(report.trailChecks.map((check) => check.id)).toEqual(['a-evaluated']);
  });

  it('counts every action by how it stands today, for the chart', () => {
    expect(report.actionsByStanding.map(({ key, count }) => [key, count])).toEqual([
      ['done-on-time', 1],
      ['done-late', 1],
      ['dropped', 1],
      ['late', 1],
      ['planned', 1],
    ]);
  });

  it('has nothing to measure in a year without evaluations or actions', () => {
    const none = annualReport(items, { standardWeeks }, '2026-27', today);
    expect([none.criteriaMet.percent, none.actionsOnTime.percent, none.trailChecks]).toEqual([null, null, []]);
  });
});
