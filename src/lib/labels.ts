/**
 * What residents and editors read for each value of an enum: the site's pages, the open data, the audit and
 * the CMS's pick lists all label a value from here. Each table is typed by its enum, so a value added to the
 * schema does not compile until it has a label, and a label for a value that no longer exists does not either.
 * The CMS looks its pick lists up in ENUM_LABELS, so it shows the same words as the site.
 */
import { z } from 'zod';
import { BANK_HOLIDAY_REGIONS } from './dates/working-days.ts';
import { ACTION_STANDINGS } from './decision-trail.ts';
import {
  ACTIVITIES,
  DOCUMENT_FORMATS,
  EQUALITY_STATUSES,
  FORMATS,
  METHODS,
  SIGNIFICANCES,
  STORED_STATUSES,
} from './schema/consultation.ts';
import { ACTION_STATUSES, GOVERNANCE_FIELDS, SCOPES_TO_INFLUENCE } from './schema/decision-trail.ts';
import type { collectionSchemas, CollectionName } from './schema/index.ts';
import { CHANGE_KINDS, COMPLIANCE_LEVELS } from './schema/settings.ts';
import { MEASURE_UNITS } from './schema/standard.ts';
import { STRATEGY_STATUSES } from './schema/strategy.ts';
import type { FACETS } from './routes.ts';
import { DERIVED_STATUSES } from './status.ts';

/** One label for every value of the enum `T`, and nothing else. */
type Labels<T extends readonly string[]> = Readonly<Record<T[number], string>>;

export const STATUS_LABELS = {
  forthcoming: 'Forthcoming',
  delayed: 'Opening delayed',
  open: 'Open',
  closed: 'Closed',
  outcome: 'Outcome published',
  withdrawn: 'Withdrawn',
  paused: 'Paused',
} as const satisfies Labels<typeof DERIVED_STATUSES>;

/** The statuses an editor writes into a file: the same words as the status residents then see. */
export const STORED_STATUS_LABELS = {
  withdrawn: STATUS_LABELS.withdrawn,
  paused: STATUS_LABELS.paused,
} as const satisfies Labels<typeof STORED_STATUSES>;

export const ACTIVITY_LABELS = {
  consultation: 'Consultation',
  engagement: 'Engagement',
  research: 'Research',
  involvement: 'Involvement',
  'co-production': 'Co-production',
  information: 'Information',
} as const satisfies Labels<typeof ACTIVITIES>;

/** What a page calls the activity mid-sentence: "This consultation is open", "This notice is open". */
export const ACTIVITY_NOUNS = {
  consultation: 'consultation',
  engagement: 'engagement activity',
  research: 'research activity',
  involvement: 'involvement activity',
  'co-production': 'co-production activity',
  information: 'notice',
} as const satisfies Labels<typeof ACTIVITIES>;

export const SIGNIFICANCE_LABELS = {
  minor: 'Minor',
  standard: 'Standard',
  major: 'Major',
} as const satisfies Labels<typeof SIGNIFICANCES>;

export const METHOD_LABELS = {
  survey: 'Survey',
  'focus-group': 'Focus group',
  'public-meeting': 'Public meeting',
  workshop: 'Workshop',
  interviews: 'Interviews',
  'written-submissions': 'Written submissions',
  'online-forum': 'Online forum',
  'drop-in': 'Drop-in',
  'citizens-panel': "Citizens' panel",
  other: 'Other',
} as const satisfies Labels<typeof METHODS>;

/** Alternative formats, worded to sit mid-sentence: "You can ask for the documents in large print, braille". */
export const FORMAT_LABELS = {
  'large-print': 'large print',
  'easy-read': 'easy read',
  braille: 'braille',
  audio: 'audio',
  bsl: 'British Sign Language (BSL) video',
  paper: 'paper copies',
  translation: 'other languages',
} as const satisfies Labels<typeof FORMATS>;

export const DOCUMENT_FORMAT_LABELS = {
  html: 'HTML',
  pdf: 'PDF',
  docx: 'DOCX',
  odt: 'ODT',
  xlsx: 'XLSX',
  csv: 'CSV',
} as const satisfies Labels<typeof DOCUMENT_FORMATS>;

export const EQUALITY_STATUS_LABELS = {
  completed: 'Completed',
  'screening-no-eqia-needed': 'Screening: no EqIA needed',
  'in-progress': 'In progress',
} as const satisfies Labels<typeof EQUALITY_STATUSES>;

/** What a consultation page tells residents about its equality impact assessment. */
export const EQUALITY_STATUS_STATEMENTS = {
  completed: 'We have completed an equality impact assessment.',
  'screening-no-eqia-needed': 'We screened this proposal and a full equality impact assessment is not needed.',
  'in-progress': 'We are carrying out an equality impact assessment and will update it with what you tell us.',
} as const satisfies Labels<typeof EQUALITY_STATUSES>;

export const STRATEGY_STATUS_LABELS = {
  draft: 'Draft',
  adopted: 'Adopted',
  superseded: 'Superseded',
} as const satisfies Labels<typeof STRATEGY_STATUSES>;

/** Units of a standard's target, worded to follow its number: "20 working days". */
export const MEASURE_UNIT_LABELS = {
  'working-days': 'working days',
  days: 'days',
  weeks: 'weeks',
} as const satisfies Labels<typeof MEASURE_UNITS>;

/** The kinds of change of the approvals (docs/approvals.md), as the CMS offers them for a requirement. */
export const CHANGE_KIND_LABELS = {
  'consultation-opens': 'Consultation opens',
  'consultation-announced': 'Consultation announced',
  'consultation-changed': 'Consultation changed',
  'consultation-withdrawn': 'Consultation withdrawn',
  'decision-recorded': 'Decision recorded',
  'feedback-published': 'Feedback published',
  'record-changed': 'Record changed',
  'strategy-adopted': 'Strategy adopted',
  'strategy-drafted': 'Strategy drafted',
  'standard-changed': 'Standard changed',
  'documents-changed': 'Documents changed',
  'content-removed': 'Content removed',
  'settings-changed': 'Settings changed',
  'code-changed': 'Code changed',
} as const satisfies Labels<typeof CHANGE_KINDS>;

export const COMPLIANCE_LABELS = {
  full: 'Fully compliant',
  partial: 'Partially compliant',
  none: 'Not compliant',
} as const satisfies Labels<typeof COMPLIANCE_LEVELS>;

/** The accessibility statement's sentence: "This website is ...". */
export const COMPLIANCE_STATEMENTS = {
  full: 'fully compliant with the Web Content Accessibility Guidelines version 2.2 AA standard',
  partial:
    'partially compliant with the Web Content Accessibility Guidelines version 2.2 AA standard, due to the non-compliances listed below',
  none: 'not compliant with the Web Content Accessibility Guidelines version 2.2 AA standard. The non-compliances are listed below',
} as const satisfies Labels<typeof COMPLIANCE_LEVELS>;

export const BANK_HOLIDAY_REGION_LABELS = {
  'england-and-wales': 'England and Wales',
  scotland: 'Scotland',
  'northern-ireland': 'Northern Ireland',
} as const satisfies Labels<typeof BANK_HOLIDAY_REGIONS>;

/** How much views can still change, as the decision record and the consultation page word it. */
export const SCOPE_TO_INFLUENCE_LABELS = {
  none: 'None: the decision is made, so we inform only',
  implementation: 'How it is carried out',
  options: 'A choice between options',
  open: 'The whole approach is open',
} as const satisfies Labels<typeof SCOPES_TO_INFLUENCE>;

export const ACTION_STATUS_LABELS = {
  planned: 'Planned',
  'in-progress': 'In progress',
  done: 'Done',
  dropped: 'Dropped',
} as const satisfies Labels<typeof ACTION_STATUSES>;

/** How an action of a feedback report stands, as its page shows it. */
export const ACTION_STANDING_LABELS = {
  'done-on-time': 'Done on time',
  'done-late': 'Done late',
  dropped: 'Dropped',
  late: 'Late',
  'in-progress': 'In progress',
  planned: 'Planned',
} as const satisfies Labels<typeof ACTION_STANDINGS>;

/** The governance fields a launch step can name, as the CMS offers them. */
export const GOVERNANCE_FIELD_LABELS = {
  cabinetMemberNotified: 'Cabinet member and officers notified (date)',
  consultationGroupNotified: 'Consultation group notified (date)',
  scrutinyNotified: 'Scrutiny told (date)',
  qualityAssuredBy: 'Documents quality-assured by (name)',
  qualityAssuredOn: 'Documents quality-assured (date)',
  authorisedBy: 'Authorised by (name)',
  authorisedOn: 'Authorised (date)',
  stakeholdersInformed: 'Stakeholders informed (date)',
} as const satisfies Labels<typeof GOVERNANCE_FIELDS>;

/** Where a launch step stands on the tracker: done on its date, done but later than process.yaml allows, or not yet. */
export const STEP_STATE_LABELS = {
  done: 'Done',
  late: 'Done late',
  'not-yet': 'Not yet',
} as const satisfies Labels<readonly ['done', 'late', 'not-yet']>;

/** The finder's and search's filters. */
export const FACET_LABELS = {
  status: 'Status',
  activity: 'Type of activity',
  organisation: 'Organisation',
  topic: 'Topic',
  area: 'Area',
  audience: 'Who it is for',
  year: 'Year',
} as const satisfies Labels<typeof FACETS>;

/** The finder's heading for a status: "Open consultations", then any other filter ("Open consultations: Kelbrook"). */
export const FINDER_STATUS_HEADINGS = {
  forthcoming: 'Forthcoming consultations',
  delayed: 'Consultations with their opening delayed',
  open: 'Open consultations',
  closed: 'Closed consultations',
  outcome: 'Consultations with an outcome',
  withdrawn: 'Withdrawn consultations',
  paused: 'Paused consultations',
} as const satisfies Labels<typeof DERIVED_STATUSES>;

/** The orders lists of consultations and search results come in. */
export const SORT_ORDERS = ['relevance', 'newest', 'oldest', 'closing-soonest', 'opening-soonest'] as const;
export type SortOrder = (typeof SORT_ORDERS)[number];

export const SORT_LABELS = {
  relevance: 'Best match',
  newest: 'Newest first',
  oldest: 'Oldest first',
  'closing-soonest': 'Closing soonest first',
  'opening-soonest': 'Opening soonest first',
} as const satisfies Labels<typeof SORT_ORDERS>;

/** A field of one of the content types, as its frontmatter names it. */
type ContentField = { [C in CollectionName]: keyof z.output<(typeof collectionSchemas)[C]> & string }[CollectionName];

/** Fields as the audit trail words their changes: "Closing date changed from ... to ...". */
export const FIELD_LABELS = {
  title: 'Title',
  opens: 'Opening date',
  closes: 'Closing date',
  published: 'Publication date',
  adopted: 'Adoption date',
  reviewBy: 'Review date',
  reviewed: 'Last reviewed date',
  supersededBy: 'Replacement strategy',
  consultation: 'Consultation',
} as const satisfies Partial<Record<ContentField, string>>;
export type LabelledField = keyof typeof FIELD_LABELS;

/** A governance role in words: `consultation-group` -> "consultation group". */
export const roleLabel = (role: string) => role.replace(/-/g, ' ');

/** Field names that do not read well when humanised. */
const NAME_LABELS: Readonly<Record<string, string>> = { href: 'Link', sizeKb: 'Size (KB)' };

/**
 * The label of a field as the CMS form shows it, and as findings name it: the schema's `.meta({ title })`,
 * else the audit trail's label, else the field name made readable (`decisionMaker` -> "Decision maker").
 */
export function fieldLabel(name: string, schema?: z.ZodType): string {
  const title = schema?.meta()?.title;
  if (typeof title === 'string') return title;
  return labelOf(FIELD_LABELS, name) ?? NAME_LABELS[name] ?? humanise(name);
}

/**
 * A field deep in a schema as the editor finds it in the form: `['governance', 'authorisedBy']` ->
 * "Governance > Authorised by"; list items are counted from 1 (`['documents', 0, 'href']` -> "Documents item 1 > Link").
 */
export function fieldPathLabel(schema: z.ZodType, path: readonly PropertyKey[]): string {
  const parts: string[] = [];
  let current: z.ZodType | undefined = schema;
  for (const key of path) {
    const inner: z.ZodType | undefined = current && unwrapField(current);
    if (typeof key === 'number') {
      if (parts.length) parts[parts.length - 1] += ` item ${key + 1}`;
      current = inner instanceof z.ZodArray ? (inner.element as z.ZodType) : undefined;
      continue;
    }
    const name = String(key);
    if (inner instanceof z.ZodObject) current = inner.shape[name] as z.ZodType | undefined;
    else if (inner instanceof z.ZodRecord) current = inner._zod.def.valueType as z.ZodType;
    else current = undefined;
    parts.push(fieldLabel(name, current && unwrapField(current)));
  }
  return parts.join(' > ') || 'The frontmatter';
}

function unwrapField(schema: z.ZodType): z.ZodType {
  let inner = schema;
  while (inner instanceof z.ZodOptional || inner instanceof z.ZodDefault || inner instanceof z.ZodNullable)
    inner = inner.unwrap() as z.ZodType;
  return inner;
}

function humanise(name: string): string {
  const text = name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .split(/[-_\s]+/)
    .map((word) => word.toLowerCase())
    .join(' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export interface EnumLabels {
  values: readonly string[];
  labels: Readonly<Record<string, string>>;
}

/** Every labelled enum with its labels; no two share the same values, so a list of values finds its labels. */
export const ENUM_LABELS: readonly EnumLabels[] = [
  { values: DERIVED_STATUSES, labels: STATUS_LABELS },
  { values: STORED_STATUSES, labels: STORED_STATUS_LABELS },
  { values: ACTIVITIES, labels: ACTIVITY_LABELS },
  { values: SIGNIFICANCES, labels: SIGNIFICANCE_LABELS },
  { values: METHODS, labels: METHOD_LABELS },
  { values: FORMATS, labels: FORMAT_LABELS },
  { values: DOCUMENT_FORMATS, labels: DOCUMENT_FORMAT_LABELS },
  { values: EQUALITY_STATUSES, labels: EQUALITY_STATUS_LABELS },
  { values: STRATEGY_STATUSES, labels: STRATEGY_STATUS_LABELS },
  { values: MEASURE_UNITS, labels: MEASURE_UNIT_LABELS },
  { values: CHANGE_KINDS, labels: CHANGE_KIND_LABELS },
  { values: COMPLIANCE_LEVELS, labels: COMPLIANCE_LABELS },
  { values: BANK_HOLIDAY_REGIONS, labels: BANK_HOLIDAY_REGION_LABELS },
  { values: SCOPES_TO_INFLUENCE, labels: SCOPE_TO_INFLUENCE_LABELS },
  { values: ACTION_STATUSES, labels: ACTION_STATUS_LABELS },
  { values: GOVERNANCE_FIELDS, labels: GOVERNANCE_FIELD_LABELS },
];

/** The labels of the enum with exactly these values, in any order; undefined when none is labelled here. */
export function labelsOfEnum(values: readonly string[]): Readonly<Record<string, string>> | undefined {
  const wanted = [...values].sort().join('\n');
  return ENUM_LABELS.find((entry) => [...entry.values].sort().join('\n') === wanted)?.labels;
}

/** The label of a value read from outside the types (an old version of a file, a URL): undefined when it has none. */
export function labelOf(labels: Readonly<Record<string, string>>, value: string): string | undefined {
  return Object.hasOwn(labels, value) ? labels[value] : undefined;
}
