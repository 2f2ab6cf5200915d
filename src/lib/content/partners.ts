/**
 * Reads the partner hubs' feeds as last synced (content/partners/<id>.json, written by npm run partners:sync).
 * Each record is another site's text: its content fields go through the consultation schema, the one reader of
 * a consultation, so a record holding markup-like text, an unsafe link or hidden characters is refused here as
 * it would be in a file of our own, and the rest of the file is still read.
 */
import { lstatSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { partnerFile } from '../routes.ts';
import { consultationSchema, type Consultation } from '../schema/consultation.ts';
import { ownOrganisation, type Organisation } from '../schema/partnership.ts';
import type { SiteSettings } from '../schema/settings.ts';
import { httpsUrl, slug } from '../schema/shared.ts';
import { describeError } from './errors.ts';

/** One consultation from a partner's feed, as this hub lists it. */
export interface PartnerEntry {
  /** The partner in site.yaml whose feed it came from. */
  organisation: Organisation;
  slug: string;
  /** Its page on the partner's own site. */
  url: string;
  data: Consultation;
  /** The status the partner published, kept only where it overrides the dates (withdrawn, paused, delayed). */
  publishedStatus?: 'withdrawn' | 'paused' | 'delayed';
  hasFeedback: boolean;
}

export interface PartnerFeedProblem {
  file: string;
  message: string;
}

/** The fields of a record this hub reads on top of its content (the open data's own fields, see opendata/record.ts). */
const recordFields = z.looseObject({
  slug: slug(),
  url: httpsUrl(),
  status: z.string(),
  statusReason: z.string().optional(),
  feedback: z.unknown(),
});
const DERIVED_FIELDS = [
  'slug',
  'url',
  'status',
  'statusLabel',
  'statusReason',
  'durationDays',
  'financialYear',
  'feedbackDue',
  'feedbackOverdue',
  'feedback',
] as const;
const OVERRIDING = new Set(['withdrawn', 'paused', 'delayed']);

/** The partners (every organisation after the hub's own) and the entries of their synced feeds. */
export function readPartnerFeeds(
  root: string,
  site: SiteSettings,
): { entries: PartnerEntry[]; problems: PartnerFeedProblem[] } {
  const own = ownOrganisation(site);
  const entries: PartnerEntry[] = [];
  const problems: PartnerFeedProblem[] = [];
  for (const organisation of site.organisations.filter((candidate) => candidate.id !== own.id)) {
    const file = partnerFile(organisation.id);
    const text = readPlainFile(path.join(root, file));
    if (text === undefined) continue;
    const read = partnerEntries(text, organisation, file);
    entries.push(...read.entries);
    problems.push(...read.problems);
  }
  return { entries, problems };
}

/** A regular file's text; undefined when there is none (a partner not synced yet). A link is never followed. */
function readPlainFile(file: string): string | undefined {
  const stat = lstatSync(file, { throwIfNoEntry: false });
  return stat?.isFile() ? readFileSync(file, 'utf8') : undefined;
}

export function partnerEntries(
  text: string,
  organisation: Organisation,
  file: string,
): { entries: PartnerEntry[]; problems: PartnerFeedProblem[] } {
  let dataset: unknown;
  try {
    dataset = JSON.parse(text);
  } catch (error) {
    return { entries: [], problems: [{ file, message: `is not JSON: ${(error as Error).message}` }] };
  }
  const records = (dataset as { consultations?: unknown } | null)?.consultations;
  if (!Array.isArray(records)) return { entries: [], problems: [{ file, message: 'has no consultations list' }] };
  const entries: PartnerEntry[] = [];
  const problems: PartnerFeedProblem[] = [];
  records.forEach((record: unknown, index) => {
    const entry = partnerEntry(record, organisation);
    if ('problem' in entry) problems.push({ file, message: `consultations.${index}: ${entry.problem}` });
    else entries.push(entry);
  });
  return { entries, problems };
}

function partnerEntry(record: unknown, organisation: Organisation): PartnerEntry | { problem: string } {
  const fields = recordFields.safeParse(record);
  if (!fields.success) return { problem: describeError(fields.error).map((p) => p.message).join('; ') };
  const content: Record<string, unknown> = { ...fields.data };
  for (const key of DERIVED_FIELDS) delete content[key];
  const { status, statusReason } = fields.data;
  if (status === 'withdrawn' || status === 'paused') Object.assign(content, { status, statusReason });
  // The partner leads its own entries here, whatever ids its own hub uses.
  content.organisation = organisation.id;
  const parsed = consultationSchema.safeParse(content, { reportInput: true });
  if (!parsed.success) return { problem: describeError(parsed.error).map((p) => p.message).join('; ') };
  const entry: PartnerEntry = {
    organisation,
    slug: fields.data.slug,
    url: fields.data.url,
    data: parsed.data,
    hasFeedback: fields.data.feedback !== null && fields.data.feedback !== undefined,
  };
  if (OVERRIDING.has(status)) entry.publishedStatus = status as PartnerEntry['publishedStatus'] & string;
  return entry;
}
