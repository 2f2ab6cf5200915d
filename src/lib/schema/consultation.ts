/** The consultation content type: one activity with its dates, channels, documents and governance. */
import { z } from 'zod';
import { DOCUMENTS_PATH } from '../routes.ts';
import { partnershipFields } from './partnership.ts';
import { consultationTrailShape, governanceTrailShape } from './decision-trail.ts';
import { clockTime, decision, email, isoDate, siteOrHttpsUrl, slug } from './shared.ts';
import { text } from './text.ts';

export const ACTIVITIES = [
  'consultation',
  'engagement',
  'research',
  'involvement',
  'co-production',
  'information',
] as const;
export const SIGNIFICANCES = ['minor', 'standard', 'major'] as const;
export const METHODS = [
  'survey',
  'focus-group',
  'public-meeting',
  'workshop',
  'interviews',
  'written-submissions',
  'online-forum',
  'drop-in',
  'citizens-panel',
  'other',
] as const;
export const FORMATS = ['large-print', 'easy-read', 'braille', 'audio', 'bsl', 'paper', 'translation'] as const;
export const DOCUMENT_FORMATS = ['html', 'pdf', 'docx', 'odt', 'xlsx', 'csv'] as const;
export const EQUALITY_STATUSES = ['completed', 'screening-no-eqia-needed', 'in-progress'] as const;
export const STORED_STATUSES = ['withdrawn', 'paused'] as const;
/**
 * The area a consultation for the whole county names: it concerns the people of every other area too, so the
 * finder, search and each area's feeds list it under every area (catalogue/finder.ts listedValues).
 */
export const WHOLE_COUNTY = 'countywide';

export const eventSchema = z
  .strictObject({
    title: text().min(3).describe('What the event is, for example "Drop-in session at Millbrook Library".'),
    date: isoDate().describe('The day of the event.'),
    start: clockTime().describe('Start time, HH:MM.'),
    end: clockTime().describe('End time, HH:MM.'),
    location: text().min(3).describe('Where it is, with the postcode of the venue, or "Online".'),
    online: siteOrHttpsUrl().optional().describe('Link to join online: an https:// address.'),
    stepFree: z.boolean().describe('Whether the venue has step-free access.'),
  })
  .check((ctx) => {
    if (ctx.value.end <= ctx.value.start) {
      ctx.issues.push({
        code: 'custom',
        message: `ends at ${ctx.value.end}, which is not after it starts at ${ctx.value.start}`,
        path: ['end'],
        input: ctx.value.end,
      });
    }
  });

export const documentSchema = z.strictObject({
  title: text().min(3).describe('The document title as residents will see it.'),
  href: siteOrHttpsUrl({ sitePathsUnder: DOCUMENTS_PATH }).describe('A file under /documents/ or an https:// address.'),
  format: z.enum(DOCUMENT_FORMATS).describe('The file format.'),
  sizeKb: z.number().int().positive().optional().describe('File size in kilobytes, shown beside the link.'),
  accessible: z.boolean().describe('Whether the document meets WCAG 2.2 AA (tagged PDF, headings, alt text).'),
});

export const consultationSchema = z
  .strictObject({
    title: text().min(10).max(120).describe('A plain title that says what is proposed, 10 to 120 characters.'),
    summary: text()
      .min(20)
      .max(300)
      .describe('One or two plain sentences for listings, search results and feeds, 20 to 300 characters.'),
    activity: z
      .enum(ACTIVITIES)
      .describe('The kind of activity. Only "consultation" is held to the consultation timescales.'),
    significance: z.enum(SIGNIFICANCES).describe('How significant the decision is; this sets the minimum length.'),
    statutory: z
      .strictObject({
        required: z.boolean().describe('Whether the law requires this consultation.'),
        basis: text().min(3).optional().describe('The Act and section that require it.'),
      })
      .check((ctx) => {
        if (ctx.value.required && !ctx.value.basis) {
          ctx.issues.push({
            code: 'custom',
            message: 'is required when the consultation is statutory: name the Act and section',
            path: ['basis'],
            input: undefined,
          });
        }
      })
      .describe('Whether the consultation is required by law.'),
    service: text().min(3).describe('The lead service or directorate.'),
    decisionMaker: text().min(3).describe('Who will take the decision, for example "Cabinet Member for Highways".'),
    topics: z.array(slug()).min(1).describe('Topics from the site settings.'),
    areas: z.array(slug()).min(1).describe(`Areas from the site settings; use "${WHOLE_COUNTY}" for the whole county.`),
    audiences: z.array(slug()).min(1).describe('Who it is for, from the site settings.'),
    methods: z.array(z.enum(METHODS)).min(1).describe('How views are gathered.'),
    opens: isoDate().describe('The first day people can respond.'),
    closes: isoDate().describe('The last day people can respond.'),
    durationRationale: text()
      .min(10)
      .optional()
      .describe('Why the period is shorter than the standard length for its significance.'),
    respond: z
      .strictObject({
        online: siteOrHttpsUrl()
          .optional()
          .describe('The online survey or response form: an https:// address or a path on this site.'),
        email: email().optional().describe('A team mailbox for responses.'),
        post: text().min(10).optional().describe('A freepost or postal address for paper responses.'),
        phone: text().min(6).optional().describe('A phone number for responses or help.'),
        events: z.array(eventSchema).optional().describe('Meetings, drop-ins and workshops.'),
      })
      .describe('Ways to respond.'),
    formats: z.array(z.enum(FORMATS)).default([]).describe('Alternative formats available on request.'),
    documents: z.array(documentSchema).default([]).describe('Consultation documents.'),
    equalityImpact: z
      .strictObject({
        status: z.enum(EQUALITY_STATUSES).describe('Where the equality impact assessment has got to.'),
        href: siteOrHttpsUrl()
          .optional()
          .describe('Link to the assessment: an https:// address or a path on this site.'),
        rationale: text().min(10).optional().describe('Why no full assessment is needed, after screening.'),
      })
      .optional()
      .describe('The equality impact assessment.'),
    governance: z
      .strictObject({
        consultationGroupNotified: isoDate().optional().describe('When the consultation group was told.'),
        scrutinyNotified: isoDate().optional().describe('When scrutiny was told of the intention to consult.'),
        authorisedBy: text().min(3).optional().describe('The chief officer or cabinet member who authorised launch.'),
        authorisedOn: isoDate().optional().describe('When launch was authorised.'),
        stakeholdersInformed: isoDate()
          .optional()
          .describe('When affected members, stakeholders and partners were told.'),
        ...governanceTrailShape,
      })
      .default({})
      .describe('The pre-launch steps and their dates.'),
    contact: z
      .strictObject({
        team: text().min(3).describe('The team answering questions.'),
        email: email().describe('A team mailbox, not a personal address.'),
        phone: text().min(6).optional().describe('A team phone number.'),
      })
      .describe('Who to contact with questions.'),
    feedbackDelay: z
      .strictObject({
        reason: text()
          .min(20)
          .describe('Why the feedback report is late, in plain words residents will read on the page.'),
        expected: isoDate().describe('The date we now expect to publish the feedback report.'),
      })
      .optional()
      .describe(
        'Only when the feedback report will miss its due date: the reason and the new date, shown on the page.',
      ),
    status: z.enum(STORED_STATUSES).optional().describe('Only to withdraw or pause a consultation; give statusReason.'),
    statusReason: text().min(10).optional().describe('Why the consultation was withdrawn or paused.'),
    decision: decision().optional(),
    // The decision trail (src/lib/schema/decision-trail.ts): required from decisionTrailFrom by the check.
    ...consultationTrailShape,
    related: z.array(slug()).default([]).describe('Slugs of related consultations.'),
    ...partnershipFields,
  })
  .check((ctx) => {
    const { opens, closes } = ctx.value;
    if (closes <= opens) {
      ctx.issues.push({
        code: 'custom',
        message: `must be after the opening date (${opens}); got ${closes}`,
        path: ['closes'],
        input: closes,
      });
    }
  });

export type Consultation = z.output<typeof consultationSchema>;
export type ConsultationEvent = z.output<typeof eventSchema>;
export type ConsultationDocument = z.output<typeof documentSchema>;
export type Activity = (typeof ACTIVITIES)[number];
export type Significance = (typeof SIGNIFICANCES)[number];
