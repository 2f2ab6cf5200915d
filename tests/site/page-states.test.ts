/**
 * Each state's page says only true things, in the built sample site (TODAY=2026-11-23, and as on the
 * opening day of the unready Kelbrook street trading consultation): outcome pages lead with the outcome;
 * paused, withdrawn, delayed and information pages never invite a response and say what happens now;
 * past dates are in the past tense; lists of topics cannot run together; a record imported when the
 * archive began says when it was first published and when it was added to this site.
 */
import { describe, expect, it } from 'vitest';
import { readRepositoryHistory } from '../../src/lib/history/history.ts';
import { formatDate } from '../../src/lib/text/dates.ts';
import { catalogue } from '../a11y/site-pages.ts';
import { OPENING_DAY_SITE_DIR, ROOT } from '../../support/paths.ts';
import { builtPage, pageText as text } from '../support/built-pages.ts';

const html = (route: string) => builtPage(route);
const main = (markup: string) => text(markup.slice(markup.indexOf('<main'), markup.indexOf('</main>')));
const item = (slug: string) => catalogue.find((candidate) => candidate.id === slug)!;
/** What a page must never say when nobody can respond to it. */
const invitations = ['You will be able to respond', 'Ways to respond', 'Respond online', 'left to have your say'];

describe('pages that cannot be responded to', () => {
  it('a paused consultation says why and what happens now, and invites no response', () => {
    const paused = item('wexham-vale-20mph');
    expect(paused.status).toBe('paused');
    const page = html('consultations/wexham-vale-20mph');
    const words = main(page);
    expect(words).toContain(`This consultation has been paused ${paused.data.statusReason}`);
    expect(words).toContain('You cannot respond while it is paused. We will update this page when it restarts.');
    expect(words).toContain('Opened 5 October 2026 Was due to close 8 January 2027');
    expect(words).not.toMatch(/\bCloses\b/);
    for (const phrase of invitations) expect(words).not.toContain(phrase);
    expect(page).not.toContain(paused.data.respond.online);
  });

  it('a withdrawn consultation says why and that it can no longer be responded to', () => {
    const withdrawn = item('east-harrowdale-recycling-centre');
    expect(withdrawn.status).toBe('withdrawn');
    const words = main(html('consultations/east-harrowdale-recycling-centre'));
    expect(words).toContain(`has been withdrawn ${withdrawn.data.statusReason} You can no longer respond to it.`);
    expect(words).toContain('Was due to close 9 November 2026');
    for (const phrase of invitations) expect(words).not.toContain(phrase);
  });

  it('an information notice says it is for information only, with no response, countdown or decision to come', () => {
    const notice = item('kelbrook-bridge-repairs');
    expect([notice.data.activity, notice.status]).toEqual(['information', 'forthcoming']);
    const words = main(html('consultations/kelbrook-bridge-repairs'));
    expect(words).toContain('This notice is for information only');
    expect(words).toContain('There is nothing to respond to.');
    expect(words).toContain('Starts 1 February 2027 Ends 30 June 2027');
    expect(words).not.toContain('Decision taken by');
    expect(words).not.toContain(notice.data.decisionMaker);
    expect(words).not.toMatch(/\b(Opens|Closes|Length)\b/);
    for (const phrase of invitations) expect(words).not.toContain(phrase);
    // Its drop-in is still on the page, as an event to go to rather than a way to respond.
    expect(words).toContain('Information drop-in about the bridge works');
  });

  it('one whose opening is delayed says it was due to open, and offers no way to respond', () => {
    const words = main(builtPage('consultations/kelbrook-street-trading', OPENING_DAY_SITE_DIR));
    expect(words).toContain('Was due to open 3 December 2026 Due to close 28 January 2027');
    expect(words).toContain('You cannot respond until it opens.');
    for (const phrase of invitations) expect(words).not.toContain(phrase);
  });
});

describe('an outcome page', () => {
  it('leads with the decision and the feedback report, before documents, formats and equality impact', () => {
    const outcome = item('climate-action-plan');
    const decision = outcome.data.decision ?? outcome.feedback!.data.decision;
    const words = main(html('consultations/climate-action-plan'));
    const at = (phrase: string) => {
      expect(words, phrase).toContain(phrase);
      return words.indexOf(phrase);
    };
    const order = [
      at('Outcome published'),
      at(`Decision: ${decision.summary}`),
      at(`Decided by ${decision.by} on ${formatDate(decision.date)}.`),
      at('We asked, you said, we did: read the feedback report'),
      at('Key dates and details'),
      at(' Documents '),
      at(' Other formats '),
      at(' Equality impact '),
    ];
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    // Said once, in the status box (the page history may quote it as a change).
    expect(words.split(' Page history ')[0]!.split(decision.summary)).toHaveLength(2);
  });
});

describe('dates, lists and history', () => {
  it('puts dates that have passed in the past tense', () => {
    expect(main(html('consultations/library-opening-hours'))).toContain(
      'Opened 5 October 2026 Closes 11 January 2027 Length 14 weeks',
    );
    expect(main(html('consultations/northfold-parking-charges'))).toContain('Opened 6 July 2026 Closed 2 October 2026');
    expect(main(html('consultations/bus-network-review'))).toContain('Opens 17 May 2027 Closes 20 August 2027');
  });

  it('lists each topic as an item of its own, so a label with a comma reads as one topic', () => {
    const page = html('consultations/library-opening-hours');
    const topics = /<dt>Topics<\/dt>\s*<dd>(.*?)<\/dd>/.exec(page)?.[1] ?? '';
    expect([...topics.matchAll(/<li>([^<]*)<\/li>/g)].map((match) => match[1])).toEqual([
      'Libraries',
      'Culture, parks and leisure',
    ]);
  });

  it('says when an imported record was first published and when it was added to this site', () => {
    const history = readRepositoryHistory(ROOT);
    const file = history.files.get('content/consultations/climate-action-plan.mdx')!;
    expect(file.firstPublished).toBe(history.firstConsultationDate);
    const words = main(html('consultations/climate-action-plan'));
    expect(words).toContain(`First published 15 September 2025 Added to this site ${formatDate(file.firstPublished!)}`);
    const report = main(html('feedback/climate-action-plan'));
    expect(report).toContain(`First published 16 March 2026 Added to this site ${formatDate(file.firstPublished!)}`);
    // One announced on this site before it opened keeps the day it was first published here.
    const coming = history.files.get('content/consultations/bus-network-review.mdx')!;
    expect(main(html('consultations/bus-network-review'))).toContain(
      `First published ${formatDate(coming.firstPublished!)} Last updated`,
    );
  });

  it('dates a superseded strategy by the adoption of the one that replaced it', () => {
    const words = main(html('strategies'));
    expect(words).toContain(
      'Adopted 16 March 2021 Superseded by Listening to Harrowdale: our engagement and consultation strategy 2025 to 2028 on 15 July 2025',
    );
    expect(words).not.toContain('Superseded 16 March 2021');
    expect(main(html('strategies/consultation-strategy-2021'))).toContain(
      'Superseded by Listening to Harrowdale: our engagement and consultation strategy 2025 to 2028, adopted 15 July 2025',
    );
  });
});
