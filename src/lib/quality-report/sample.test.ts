/**
 * The annual report on the real sample content (content/, judged on TEST_TODAY = 2026-11-23), against
 * figures worked out by hand from the files. If the sample content changes, redo the sums by hand:
 * do not paste the function's output here.
 */
import { describe, expect, it } from 'vitest';
import { buildCatalogue } from '../catalogue/catalogue.ts';
import { loadSettings } from '../content/settings.ts';
import { readDiskEntries } from '../history/disk-entries.ts';
import { annualReport, reportYears } from './annual.ts';
import { ROOT, TEST_TODAY } from '../../../support/paths.ts';

const processSettings = loadSettings(ROOT).process;
const { consultations, feedback } = readDiskEntries(ROOT);
const items = buildCatalogue(consultations, feedback, processSettings, TEST_TODAY);
const pairs = (counts: { label: string; count: number }[]) => counts.map((count) => [count.label, count.count]);

describe('annual report on the sample council', () => {
  it('covers the financial years the sample activities open in', () => {
    expect(items).toHaveLength(21);
    expect(reportYears(items)).toEqual(['2027-28', '2026-27', '2025-26', '2024-25']);
  });

  /*
   * 2026-27: 14 activities open between 1 April 2026 and 31 March 2027.
   * Lengths in days (non-withdrawn): healthy-weight 32, southmere 42, community-safety 46, youth 52,
   * street-trading 56, school-term 69, carers 81, northfold 88, adult-day 95, wexham 95, budget 98,
   * library 98, kelbrook-bridge 149: median, the 7th of 13, 81 days = 11.57 weeks.
   * Standard length (consultations, not withdrawn): 8, all but school-term (69 < 84) meet it, street
   * trading (minor) with 56 against 42: 7 of 8.
   * Feedback: only community-safety is due or reported (due 25 Sep 2026, published 21 Sep): 1 of 1.
   */
  it('2026-27', () => {
    const report = annualReport(items, processSettings, '2026-27', TEST_TODAY);
    expect(report.total).toBe(14);
    expect(pairs(report.byActivity)).toEqual([
      ['Consultation', 9],
      ['Engagement', 1],
      ['Research', 1],
      ['Involvement', 1],
      ['Co-production', 1],
      ['Information', 1],
    ]);
    expect(report.byStatus.map((count) => [count.key, count.count])).toEqual([
      ['forthcoming', 4],
      ['open', 4],
      ['closed', 3],
      ['outcome', 1],
      ['withdrawn', 1],
      ['paused', 1],
    ]);
    expect(report.standardDuration).toMatchObject({ eligible: 8, met: 7, percent: 88 });
    expect(report.standardDuration.checks.filter((check) => !check.met).map((check) => [check.id, check.days])).toEqual(
      [['school-term-dates-2028-29', 69]],
    );
    expect(report.feedbackOnTime).toMatchObject({ eligible: 1, met: 1, percent: 100 });
    expect(report.feedbackOnTime.checks.map((check) => [check.id, check.due, check.published])).toEqual([
      ['community-safety-priorities', '2026-09-25', '2026-09-21'],
    ]);
    expect(report.medianDurationWeeks).toBe(11.6);
    expect(report.responses.total).toBe(1342);
    expect(pairs(report.responses.byChannel)).toEqual([
      ['Online', 1168],
      ['Paper', 131],
      ['Email', 43],
    ]);
    expect(pairs(report.byService)).toEqual([
      ['Highways and Transport', 4],
      ['Adult Social Care', 2],
      ["Children's Services", 1],
      ['Community Safety Partnership', 1],
      ['Education and Learning', 1],
      ['Finance and Resources', 1],
      ['Libraries, Culture and Heritage', 1],
      ['Licensing', 1],
      ['Public Health', 1],
      ['Waste Services', 1],
    ]);
  });

  /*
   * 2025-26: climate-action-plan 112 days, green-waste-charge 95, home-to-school-transport 92,
   * household-waste-sites-hours 95: all consultations meeting their 84 days; median 95 days = 13.57 weeks.
   * Feedback due 30 Mar 2026 (published 16 Mar), 28 Nov 2025 (10 Nov), 28 Jul 2026 (13 Jul), and
   * household-waste due 7 Aug 2026 with no report: 3 of 4 on time.
   * Responses 3186 + 9214 + 1870 = 14270; online 2411 + 8102 + 1522 = 12035; paper 212 + 786 + 148 = 1146;
   * email 163 + 241 + 176 = 580; events 400; phone 48 + 24 = 72; post 37.
   */
  it('2025-26', () => {
    const report = annualReport(items, processSettings, '2025-26', TEST_TODAY);
    expect(report.total).toBe(4);
    expect(report.standardDuration).toMatchObject({ eligible: 4, met: 4, percent: 100 });
    expect(report.feedbackOnTime).toMatchObject({ eligible: 4, met: 3, percent: 75 });
    expect(report.feedbackOnTime.checks.filter((check) => !check.onTime).map((check) => [check.id, check.due])).toEqual(
      [['household-waste-sites-hours', '2026-08-07']],
    );
    expect(report.medianDurationWeeks).toBe(13.6);
    expect(report.responses).toMatchObject({ total: 14270, reports: 3 });
    expect(pairs(report.responses.byChannel)).toEqual([
      ['Online', 12035],
      ['Paper', 1146],
      ['Email', 580],
      ['Events', 400],
      ['Phone', 72],
      ['Post', 37],
    ]);
    expect(pairs(report.byService)).toEqual([
      ['Waste Services', 2],
      ["Children's Services", 1],
      ['Environment and Climate', 1],
    ]);
  });
});
