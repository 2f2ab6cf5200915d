/**
 * Words for generated consultations: subjects by topic (the ids in the sample site.yaml), services,
 * decision makers and sentence parts. Unknown topics fall back to generic subjects built on their label.
 */
export interface Subject {
  /** Lower-case noun phrase: "library opening hours". */
  name: string;
  /** What the council proposes, completing "We propose ...". */
  proposal: string;
  service: string;
  decisionMaker: string;
}

const subject = (name: string, proposal: string, service: string, decisionMaker: string): Subject => ({
  name,
  proposal,
  service,
  decisionMaker,
});

const HIGHWAYS = 'Highways and Transport';
const HIGHWAYS_MEMBER = 'Cabinet Member for Highways and Transport';
const COMMUNITIES = 'Libraries, Culture and Heritage';
const COMMUNITIES_MEMBER = 'Cabinet Member for Communities';
const ADULTS = 'Adult Social Care';
const ADULTS_MEMBER = 'Cabinet Member for Adult Social Care';
const CHILDREN = "Children's Services";
const CHILDREN_MEMBER = 'Cabinet Member for Children and Families';
const ENVIRONMENT = 'Environment and Climate';
const ENVIRONMENT_MEMBER = 'Cabinet Member for Environment';

export const SUBJECTS: Record<string, readonly Subject[]> = {
  transport: [
    subject(
      'bus network changes',
      'changes to the routes and timetables of supported bus services',
      HIGHWAYS,
      HIGHWAYS_MEMBER,
    ),
    subject(
      'speed limit review',
      'lower speed limits on roads near schools and village centres',
      HIGHWAYS,
      HIGHWAYS_MEMBER,
    ),
    subject(
      'on-street parking charges',
      'new charges and time limits for on-street parking',
      HIGHWAYS,
      HIGHWAYS_MEMBER,
    ),
    subject(
      'cycle and walking routes',
      'new cycle lanes and wider footpaths between the town centre and the station',
      HIGHWAYS,
      HIGHWAYS_MEMBER,
    ),
    subject(
      'school streets scheme',
      'closing roads outside schools to traffic at the start and end of the day',
      HIGHWAYS,
      HIGHWAYS_MEMBER,
    ),
    subject(
      'bridge repair programme',
      'a programme of repairs to road bridges, with temporary closures',
      HIGHWAYS,
      HIGHWAYS_MEMBER,
    ),
  ],
  libraries: [
    subject(
      'library opening hours',
      'new opening hours so that libraries open later in the evening',
      COMMUNITIES,
      COMMUNITIES_MEMBER,
    ),
    subject(
      'mobile library routes',
      'new routes and stopping times for the mobile library',
      COMMUNITIES,
      COMMUNITIES_MEMBER,
    ),
    subject(
      'community-run libraries',
      'handing the running of small libraries to community groups, with council support',
      COMMUNITIES,
      COMMUNITIES_MEMBER,
    ),
    subject(
      'library fines and charges',
      'ending fines for late returns and changing charges for room hire',
      COMMUNITIES,
      COMMUNITIES_MEMBER,
    ),
  ],
  'adult-social-care': [
    subject(
      'day services for adults',
      'bringing day services together in fewer, better equipped centres',
      ADULTS,
      ADULTS_MEMBER,
    ),
    subject('care home fees', 'new weekly fees that the council pays to care homes', ADULTS, ADULTS_MEMBER),
    subject(
      'charging for home care',
      'changes to how we work out what people pay towards care at home',
      ADULTS,
      ADULTS_MEMBER,
    ),
    subject(
      'carers support offer',
      'a new offer of breaks, advice and training for unpaid carers',
      ADULTS,
      ADULTS_MEMBER,
    ),
  ],
  'children-and-families': [
    subject(
      'family hubs',
      'opening family hubs that bring health, advice and play services under one roof',
      CHILDREN,
      CHILDREN_MEMBER,
    ),
    subject('youth services', 'a new youth offer designed with young people', CHILDREN, CHILDREN_MEMBER),
    subject(
      'short breaks for disabled children',
      'changes to short breaks and holiday activities for disabled children',
      CHILDREN,
      CHILDREN_MEMBER,
    ),
  ],
  education: [
    subject(
      'school term dates',
      'term and holiday dates for community schools',
      'Education and Learning',
      'Cabinet Member for Education',
    ),
    subject(
      'home to school transport',
      'changes to who can get free transport to school',
      'Education and Learning',
      'Cabinet Member for Education',
    ),
    subject(
      'school admission arrangements',
      'new admission arrangements and catchment areas for community schools',
      'Education and Learning',
      'Cabinet Member for Education',
    ),
  ],
  environment: [
    subject(
      'climate action plan',
      'actions to cut carbon emissions from council buildings, vehicles and services',
      ENVIRONMENT,
      'Cabinet',
    ),
    subject(
      'tree planting strategy',
      'planting trees on council land and verges over the next ten years',
      ENVIRONMENT,
      ENVIRONMENT_MEMBER,
    ),
    subject(
      'flood risk management',
      'new flood defences and advice for homes at risk of flooding',
      ENVIRONMENT,
      ENVIRONMENT_MEMBER,
    ),
  ],
  'waste-and-recycling': [
    subject(
      'recycling centre hours',
      'new opening days and hours at household recycling centres',
      'Waste and Recycling',
      ENVIRONMENT_MEMBER,
    ),
    subject(
      'garden waste collections',
      'a yearly charge for collecting garden waste',
      'Waste and Recycling',
      ENVIRONMENT_MEMBER,
    ),
    subject(
      'food waste collections',
      'weekly collections of food waste from every home',
      'Waste and Recycling',
      ENVIRONMENT_MEMBER,
    ),
  ],
  'public-health': [
    subject(
      'healthy weight services',
      'new services to help children and adults reach a healthy weight',
      'Public Health',
      'Cabinet Member for Public Health',
    ),
    subject(
      'stop smoking service',
      'changes to where and how the stop smoking service is offered',
      'Public Health',
      'Cabinet Member for Public Health',
    ),
    subject(
      'sexual health clinics',
      'new clinic locations and online testing for sexual health',
      'Public Health',
      'Cabinet Member for Public Health',
    ),
  ],
  budget: [
    subject(
      'budget and council tax',
      'the council budget and the level of council tax for the coming year',
      'Finance',
      'Full Council',
    ),
    subject(
      'fees and charges',
      'changes to fees for services such as pest control and room hire',
      'Finance',
      'Cabinet Member for Finance',
    ),
  ],
  'community-safety': [
    subject(
      'community safety priorities',
      'the priorities of the community safety partnership for the next three years',
      'Community Safety',
      'Community Safety Partnership Board',
    ),
    subject(
      'public spaces protection order',
      'rules on dogs and alcohol in parks and town centres',
      'Community Safety',
      'Cabinet Member for Communities',
    ),
  ],
  'culture-and-leisure': [
    subject(
      'parks and play areas',
      'improvements to parks and play areas, starting with those in most need',
      'Parks and Leisure',
      COMMUNITIES_MEMBER,
    ),
    subject(
      'leisure centre future',
      'the future of the leisure centre and its swimming pool',
      'Parks and Leisure',
      'Cabinet',
    ),
    subject(
      'museum service',
      'changes to museum opening days and a new learning programme',
      COMMUNITIES,
      COMMUNITIES_MEMBER,
    ),
  ],
  planning: [
    subject(
      'local plan',
      'where new homes, jobs and infrastructure should go over the next fifteen years',
      'Planning and Development',
      'Full Council',
    ),
    subject(
      'minerals and waste plan',
      'sites for quarrying and waste management for the next fifteen years',
      'Planning and Development',
      'Full Council',
    ),
  ],
};

/** Subjects for a topic the vocabulary does not know, named after the topic's label. */
export function genericSubjects(label: string): Subject[] {
  const lower = label.toLowerCase();
  return [
    subject(`${lower} services`, `changes to how we provide ${lower} services`, label, 'Cabinet'),
    subject(`${lower} priorities`, `priorities for ${lower} over the next three years`, label, 'Cabinet'),
  ];
}

export const REASONS = [
  'demand for the service has changed a great deal in recent years',
  'the money we have for the service is falling while costs are rising',
  'residents have told us the current arrangements do not suit them',
  'the law and national guidance have changed',
  'the buildings we use are old and cost more each year to repair',
  'we want to reach people who do not use the service today',
  'the current contract ends and we must decide what comes next',
];

export const INFLUENCE = [
  'which option you prefer and why',
  'how the changes would affect you and your family',
  'what we could do to reduce any harm the changes might cause',
  'when and where the service should be available',
  'ideas we have not thought of',
  'which places should come first',
];

export const FIXED = [
  'The overall budget for the service is set and is not part of this consultation.',
  'We must meet our legal duties, so some parts of the proposal cannot change.',
  'The timetable is fixed by the funding we have received.',
];

export const FACTS = [
  'About one in five people who use the service live outside the main towns.',
  'Use of the service has fallen by a quarter over five years.',
  'Running costs have risen faster than inflation for three years in a row.',
  'Most people who use the service do so in the late afternoon and early evening.',
  'Waiting times have grown, and people have told us this is their main concern.',
  'Similar changes in neighbouring counties have saved money without reducing use.',
];

export const NEXT_STEPS = [
  'We will read every response and publish a summary of what you told us.',
  'The decision maker will consider your views alongside the equality impact assessment.',
  'We will write to everyone who asked to hear about the outcome.',
  'Any changes would start no earlier than the following spring.',
  'We will publish the decision and the reasons for it on this page.',
];

export const THEMES = [
  {
    theme: 'Access for people without a car',
    youSaid: 'Many people said they could not reach the new locations by bus.',
    weDid: 'We added two extra sites on main bus routes.',
  },
  {
    theme: 'Opening times',
    youSaid: 'People who work wanted longer opening on weekday evenings.',
    weDid: 'We will open until 7pm on two weekday evenings.',
  },
  {
    theme: 'Cost to residents',
    youSaid: 'Many respondents were worried about paying more.',
    weDid: 'We kept a reduced rate for people on low incomes.',
  },
  {
    theme: 'Information and communication',
    youSaid: 'People asked for clearer information before any change starts.',
    weDid: 'We will send a leaflet to every home affected, in plain English and other formats.',
  },
  {
    theme: 'Rural areas',
    youSaid: 'People in villages felt the plans favoured the towns.',
    weDid: 'We set aside part of the budget for village schemes.',
  },
  {
    theme: 'Keeping the current service',
    youSaid: 'Some people wanted no change at all.',
    weDid: 'We went ahead with the change, in stages.',
  },
  {
    theme: 'Safety',
    youSaid: 'Parents asked for safer crossings and better lighting.',
    weDid: 'We added lighting and two new crossings to the plans.',
  },
  {
    theme: 'Involving young people',
    youSaid: 'Young people asked to have a say in how the service is run.',
    weDid: 'We set up a youth panel that meets four times a year.',
  },
];

export const NOT_INFLUENCED_REASONS = [
  'The money available did not allow it without cutting another service.',
  'The law requires us to do this, so we could not change it.',
  'Fewer than one in ten respondents raised it, and the evidence did not support a change.',
];

export const CHANNELS = ['online', 'paper', 'email', 'events', 'phone'] as const;
