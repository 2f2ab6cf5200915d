/**
 * The open-data record of one consultation: its content, its derived status and the feedback that
 * closed the loop, with absolute URLs. The zod schema here is the single source of both the JSON file
 * and its published JSON Schema.
 */
import { z } from 'zod';
import { delayReason, type CatalogueItem } from '../catalogue/catalogue.ts';
import { financialYear } from '../dates/calendar-date.ts';
import { STATUS_LABELS } from '../labels.ts';
import { consultationPath, feedbackPath } from '../routes.ts';
import {
  consultationSchema,
  documentSchema,
  isoDate,
  organisationSchema,
  slug,
  type Organisation,
} from '../schema/index.ts';
import { feedbackSchema } from '../schema/feedback.ts';
import { DERIVED_STATUSES } from '../status.ts';
import { absoluteUrl } from './urls.ts';

// The stored status only overrides; the record carries the derived one in its place.
const { status: _stored, statusReason, documents: _documents, ...contentShape } = consultationSchema.shape;

const url = () => z.string().describe('An absolute URL.');

export const consultationRecordSchema = z
  .strictObject({
    slug: slug().describe('The consultation identifier, the last part of its web address. Never changes.'),
    url: url().describe('The consultation page.'),
    status: z
      .enum(DERIVED_STATUSES)
      .describe(
        'Derived on the day the data was published: forthcoming, delayed (its opening day has come but it is not launch-ready, so it is held back), open, closed, outcome (feedback published), withdrawn or paused.',
      ),
    statusLabel: z.string().describe('The status as residents see it.'),
    statusReason,
    ...contentShape,
    organisation: slug().describe('The organisation that leads it: an id from organisations.'),
    partners: z.array(slug()).describe('The other organisations it is run jointly with: ids from organisations.'),
    documents: z
      .array(documentSchema.extend({ href: url().describe('The document, as an absolute URL.') }))
      .describe('Consultation documents.'),
    durationDays: z.number().int().describe('Days from opens to closes.'),
    financialYear: z
      .string()
      .regex(/^\d{4}-\d{2}$/)
      .describe('The UK financial year (April to March) it opens in, e.g. 2026-27.'),
    feedbackDue: isoDate().describe(
      'When the feedback report is due: the closing date plus the feedbackWithinWeeks standard.',
    ),
    feedbackOverdue: z.boolean().describe('Closed, no feedback report, and past feedbackDue.'),
    feedback: z
      .strictObject({
        slug: slug(),
        url: url().describe('The "We asked, you said, we did" report.'),
        published: isoDate(),
        responses: feedbackSchema.shape.responses,
        decision: feedbackSchema.shape.decision,
        evaluation: feedbackSchema.shape.evaluation,
        actions: feedbackSchema.shape.actions,
      })
      .nullable()
      .describe('The feedback report, once published.'),
  })
  .describe('One consultation or engagement activity.');

export const consultationDatasetSchema = z
  .strictObject({
    publisher: z.string().describe('The council that publishes the data.'),
    licence: z.string().describe('The licence the data is published under.'),
    licenceUrl: url(),
    generated: isoDate().describe('The date the data was generated; statuses are derived for this date.'),
    organisations: z
      .array(organisationSchema)
      .describe("The organisations consultations name as lead or partner: the publisher's own first."),
    consultations: z.array(consultationRecordSchema),
  })
  .describe('Every consultation and engagement activity on the hub.');

export type ConsultationRecord = z.output<typeof consultationRecordSchema>;
export type ConsultationDataset = z.output<typeof consultationDatasetSchema>;

export const LICENCE = {
  name: 'Open Government Licence v3.0',
  url: 'https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/',
} as const;

export interface RecordContext {
  siteBase: URL;
  publisher: string;
  today: string;
  /** The organisations of site.yaml, the hub's own first: the lead of every record that names none. */
  organisations: readonly Organisation[];
}

/** A copy of `value` with its `href`/`online` link made absolute (links may be paths on this site). */
function withAbsoluteLink<T extends object, K extends keyof T>(value: T, key: K, siteBase: URL): T {
  const link = value[key];
  return typeof link === 'string' ? { ...value, [key]: absoluteUrl(siteBase, link) } : value;
}

export function consultationRecord(item: CatalogueItem, siteBase: URL, ownOrganisation: string): ConsultationRecord {
  const { status: _status, statusReason: reason, documents, ...data } = item.data;
  const { respond, equalityImpact, decision, decisionMeeting, findings } = data;
  const content = {
    ...data,
    respond: {
      ...withAbsoluteLink(respond, 'online', siteBase),
      ...(respond.events && { events: respond.events.map((event) => withAbsoluteLink(event, 'online', siteBase)) }),
    },
    ...(equalityImpact && { equalityImpact: withAbsoluteLink(equalityImpact, 'href', siteBase) }),
    ...(decision && { decision: withAbsoluteLink(decision, 'href', siteBase) }),
    ...(decisionMeeting && { decisionMeeting: withAbsoluteLink(decisionMeeting, 'href', siteBase) }),
    ...(findings && { findings: withAbsoluteLink(findings, 'href', siteBase) }),
  };
  const record: ConsultationRecord = {
    slug: item.id,
    url: absoluteUrl(siteBase, consultationPath(item.id)),
    status: item.status,
    statusLabel: STATUS_LABELS[item.status],
    ...content,
    organisation: item.organisation ?? ownOrganisation,
    partners: item.partners,
    documents: documents.map((document) => ({ ...document, href: absoluteUrl(siteBase, document.href) })),
    durationDays: item.durationDays,
    financialYear: financialYear(item.data.opens),
    feedbackDue: item.feedbackDue,
    feedbackOverdue: item.feedbackOverdue,
    feedback: item.feedback
      ? {
          slug: item.feedback.id,
          url: absoluteUrl(siteBase, feedbackPath(item.feedback.id)),
          published: item.feedback.data.published,
          responses: item.feedback.data.responses,
          decision: withAbsoluteLink(item.feedback.data.decision, 'href', siteBase),
          ...(item.feedback.data.evaluation && { evaluation: item.feedback.data.evaluation }),
          ...(item.feedback.data.actions && { actions: item.feedback.data.actions }),
        }
      : null,
  };
  if (reason !== undefined) record.statusReason = reason;
  if (item.status === 'delayed') record.statusReason = delayReason(item);
  return record;
}

/** The whole dataset (feeds of organisations are other hubs' addresses and are not published), checked against its own schema so the file can never drift from schema.json. */
export function consultationDataset(items: readonly CatalogueItem[], context: RecordContext): ConsultationDataset {
  const own = context.organisations[0]?.id ?? '';
  const dataset: ConsultationDataset = {
    publisher: context.publisher,
    licence: LICENCE.name,
    licenceUrl: LICENCE.url,
    generated: context.today,
    organisations: context.organisations.map((organisation) =>
      withAbsoluteLink(organisation, 'website', context.siteBase),
    ),
    // Only this hub's own: a partner's entries are its own hub's to publish, so hubs never echo each other.
    consultations: items
      .filter((item) => item.partnerPage === undefined)
      .sort((a, b) => a.id.localeCompare(b.id))
      .map((item) => consultationRecord(item, context.siteBase, own)),
  };
  return consultationDatasetSchema.parse(dataset);
}
