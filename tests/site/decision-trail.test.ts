/**
 * The decision trail on the built sample site (TODAY=2026-11-23): why each activity was chosen, what success
 * looks like and who it must reach; how well a consultation worked and what the council is doing about it;
 * the tracker of launch steps and the decision aid, with no script.
 */
import { describe, expect, it } from 'vitest';
import { builtPage as page, pageText as text } from '../support/built-pages.ts';

describe('a consultation page', () => {
  const library = text(page('consultations/library-opening-hours'));

  it('says why it is a consultation, from the decision record in plain words', () => {
    expect(library).toContain('Why we are consulting on this');
    expect(library).toContain(
      'Head of Libraries with the Cabinet Member for Communities decided on 20 July 2026 to run this as a consultation.',
    );
    expect(library).toContain('The law requires us to consult.');
    expect(library).toContain('What views can still change: a choice between options.');
  });

  it('lists its success criteria, who it aims to reach and how, and the decision meeting', () => {
    expect(library).toContain('What success looks like');
    expect(library).toContain('At least 2,000 responses, with some from users of each of the six libraries.');
    expect(library).toContain('Who we aim to reach and how');
    expect(library).toContain('Older people who do not use the internet Paper surveys at every library');
    expect(library).toContain('Decision meeting Cabinet Member for Communities, 9 March 2027');
  });

  it('heads an information notice as one, with its reason', () => {
    const bridge = text(page('consultations/kelbrook-bridge-repairs'));
    expect(bridge).toContain('Why this is a notice');
    expect(bridge).toContain('The bridge must be repaired to keep it safe');
    expect(bridge).not.toContain('Why we are consulting on this');
  });

  it('says plainly where the activity chosen is not the one the answers point to', () => {
    expect(text(page('consultations/healthy-weight-survey'))).toContain(
      'These answers usually point to a consultation or engagement activity, because we need to fill gaps in what we know. We chose a research activity for the reason below.',
    );
  });

  it('links the findings given to decision makers', () => {
    const html = page('consultations/community-safety-priorities');
    expect(html).toContain('href="https://www.harrowdale.example/community-safety/priorities-consultation-findings"');
    expect(text(html)).toContain('Read the findings given to decision makers (published 24 August 2026)');
  });

  it('shows none of it where nothing was recorded', () => {
    const archive = text(page('consultations/green-waste-charge'));
    expect(archive).not.toContain('What success looks like');
    expect(archive).not.toContain('Why we are consulting on this');
  });
});

describe('a feedback page', () => {
  const safety = text(page('feedback/community-safety-priorities'));

  it('says how well it worked: criteria met, groups reached, what worked and what we will improve', () => {
    expect(safety).toContain('How well it worked');
    expect(safety).toContain('We met 1 of 2 success criteria and reached 1 of 2 of the groups we aimed to reach.');
    expect(safety).toContain('At least one in ten responses from young people aged under 25. No 97 responses');
    expect(safety).toContain('What worked Visiting shops in person');
    expect(safety).toContain('What we will improve Next time we will agree dates with schools');
  });

  it('shows what we are doing, each action with its due date and progress', () => {
    expect(safety).toContain('What we are doing');
    expect(safety).toContain('Done on time Completed on 20 October 2026.');
    expect(safety).toContain('Dropped The police 101 service and the online form already take these reports');
    expect(safety).toContain('In progress Checks have taken place outside 8 of the 20 schools so far.');
  });

  it('says which actions are late, and which were done late', () => {
    const transport = text(page('feedback/home-to-school-transport-policy'));
    expect(transport).toContain('Done late Completed on 19 August 2026. The guide took longer');
    expect(transport).toContain('Late It was due on 1 September 2026 and is not done yet.');
  });
});

describe('the tracker', () => {
  const html = page('tracker');
  const tracker = text(html);

  it('lists every forthcoming or open consultation with each launch step, done with its date or not yet', () => {
    expect(tracker).toContain('Consultation tracker');
    expect(tracker).toContain('School term and holiday dates for 2028 to 2029');
    expect(tracker).toContain('Stakeholders informed 14 December 2026');
    const bus = tracker.slice(tracker.indexOf('A new bus network for Harrowdale'));
    expect(bus).toMatch(
      /^A new bus network for Harrowdale[^]*?Cabinet member and officers notified 2 November 2026[^]*?Launch authorised Not yet/,
    );
    // Closed and outcome consultations are not tracked.
    expect(tracker).not.toContain('Community safety priorities');
  });

  it('runs no script and is linked from every page and the forward plan', () => {
    expect(html).not.toMatch(/<script/i);
    expect(page('feedback')).toContain('href="/tracker/"');
    expect(page('forward-plan')).toContain('href="/tracker/"');
  });
});

describe('the decision aid "Do we need to consult?"', () => {
  const html = page('guidance/do-we-need-to-consult');
  const aid = text(html);

  it('asks the questions of the decision record, worded as the CMS form hints them', () => {
    expect(aid).toContain('Does a law or statutory guidance require us to consult? If yes, it is a consultation.');
    expect(aid).toContain('Is the decision urgent and unforeseen, leaving no time to consult?');
    expect(aid).toContain('How much can views still change?');
  });

  it('lists what the answers point to in the order the rule judges them: the first that applies wins', () => {
    const steps = [...aid.matchAll(/Choose (an? [a-z -]+?) if you answered|Otherwise, choose (an? [a-z -]+?):/g)];
    expect(steps.map((match) => match[1] ?? `otherwise ${match[2]}`)).toEqual([
      'a consultation',
      'a consultation',
      'a notice',
      'a notice',
      'an involvement activity or co-production activity',
      'a consultation or engagement activity',
      'otherwise a notice',
    ]);
    expect(aid).toContain(
      'Will the proposal have a significant impact on residents, service users or staff? Answer: Yes (it has a significant impact).',
    );
    expect(aid).toContain(
      'Answer: None: the decision is made, so we inform only (there is no scope for views to change the decision).',
    );
  });

  it('runs no script and is linked from every page and from why we are consulting', () => {
    expect(html).not.toMatch(/<script/i);
    expect(page('feedback')).toContain('href="/guidance/do-we-need-to-consult/"');
    const library = page('consultations/library-opening-hours');
    const record = library.slice(library.indexOf('id="decision-record-title"'), library.indexOf('id="success-title"'));
    expect(record).toContain('href="/guidance/do-we-need-to-consult/"');
  });
});

describe('the annual report', () => {
  it('adds criteria met, groups reached and actions done on time, with a table and a chart', () => {
    const report = text(page('report/2026-27'));
    expect(report).toContain('Success criteria met 50% (1 of 2 criteria evaluated)');
    expect(report).toContain('Groups we aimed to reach that we reached 50% (1 of 2 groups)');
    expect(report).toContain('Actions done on time 100% (1 of 1 actions done or due)');
    expect(report).toContain('Community safety priorities for 2026 to 2029 50% (1 of 2 criteria)');
    expect(report).toContain('Done on time: 1; Dropped: 1; In progress: 1.');
  });
});
