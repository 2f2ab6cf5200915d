/** The three settings files under content/settings/. */
import { z } from 'zod';
import { BANK_HOLIDAY_REGIONS } from '../dates/working-days.ts';
import { organisationGovernanceSchema, organisationsSchema } from './partnership.ts';
import { GOVERNANCE_FIELDS } from './decision-trail.ts';
import { email, httpsUrl, isoDate, slug } from './shared.ts';
import { text } from './text.ts';

/** How far the site meets WCAG 2.2 AA, as the accessibility statement says it. */
export const COMPLIANCE_LEVELS = ['full', 'partial', 'none'] as const;

const taxonomyTerm = z.strictObject({
  id: slug().describe('The value used in content files and web addresses.'),
  label: text().min(2).describe('The name residents see.'),
});

export const siteSettingsSchema = z.strictObject({
  organisation: z.strictObject({
    name: text().min(3).describe('The council name, for example "Harrowdale County Council".'),
    url: httpsUrl().describe("The council's main website."),
  }),
  site: z.strictObject({
    title: text().min(3).describe('The hub name shown in the header, for example "Have your say".'),
    url: httpsUrl().describe('The public address of this site, used in feeds and the sitemap.'),
    language: z
      .string()
      .regex(/^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/, { error: 'must be a language tag such as en-GB or cy' })
      .default('en-GB')
      .describe('The language of the site, as a tag such as en-GB: written into every page and the feed.'),
  }),
  repository: z
    .strictObject({
      owner: text().min(1).describe('GitHub owner (user or organisation) of the content repository.'),
      name: text().min(1).describe('GitHub repository name.'),
      branch: text().default('main').describe('The published branch.'),
    })
    .describe('Where the content lives: used by the CMS and for links to history.'),
  contact: z.strictObject({
    team: text().min(3),
    email: email(),
    phone: text().min(6),
    address: text().min(10),
  }),
  accessibility: z
    .strictObject({
      compliance: z.enum(COMPLIANCE_LEVELS).describe('How far the site meets WCAG 2.2 AA.'),
      nonAccessible: z.array(text().min(10)).default([]).describe('Known content that is not accessible, and why.'),
      prepared: isoDate().describe('When the statement was first prepared.'),
      reviewed: isoDate().describe('When the statement was last reviewed.'),
      tested: isoDate().describe('When the site was last tested.'),
      testedBy: text().min(3).describe('Who tested it and how.'),
      responseWorkingDays: z
        .number()
        .int()
        .positive()
        .default(5)
        .describe('How quickly requests for another format are answered.'),
    })
    .describe('Facts for the accessibility statement.'),
  taxonomy: z.strictObject({
    topics: z.array(taxonomyTerm).min(1),
    areas: z.array(taxonomyTerm).min(1),
    audiences: z.array(taxonomyTerm).min(1),
  }),
  organisations: organisationsSchema.describe(
    "The hub's own organisation first, then the partners that consult in it.",
  ),
});

const weeksBySignificance = z.strictObject({
  minor: z.number().int().positive(),
  standard: z.number().int().positive(),
  major: z.number().int().positive(),
});

export const processSettingsSchema = z.strictObject({
  minimumWeeks: weeksBySignificance
    .default({ minor: 4, standard: 6, major: 12 })
    .describe('Absolute floor per significance.'),
  standardWeeks: weeksBySignificance
    .default({ minor: 6, standard: 12, major: 12 })
    .describe('Below this a consultation needs a durationRationale.'),
  holidayExtension: z
    .boolean()
    .default(true)
    .describe('Bank holidays and 24 December to 1 January do not count as working days.'),
  bankHolidayRegion: z.enum(BANK_HOLIDAY_REGIONS).default('england-and-wales'),
  forwardPlanNoticeDays: z.number().int().min(0).default(28),
  feedbackWithinWeeks: z.number().int().positive().default(12),
  launchWarningWorkingDays: z
    .number()
    .int()
    .min(0)
    .default(10)
    .describe(
      'The daily run warns the consultation group this many working days before an unready consultation opens.',
    ),
  strategyReviewYears: z.number().int().positive().default(3),
  overlapWarning: z.boolean().default(true),
  requiredSections: z
    .strictObject({
      consultation: z
        .array(text().min(3))
        .default([
          'What we are proposing',
          'Why we are consulting',
          'What you can influence',
          'How to have your say',
          'What happens next',
        ]),
      feedback: z.array(text().min(3)).default(['What we asked', 'What you said', 'What we did', 'What happens next']),
    })
    .default({
      consultation: [
        'What we are proposing',
        'Why we are consulting',
        'What you can influence',
        'How to have your say',
        'What happens next',
      ],
      feedback: ['What we asked', 'What you said', 'What we did', 'What happens next'],
    }),
  preElectionPeriods: z
    .array(
      z.strictObject({
        from: isoDate(),
        to: isoDate(),
        election: text().min(3),
      }),
    )
    .default([]),
  plainLanguage: z
    .strictObject({
      maxSentenceWords: z.number().int().positive().default(30),
      jargon: z.array(text()).default([]),
    })
    .default({ maxSentenceWords: 30, jargon: [] }),
  // The decision trail (src/lib/schema/decision-trail.ts).
  decisionTrailFrom: isoDate()
    .optional()
    .describe(
      'Activities opening on or after this date must record the decision to consult, and consultations their success criteria, target groups, decision meeting and every launch step. Without it, none is required.',
    ),
  launchSteps: z
    .array(
      z.strictObject({
        field: z.enum(GOVERNANCE_FIELDS).describe('The governance field of a consultation that records the step.'),
        label: text().min(3).describe('The step as the tracker shows it, for example "Stakeholders informed".'),
        beforeOpensWorkingDays: z
          .number()
          .int()
          .min(0)
          .optional()
          .describe('The step must be done at least this many working days before the consultation opens.'),
      }),
    )
    .default([])
    .describe('The steps before a consultation opens, in order: launch-ready and the tracker read them.'),
  // The years a date may fall in (the `schema` rule): a typing slip such as 1907 or 2207 is caught, not published.
  earliestDate: isoDate().default('2000-01-01').describe('No date in the content may be before this one.'),
  latestYearsAhead: z
    .number()
    .int()
    .positive()
    .default(5)
    .describe('No date in the content may be more than this many years after today.'),
});

/** `@user` or `@org/team`. */
const principal = z
  .string()
  .regex(/^@[A-Za-z0-9-]+(\/[A-Za-z0-9._-]+)?$/, { error: 'must be a GitHub user "@name" or team "@org/team"' });

/**
 * What a pull request can change, worked out file by file from the base and head versions (see
 * src/lib/governance/classify.ts and docs/approvals.md). Every path of the repository makes at least one.
 */
export const CHANGE_KINDS = [
  'consultation-opens',
  'consultation-announced',
  'consultation-changed',
  'consultation-withdrawn',
  'decision-recorded',
  'feedback-published',
  'record-changed',
  'strategy-adopted',
  'strategy-drafted',
  'standard-changed',
  'documents-changed',
  'content-removed',
  'settings-changed',
  'code-changed',
] as const;

/** A name, or `*` inside a name; `**` only as a whole folder (any depth); `.` and `..` are not folders. */
const PATTERN_SEGMENT = String.raw`(?!\.\.?(?:/|$))(?:\*\*|(?:[A-Za-z0-9._-]|\*(?!\*))+)`;
const PATH_PATTERN = new RegExp(`^${PATTERN_SEGMENT}(?:/${PATTERN_SEGMENT})*$`);

/** A repository path pattern, the same in governance.yaml and in the generated CODEOWNERS. */
const pathPattern = z.string().regex(PATH_PATTERN, {
  error:
    'must be a path from the top of the repository, such as "src/lib/rules/**" or "package.json": no leading "/", "*" within a name, "**" for any folders',
});

const principals = z.array(principal).min(1);

export const governanceSettingsSchema = z.strictObject({
  roles: z.record(slug(), principals).describe('Each role and the GitHub users or teams who hold it.'),
  requirements: z
    .array(
      z.strictObject({
        when: z.enum(CHANGE_KINDS),
        paths: z
          .array(pathPattern)
          .min(1)
          .optional()
          .describe('Only when a file of this kind matches one of these patterns; without it, every file of the kind.'),
        need: z
          .array(slug())
          .min(1)
          .describe('One role per approval needed; repeat a role to need two different people.'),
      }),
    )
    .default([]),
  organisations: organisationGovernanceSchema(principals)
    .optional()
    .describe('Approvers of each partner: a change to a consultation a partner leads needs its roles.'),
});

export type SiteSettings = z.output<typeof siteSettingsSchema>;
export type ProcessSettings = z.output<typeof processSettingsSchema>;
export type GovernanceSettings = z.output<typeof governanceSettingsSchema>;
export type ChangeKind = (typeof CHANGE_KINDS)[number];
