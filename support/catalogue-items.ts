/** Small catalogue items for the feed, calendar and report tests: only the fields each test varies. */
import { buildCatalogue, type CatalogueItem } from '../src/lib/catalogue/catalogue.ts';
import type { Consultation, ConsultationEvent } from '../src/lib/schema/consultation.ts';
import type { Feedback } from '../src/lib/schema/feedback.ts';

export function consultation(id: string, overrides: Partial<Consultation>): Consultation {
  return {
    title: `Title of ${id}`,
    summary: `A summary of the ${id} proposal for residents.`,
    activity: 'consultation',
    significance: 'standard',
    statutory: { required: false },
    service: 'Highways and Transport',
    decisionMaker: 'Cabinet Member for Highways',
    topics: ['transport'],
    areas: ['countywide'],
    audiences: ['residents'],
    methods: ['survey'],
    opens: '2026-01-05',
    closes: '2026-03-30',
    respond: {
      online: `https://haveyoursay.harrowdale.example/surveys/${id}`,
      post: 'Consultation Team, County Hall, Market Street, Kelbrook HD1 2AB',
    },
    formats: [],
    documents: [],
    // Launch-ready unless a test takes something away: only then does an open consultation show as delayed.
    equalityImpact: { status: 'completed' },
    governance: { authorisedBy: 'Cabinet Member for Highways', authorisedOn: '2025-12-01' },
    contact: { team: 'Consultation Team', email: 'haveyoursay@harrowdale.example' },
    related: [],
    ...overrides,
  };
}

export function feedback(consultationId: string, overrides: Partial<Feedback> = {}): Feedback {
  return {
    consultation: consultationId,
    published: '2026-06-01',
    responses: { total: 10 },
    themes: [
      {
        theme: 'Cost',
        youSaid: 'The cost is too high for families.',
        weDid: 'We reduced the charge for families.',
        influenced: true,
      },
    ],
    decision: { date: '2026-05-20', by: 'Cabinet', summary: `Cabinet agreed the ${consultationId} proposal.` },
    ...overrides,
  };
}

export function catalogueItem(
  id: string,
  overrides: Partial<Consultation>,
  today: string,
  report?: Partial<Feedback>,
): CatalogueItem {
  const reports = report ? [{ id: `${id}-report`, data: feedback(id, report) }] : [];
  return buildCatalogue([{ id, data: consultation(id, overrides) }], reports, { feedbackWithinWeeks: 12 }, today)[0]!;
}

export const event = (overrides: Partial<ConsultationEvent>): ConsultationEvent => ({
  title: 'Drop-in session',
  date: '2027-06-15',
  start: '18:00',
  end: '19:30',
  location: 'Southmere Library, High Street, Southmere HD4 2AA',
  stepFree: true,
  ...overrides,
});
