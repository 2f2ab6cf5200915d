/**
 * The decision trail around a consultation: the recorded decision to consult, the plan (success criteria
 * and target groups), the meeting that decides and the findings it is given, and on the feedback report
 * the evaluation and the actions taken. The fields are optional in the schema, so an imported archive
 * reads; from `decisionTrailFrom` (process.yaml) the check requires them ({@link decisionTrailGaps}).
 */
import { z } from 'zod';
import { isoDate, siteOrHttpsUrl } from './shared.ts';
import { text } from './text.ts';

/** How much the views people give can still change, from nothing to the whole approach. */
export const SCOPES_TO_INFLUENCE = ['none', 'implementation', 'options', 'open'] as const;
export const ACTION_STATUSES = ['planned', 'in-progress', 'done', 'dropped'] as const;

/** The governance fields a launch step of process.yaml can name, in the order of the council's process. */
export const GOVERNANCE_FIELDS = [
  'cabinetMemberNotified',
  'consultationGroupNotified',
  'scrutinyNotified',
  'qualityAssuredBy',
  'qualityAssuredOn',
  'authorisedBy',
  'authorisedOn',
  'stakeholdersInformed',
] as const;
export type GovernanceField = (typeof GOVERNANCE_FIELDS)[number];

const question = (hint: string) => z.boolean().describe(hint);

export const decisionToConsultSchema = z
  .strictObject({
    decidedBy: text().min(3).describe('Who decided, for example "Director of Communities with the Cabinet Member".'),
    decidedOn: isoDate().describe('The date the decision to consult (or only to inform) was taken.'),
    statutoryDuty: question('Does a law or statutory guidance require us to consult? If yes, it is a consultation.'),
    promisedToConsult: question(
      'Have we promised to consult on this, or is there a legitimate expectation that we will?',
    ),
    significantImpact: question('Will the proposal have a significant impact on residents, service users or staff?'),
    contentious: question('Is the proposal likely to be contentious or of wide public interest?'),
    knowledgeGaps: question("Are there gaps in what we know about people's needs or views that we must fill?"),
    scopeToInfluence: z
      .enum(SCOPES_TO_INFLUENCE)
      .describe(
        'How much can views still change? None means inform only: a consultation needs something still at a formative stage.',
      ),
    ongoingInvolvement: question('Do people need to be involved throughout, designing or running the service with us?'),
    urgentUnforeseen: question('Is the decision urgent and unforeseen, leaving no time to consult?').optional(),
    reason: text()
      .min(20)
      .describe('Why we chose this kind of activity, in plain words residents will read on the page.'),
  })
  .describe('The recorded decision on whether to inform, consult or involve, and why.');

export const targetGroupSchema = z.strictObject({
  group: text().min(3).describe('Who must be reached, seldom-heard groups included, for example "Young carers".'),
  how: text().min(10).describe('How we will reach them, for example "Sessions with the Young Carers Project".'),
});

export const decisionMeetingSchema = z
  .strictObject({
    body: text().min(3).describe('The committee or meeting that takes the decision, for example "Cabinet".'),
    date: isoDate().describe('The date of the meeting.'),
    href: siteOrHttpsUrl()
      .optional()
      .describe('Link to the meeting papers: an https:// address or a path on this site.'),
  })
  .describe('The meeting that takes the decision: decision makers must have the findings by then.');

export const findingsSchema = z
  .strictObject({
    published: isoDate().describe(
      'The date the report of what people said was published and given to decision makers.',
    ),
    href: siteOrHttpsUrl().describe('Link to the findings report: an https:// address or a path on this site.'),
  })
  .describe('The report of what people said, given to the decision makers before they decide.');

/** The consultation's decision-trail fields, spread into its schema. */
export const consultationTrailShape = {
  decisionToConsult: decisionToConsultSchema.optional(),
  // No minimum here: the CMS saves an untouched list as []. From decisionTrailFrom an empty list counts as missing.
  successCriteria: z
    .array(text().min(10))
    .optional()
    .describe('What success looks like, set at the outset: the feedback report says whether each was met.'),
  targetGroups: z
    .array(targetGroupSchema)
    .optional()
    .describe('Who the consultation must reach and how: the feedback report says whether each was reached.'),
  decisionMeeting: decisionMeetingSchema.optional(),
  findings: findingsSchema.optional(),
};

/** The extra pre-launch steps of the council's process, spread into `governance`. */
export const governanceTrailShape = {
  cabinetMemberNotified: isoDate().optional().describe('When the cabinet member and officers were told.'),
  qualityAssuredBy: text()
    .min(3)
    .optional()
    .describe('Who quality-assured the documents, usually the consultation group.'),
  qualityAssuredOn: isoDate().optional().describe('When the documents were quality-assured.'),
};

export const evaluationSchema = z
  .strictObject({
    criteria: z
      .array(
        z.strictObject({
          criterion: text()
            .min(10)
            .describe("One of the consultation's success criteria, exactly as it is written there."),
          met: z.boolean().describe('Whether the criterion was met.'),
          note: text().min(10).describe('The evidence: what happened, in numbers where there are any.'),
        }),
      )
      .describe('Each success criterion and whether it was met.'),
    reached: z
      .array(
        z.strictObject({
          group: text().min(3).describe("One of the consultation's target groups, exactly as it is written there."),
          reached: z.boolean().describe('Whether we reached the group.'),
          note: text().min(10).describe('How many took part and how, or why we did not reach them.'),
        }),
      )
      .describe('Each target group and whether we reached it.'),
    worked: text().min(20).describe('What worked and why.'),
    improve: text().min(20).describe('What we will do better next time.'),
  })
  .describe('How well the consultation worked: criteria met, groups reached, what worked and what we will improve.');

export const actionSchema = z.strictObject({
  action: text().min(10).describe('What we are doing, in plain words.'),
  owner: text().min(3).describe('The team or officer responsible.'),
  due: isoDate().describe('When it is due.'),
  status: z.enum(ACTION_STATUSES).describe('Where it has got to. Done needs completed; dropped needs a reason.'),
  completed: isoDate().optional().describe('When it was done.'),
  progress: text().min(10).optional().describe('Progress so far, kept up to date.'),
  reason: text().min(10).optional().describe('Why it was dropped.'),
});

/** The feedback report's decision-trail fields, spread into its schema. */
export const feedbackTrailShape = {
  evaluation: evaluationSchema.optional(),
  actions: z
    .array(actionSchema)
    .optional()
    .describe('What we are doing as a result, with each action kept up to date.'),
};

export type DecisionToConsult = z.output<typeof decisionToConsultSchema>;
export type ScopeToInfluence = (typeof SCOPES_TO_INFLUENCE)[number];
export type ActionStatus = (typeof ACTION_STATUSES)[number];
export type FeedbackAction = z.output<typeof actionSchema>;
export type Evaluation = z.output<typeof evaluationSchema>;

/** A trail field the consultation must have and has not. */
export interface TrailGap {
  field: 'decisionToConsult' | 'successCriteria' | 'targetGroups' | 'decisionMeeting';
  /** What to add, in the editor's words. */
  add: string;
}

const WHAT_TO_ADD: Record<TrailGap['field'], string> = {
  decisionToConsult: 'the decision to consult: who decided, when, the answers to the questions and the reason',
  successCriteria: 'what success looks like, set before it opens',
  targetGroups: 'who it must reach, seldom-heard groups included, and how',
  decisionMeeting: 'the meeting that will take the decision, and its date',
};

interface TrailInput {
  activity: string;
  opens: string;
  decisionToConsult?: unknown;
  successCriteria?: unknown;
  targetGroups?: unknown;
  decisionMeeting?: unknown;
}

/** Whether the consultation opens on or after `decisionTrailFrom`, so the trail is required of it. */
export const isOnDecisionTrail = (consultation: Pick<TrailInput, 'opens'>, decisionTrailFrom: string | undefined) =>
  decisionTrailFrom !== undefined && consultation.opens >= decisionTrailFrom;

/**
 * The trail fields a consultation opening on or after `decisionTrailFrom` lacks: the decision to consult for
 * every activity; success criteria, target groups and the decision meeting for a consultation.
 */
export function decisionTrailGaps(consultation: TrailInput, decisionTrailFrom: string | undefined): TrailGap[] {
  if (!isOnDecisionTrail(consultation, decisionTrailFrom)) return [];
  const fields: TrailGap['field'][] = ['decisionToConsult'];
  if (consultation.activity === 'consultation') fields.push('successCriteria', 'targetGroups', 'decisionMeeting');
  return fields.filter((field) => isMissing(consultation[field])).map((field) => ({ field, add: WHAT_TO_ADD[field] }));
}

/** Absent, or an empty list as the CMS saves an untouched one. */
const isMissing = (value: unknown) => value === undefined || (Array.isArray(value) && value.length === 0);
