/**
 * The built sample site (tests/.output/site, built once with TODAY=2026-11-23 by the global setup):
 * every page the residents need exists and says the right thing for each consultation's status.
 */
import { listedCatalogue } from '../a11y/site-pages.ts';
import { describe, expect, it } from 'vitest';
import { buildCatalogue } from '../../src/lib/catalogue/catalogue.ts';
import { validate } from '../../src/lib/content/errors.ts';
import { readContentTree } from '../../src/lib/content/load.ts';
import { loadSettings } from '../../src/lib/content/settings.ts';
import { collectionSchemas, type Consultation, type Feedback } from '../../src/lib/schema/index.ts';
import { formatDate } from '../../src/lib/text/dates.ts';
import { ROOT, TEST_TODAY } from '../../support/paths.ts';
import { builtPage as page, pageText as text } from '../support/built-pages.ts';

const settings = loadSettings(ROOT);
const sources = readContentTree(ROOT);
const parsed = <T>(collection: keyof typeof collectionSchemas) =>
  sources
    .filter((source) => source.collection === collection)
    .map((source) => {
      const result = validate(collectionSchemas[collection], source.frontmatter!.data);
      if (!result.success) throw new Error(`${source.file}: ${result.problems.map((p) => p.message).join('; ')}`);
      return { id: source.slug, data: result.data as T };
    });
const catalogue = buildCatalogue(
  parsed<Consultation>('consultations'),
  parsed<Feedback>('feedback'),
  settings.process,
  TEST_TODAY,
);

describe('the built site', () => {
  it('has every page residents need', () => {
    for (const route of [
      '',
      'consultations',
      'consultations/status/open',
      'consultations/activity/consultation',
      'consultations/year/2026',
      'feedback',
      'forward-plan',
      'strategies',
      'standards',
      'accessibility',
      'search',
      'sitemap-index.xml',
      '404.html',
      'pagefind/pagefind.js',
    ]) {
      page(route);
    }
  });

  it('shows what is open now, closing soonest first, with days left', () => {
    const home = text(page(''));
    expect(home).toContain('Changes to library opening hours in Kelbrook and Northfold');
    expect(home).toContain('Closes 11 January 2027 (50 days left)');
    const open = catalogue
      .filter((item) => item.status === 'open')
      .sort((a, b) => a.data.closes.localeCompare(b.data.closes));
    const positions = open.map((item) => home.indexOf(item.data.title));
    expect(positions.every((position) => position >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it('gives every consultation a page with the banner for its status', () => {
    const seen = new Set<string>();
    for (const item of catalogue) {
      const body = text(page(`consultations/${item.id}`));
      seen.add(item.status);
      expect(body).toContain(item.data.title);
      const banner = {
        forthcoming:
          item.data.activity === 'information'
            ? 'This notice is for information only'
            : `opens on ${formatDate(item.data.opens)}`,
        delayed: `was due to open on ${formatDate(item.data.opens)}, but we are not ready to open it yet`,
        open: `It closes at the end of ${formatDate(item.data.closes)}: ${item.daysLeft} ${item.daysLeft === 1 ? 'day' : 'days'} left`,
        closed: item.feedbackOverdue
          ? `The feedback report was due by ${formatDate(item.feedbackDue)} and has not been published yet`
          : `We will publish what you told us and what we decided by ${formatDate(item.feedbackDue)}`,
        outcome: 'We asked, you said, we did: read the feedback report',
        withdrawn: 'has been withdrawn',
        paused: 'has been paused',
      }[item.status];
      expect(body, item.id).toContain(banner);
      if (item.status === 'closed') expect(body).toContain('We are analysing your feedback');
    }
    expect([...seen].sort()).toEqual(['closed', 'forthcoming', 'open', 'outcome', 'paused', 'withdrawn']);
  });

  it('says plainly when a feedback report is overdue', () => {
    expect(catalogue.some((item) => item.feedbackOverdue)).toBe(true);
  });

  it('shows how to respond, documents with format and size, formats and events with step-free access', () => {
    const body = text(page('consultations/library-opening-hours'));
    expect(body).toContain('Respond online');
    expect(body).toContain('Write to: Library Hours Consultation');
    expect(body).toMatch(/Library opening hours proposal \(HTML, \d+ KB\)/);
    expect(body).toContain('may not be suitable for assistive technology');
    expect(body).toContain('large print, easy read, paper copies, audio');
    expect(body).toContain('Step-free access');
    expect(body).toContain('No: contact us to arrange another way to take part');
    // The drop-in on 14 November 2026 is before the test's today; the one on 3 December is not.
    expect(body).toContain('Saturday 14 November 2026, 10:00 to 13:00 (this event has taken place)');
    expect(body).toMatch(/Thursday 3 December 2026, 17:30 to 19:30 (?!\(this event)/);
  });

  it('publishes every feedback report with themes and the reasons views did not change the decision', () => {
    for (const item of catalogue.filter((candidate) => candidate.feedback)) {
      const report = item.feedback!;
      const body = text(page(`feedback/${report.id}`));
      expect(body).toContain(`Responses ${report.data.responses.total.toLocaleString('en-GB')}`);
      for (const theme of report.data.themes) {
        expect(body).toContain(theme.theme);
        if (!theme.influenced) expect(body).toContain(`No. ${theme.reason}`);
      }
    }
  });

  it('filters the finder without JavaScript, one page per filter value', () => {
    const open = text(page('consultations/status/open'));
    const catalogue = listedCatalogue;
    const count = catalogue.filter((item) => item.status === 'open').length;
    expect(open).toContain(`${count} ${count === 1 ? 'result' : 'results'}`);
    for (const item of catalogue.filter((candidate) => candidate.status === 'open'))
      expect(open).toContain(item.data.title);
    for (const item of catalogue.filter((candidate) => candidate.status === 'outcome'))
      expect(open).not.toContain(item.data.title);
  });

  it('shows the live threshold of a standard that drives a check', () => {
    const standards = sources.filter((source) => source.collection === 'standards');
    const timescale = standards.find((source) =>
      /enforcedBy:.*timescale|- timescale/s.test(source.frontmatter?.source ?? ''),
    );
    expect(timescale, 'a standard enforced by timescale').toBeDefined();
    const { minimumWeeks } = settings.process;
    expect(text(page(`standards/${timescale!.slug}`))).toContain(
      `At least ${minimumWeeks.minor} weeks for minor, ${minimumWeeks.standard} for standard and ${minimumWeeks.major} for major consultations`,
    );
  });

  it('ships no JavaScript on content pages', () => {
    for (const route of [
      '',
      'consultations',
      'consultations/library-opening-hours',
      'feedback',
      'forward-plan',
      'accessibility',
    ]) {
      expect(page(route), route).not.toMatch(/<script\b/);
    }
  });

  it('fills the accessibility statement from settings', () => {
    const body = text(page('accessibility'));
    expect(body).toContain('partially compliant with the Web Content Accessibility Guidelines version 2.2 AA standard');
    expect(body).toContain('Enforcement procedure');
    expect(body).toContain(`prepared on ${formatDate(settings.site.accessibility.prepared)}`);
  });
});
