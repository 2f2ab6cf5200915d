/**
 * What changed between two versions of a content file, in words an auditor or a resident can read:
 * "Closing date changed from 11 January 2027 to 18 January 2027".
 */
import { isIsoDate } from '../dates/calendar-date.ts';
import { frontmatterBlock, splitFrontmatter, type SplitSource } from '../content/source.ts';
import { FIELD_LABELS, labelOf, STORED_STATUS_LABELS, type LabelledField } from '../labels.ts';
import type { CollectionName } from '../schema/index.ts';
import { formatDate } from '../text/dates.ts';

export type Frontmatter = Record<string, unknown>;

/** The fields whose changes matter to the audit trail, per collection: each has a label, or words of its own. */
export const TRACKED_FIELDS: Record<CollectionName, readonly (LabelledField | 'status' | 'decision')[]> = {
  consultations: ['title', 'opens', 'closes', 'status', 'decision'],
  feedback: ['consultation', 'published', 'decision'],
  strategies: ['title', 'status', 'adopted', 'reviewBy', 'supersededBy'],
  standards: ['title', 'reviewed'],
};

export interface FieldChange {
  field: string;
  from?: unknown;
  to?: unknown;
  description: string;
}

/**
 * One version of an MDX file. The YAML is parsed only when a field is asked for: most edits leave the
 * frontmatter text unchanged, and at archive scale parsing is most of the cost.
 */
export class ParsedVersion {
  readonly yaml: string | undefined;
  readonly body: string;
  readonly #split: SplitSource;
  #frontmatter: Frontmatter | undefined;

  constructor(text: string) {
    this.#split = splitFrontmatter(text);
    this.yaml = this.#split.yaml;
    this.body = this.#split.body;
  }

  /** The parsed frontmatter; broken YAML gives an empty object, never a throw. */
  get frontmatter(): Frontmatter {
    this.#frontmatter ??= frontmatterBlock(this.#split)?.data ?? {};
    return this.#frontmatter;
  }
}

export const parseVersion = (text: string) => new ParsedVersion(text);

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

const show = (value: unknown): string =>
  isIsoDate(value) ? formatDate(value) : typeof value === 'string' ? `“${value}”` : JSON.stringify(value);

function describeStatus(collection: CollectionName, before: Frontmatter, after: Frontmatter): string {
  const from = before.status;
  const to = after.status;
  if (collection !== 'consultations') return `Status changed from ${String(from ?? 'none')} to ${String(to ?? 'none')}`;
  if (typeof to === 'string') {
    const reason = typeof after.statusReason === 'string' ? `: ${after.statusReason}` : '';
    return `${labelOf(STORED_STATUS_LABELS, to) ?? `Status set to ${to}`}${reason}`;
  }
  return from === 'paused' ? 'Resumed after a pause' : `No longer ${String(from)}`;
}

function describeDecision(before: Frontmatter, after: Frontmatter): string {
  const summary = (value: unknown) =>
    typeof value === 'object' && value !== null && typeof (value as { summary?: unknown }).summary === 'string'
      ? `: ${(value as { summary: string }).summary}`
      : '';
  if (before.decision === undefined) return `Decision recorded${summary(after.decision)}`;
  if (after.decision === undefined) return 'Decision removed';
  return `Decision updated${summary(after.decision)}`;
}

function describeField(
  collection: CollectionName,
  field: (typeof TRACKED_FIELDS)[CollectionName][number],
  before: Frontmatter,
  after: Frontmatter,
): string {
  if (field === 'status') return describeStatus(collection, before, after);
  if (field === 'decision') return describeDecision(before, after);
  const label = FIELD_LABELS[field];
  const from = before[field];
  const to = after[field];
  if (from === undefined) return `${label} set to ${show(to)}`;
  if (to === undefined) return `${label} removed (was ${show(from)})`;
  return `${label} changed from ${show(from)} to ${show(to)}`;
}

/** The tracked fields that differ, in the order of TRACKED_FIELDS. */
export function fieldChanges(collection: CollectionName, before: Frontmatter, after: Frontmatter): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const field of TRACKED_FIELDS[collection]) {
    if (same(before[field], after[field])) continue;
    const change: FieldChange = { field, description: describeField(collection, field, before, after) };
    if (before[field] !== undefined) change.from = before[field];
    if (after[field] !== undefined) change.to = after[field];
    changes.push(change);
  }
  return changes;
}

/** Everything else that changed, summarised: untracked fields by name, and the page text. */
export function otherChanges(collection: CollectionName, before: ParsedVersion, after: ParsedVersion): string[] {
  if (before.yaml === after.yaml) return before.body.trim() === after.body.trim() ? [] : ['Page text updated'];
  const tracked = new Set([...TRACKED_FIELDS[collection], 'statusReason']);
  const keys = new Set([...Object.keys(before.frontmatter), ...Object.keys(after.frontmatter)]);
  const fields = [...keys]
    .filter((key) => !tracked.has(key) && !same(before.frontmatter[key], after.frontmatter[key]))
    .sort();
  const described: string[] = [];
  if (fields.length) described.push(`Other details updated: ${fields.join(', ')}`);
  if (before.body.trim() !== after.body.trim()) described.push('Page text updated');
  return described;
}

/** The tracked fields of one version, kept per revision for the audit timeline. */
export function snapshot(collection: CollectionName, frontmatter: Frontmatter): Frontmatter {
  const picked: Frontmatter = {};
  for (const field of [...TRACKED_FIELDS[collection], 'statusReason']) {
    if (frontmatter[field] !== undefined) picked[field] = frontmatter[field];
  }
  return picked;
}
