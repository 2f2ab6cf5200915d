/**
 * Northfold District Council's own hub, as a partner of Harrowdale's: its consultations, published through this
 * project's own open-data code, so its feed is exactly what another hub of this project serves at
 * /data/consultations.json. The tests serve it from a local HTTP server; content/partners/ holds the synced copy.
 */
import { buildCatalogue, type Entry } from '../src/lib/catalogue/catalogue.ts';
import { consultationDataset, type ConsultationDataset } from '../src/lib/opendata/record.ts';
import { consultationSchema, feedbackSchema, type Consultation, type Feedback } from '../src/lib/schema/index.ts';

export const NORTHFOLD_SITE = 'https://haveyoursay.northfold.example/';
export const NORTHFOLD_FEED_PATH = '/data/consultations.json';
/** The day the synced copy in content/partners/ was generated. */
export const NORTHFOLD_GENERATED = '2026-11-23';

const contact = { team: 'Northfold Engagement Team', email: 'engagement@northfold.example', phone: '01632 961 100' };
const common = {
  activity: 'consultation',
  significance: 'standard',
  statutory: { required: false },
  methods: ['survey', 'drop-in'],
  formats: ['paper', 'large-print'],
  equalityImpact: { status: 'completed' },
  governance: { authorisedBy: 'Northfold Chief Executive', authorisedOn: '2026-08-03' },
  contact,
};

const consultations: Entry<unknown>[] = [
  {
    id: 'leisure-centre-opening-hours',
    data: {
      ...common,
      title: 'Opening hours at Northfold and Ashby leisure centres',
      summary: 'We want to open both leisure centres earlier on weekdays and close them an hour earlier on Sundays.',
      service: 'Leisure and Culture',
      decisionMaker: 'Northfold District Council Cabinet',
      topics: ['culture-and-leisure'],
      areas: ['northfold'],
      audiences: ['residents', 'older-people'],
      opens: '2026-11-09',
      closes: '2027-02-05',
      respond: {
        online: 'https://haveyoursay.northfold.example/surveys/leisure-hours',
        post: 'Leisure Hours Consultation, Northfold District Council, Town Hall, Northfold HD6 1AA',
      },
    },
  },
  {
    id: 'local-plan-2040',
    data: {
      ...common,
      significance: 'major',
      statutory: {
        required: true,
        basis: 'Town and Country Planning (Local Planning) (England) Regulations 2012, regulation 18',
      },
      title: 'Northfold local plan to 2040: where new homes should go',
      summary:
        'The draft local plan proposes sites for 2,400 new homes and two new primary schools in Northfold district.',
      service: 'Planning Policy',
      decisionMaker: 'Northfold District Council',
      topics: ['planning'],
      areas: ['northfold'],
      audiences: ['residents', 'businesses'],
      opens: '2027-02-01',
      closes: '2027-04-26',
      respond: {
        online: 'https://haveyoursay.northfold.example/surveys/local-plan',
        post: 'Local Plan Team, Northfold District Council, Town Hall, Northfold HD6 1AA',
      },
    },
  },
  {
    id: 'bin-collection-days',
    data: {
      ...common,
      title: 'Changing bin collection days in Northfold',
      summary:
        'We asked whether bins should be collected on four days a week instead of five, with the same rounds each fortnight.',
      service: 'Waste and Street Scene',
      decisionMaker: 'Cabinet Member for Environment, Northfold District Council',
      topics: ['waste-and-recycling'],
      areas: ['northfold'],
      audiences: ['residents'],
      opens: '2026-03-02',
      closes: '2026-05-22',
      respond: { online: 'https://haveyoursay.northfold.example/surveys/bin-days' },
    },
  },
];

const reports: Entry<unknown>[] = [
  {
    id: 'bin-collection-days',
    data: {
      consultation: 'bin-collection-days',
      published: '2026-07-20',
      responses: { total: 812 },
      themes: [
        {
          theme: 'Collection days',
          youSaid: 'Most people were happy with a new collection day if they were told a month before.',
          weDid: 'We will write to every household four weeks before its collection day changes.',
          influenced: true,
        },
      ],
      decision: {
        date: '2026-07-06',
        by: 'Cabinet Member for Environment, Northfold District Council',
        summary: 'Bins collected on four days a week from April 2027, with a letter to every household first.',
      },
    },
  },
];

/** Northfold's /data/consultations.json on `today`. */
export function northfoldDataset(today = NORTHFOLD_GENERATED): ConsultationDataset {
  const entries = consultations.map(({ id, data }) => ({ id, data: consultationSchema.parse(data) as Consultation }));
  const feedback = reports.map(({ id, data }) => ({ id, data: feedbackSchema.parse(data) as Feedback }));
  const items = buildCatalogue(entries, feedback, { feedbackWithinWeeks: 12 }, today, 'northfold-district-council');
  return consultationDataset(items, {
    siteBase: new URL(NORTHFOLD_SITE),
    publisher: 'Northfold District Council',
    today,
    organisations: [
      {
        id: 'northfold-district-council',
        name: 'Northfold District Council',
        website: 'https://www.northfold.example',
      },
    ],
  });
}
