import { describe, expect, it } from 'vitest';
import { consultation as consultationData } from '../../../support/catalogue-items.ts';
import type { Consultation } from '../schema/consultation.ts';
import type { Feedback } from '../schema/feedback.ts';
import { buildCatalogue, delayReason, homeSections } from './catalogue.ts';
import { forwardPlan } from './forward-plan.ts';

const TODAY = '2026-11-23';

function consultation(id: string, opens: string, closes: string, extra: Partial<Consultation> = {}) {
  const fields: Partial<Consultation> = { title: `Consultation ${id}`, significance: 'major', areas: ['kelbrook'] };
  return { id, data: consultationData(id, { ...fields, opens, closes, ...extra }) };
}

const report = (id: string, consultationId: string, published: string) => ({
  id,
  data: {
    consultation: consultationId,
    published,
    responses: { total: 10 },
    themes: [{ theme: 'Cost', youSaid: 'It costs too much.', weDid: 'We reduced the cost.', influenced: true }],
    decision: { date: published, by: 'Cabinet', summary: 'We agreed a revised plan.' },
  } satisfies Feedback,
});

const items = buildCatalogue(
  [
    consultation('open-late', '2026-10-01', '2027-01-10'),
    consultation('open-soon-closing', '2026-09-01', '2026-11-30', { topics: ['transport', 'budget'] }),
    consultation('coming', '2027-01-11', '2027-04-05'),
    consultation('coming-sooner', '2026-12-07', '2027-03-01'),
    consultation('closed-recently', '2026-08-01', '2026-11-01'),
    consultation('closed-overdue', '2026-03-01', '2026-06-01'),
    consultation('decided', '2026-02-01', '2026-05-01'),
    consultation('stopped', '2026-10-01', '2027-01-10', {
      status: 'withdrawn',
      statusReason: 'The proposal was dropped.',
    }),
    // Its opening day has come without an equality impact assessment or a record of its authorisation.
    consultation('held-back', '2026-11-16', '2027-02-08', {
      equalityImpact: undefined,
      governance: { authorisedBy: 'Cabinet' },
    }),
  ],
  [report('decided-feedback', 'decided', '2026-07-01')],
  { feedbackWithinWeeks: 12 },
  TODAY,
);
const byId = (id: string) => items.find((item) => item.id === id)!;

describe('catalogue', () => {
  it('derives status, feedback due dates and overdue reports', () => {
    expect(byId('open-late').status).toBe('open');
    expect(byId('open-soon-closing').daysLeft).toBe(8);
    expect(byId('closed-recently')).toMatchObject({
      status: 'closed',
      feedbackDue: '2027-01-24',
      feedbackOverdue: false,
    });
    expect(byId('closed-overdue')).toMatchObject({
      status: 'closed',
      feedbackDue: '2026-08-24',
      feedbackOverdue: true,
    });
    expect(byId('decided')).toMatchObject({ status: 'outcome' });
    expect(byId('decided').feedback?.id).toBe('decided-feedback');
    expect(byId('stopped').status).toBe('withdrawn');
    expect(byId('open-late').launchMissing).toEqual([]);
  });

  it('holds back a consultation that is not launch-ready on its opening day, with the reason', () => {
    const item = byId('held-back');
    expect(item).toMatchObject({
      status: 'delayed',
      launchMissing: ['an equality impact assessment', 'a record of its authorisation'],
    });
    expect(item.daysLeft).toBeUndefined();
    expect(delayReason(item)).toBe('It still needs an equality impact assessment and a record of its authorisation.');
  });

  it('orders the home page: closing soonest, opening soonest, latest outcomes', () => {
    const home = homeSections(items);
    expect(home.open.map((item) => item.id)).toEqual(['open-soon-closing', 'open-late']);
    // Residents were told to expect the delayed one: it stays with what is coming, never with what is open.
    expect(home.forthcoming.map((item) => item.id)).toEqual(['held-back', 'coming-sooner', 'coming']);
    expect(home.outcomes.map((item) => item.id)).toEqual(['decided']);
  });
});

describe('forward plan', () => {
  it('lists forthcoming activities and the financial year by month', () => {
    const plan = forwardPlan(items, TODAY);
    expect(plan.financialYear).toBe('2026-27');
    expect(plan.forthcoming.map((item) => item.id)).toEqual(['coming-sooner', 'coming']);
    expect(plan.months.map((month) => month.label)).toEqual([
      'August 2026',
      'September 2026',
      'October 2026',
      'November 2026',
      'December 2026',
      'January 2027',
    ]);
    expect(plan.months.flatMap((month) => month.items).map((item) => item.id)).not.toContain('stopped');
  });
});
