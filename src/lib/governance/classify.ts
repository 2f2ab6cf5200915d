/**
 * What kinds of change a pull request makes, found by comparing each changed file's content at the base
 * and head commits. Every path makes at least one kind (src/lib/governance/paths.ts says which it can
 * make), one file can make several (a withdrawal that also records a decision), and content that cannot
 * be read makes every kind its folder allows. Status is derived with an explicit today, so the same PR
 * classifies the same way in tests and in CI on a given day.
 */
import { z } from 'zod';
import type { IsoDate } from '../dates/calendar-date.ts';
import { isSameData } from '../content/same-data.ts';
import { frontmatterData, splitFrontmatter } from '../content/source.ts';
import { CHANGE_KINDS, isoDate, slug, STORED_STATUSES, STRATEGY_STATUSES, type ChangeKind } from '../schema/index.ts';
import { isLaunchReady } from '../launch-readiness.ts';
import { consultationSchema } from '../schema/consultation.ts';
import { deriveStatus, periodStatus, type DerivedStatus, type PeriodStatus } from '../status.ts';
import { areaOf, type Area } from './paths.ts';

/**
 * A file the PR touches. Where its content decides the kind (see `readsContent`), `base` is absent for an
 * added file and `head` for a removed one; elsewhere the content is not read and `status` says which.
 */
export interface ChangedFile {
  path: string;
  /** Where the base version was, for a renamed file. */
  previousPath?: string;
  status?: 'added' | 'removed' | 'modified';
  base?: string;
  head?: string;
}

export interface ChangeReason {
  path: string;
  kind: ChangeKind;
  why: string;
  /**
   * For a consultation led by another organisation (its `organisation` field), that organisation: the change
   * needs its approvers (governance.yaml `organisations`). Absent for the hub's own.
   */
  organisation?: string;
}

export interface Classification {
  /** The kinds found, in CHANGE_KINDS order. */
  kinds: ChangeKind[];
  /** One line per kind per file, saying why. */
  reasons: ChangeReason[];
}

type Found = Omit<ChangeReason, 'path'>;
type Fields = Record<string, unknown>;

interface Version {
  fields: Fields;
  body: string;
}

/** Frontmatter through the one content reader; the body compared as written. */
function readVersion(text: string): Version | undefined {
  const fields = frontmatterData(text);
  return fields && { fields, body: splitFrontmatter(text).body };
}

/** The parts of a file that differ, other than `own` (the fields another kind already accounts for). */
function otherChanges(base: Version, head: Version, own: readonly string[]): string[] {
  const keys = [...new Set([...Object.keys(base.fields), ...Object.keys(head.fields)])].filter(
    (key) => !own.includes(key),
  );
  const fields = keys.filter((key) => !isSameData(base.fields[key], head.fields[key]));
  return base.body === head.body ? fields : [...fields, 'body'];
}

function describeParts(parts: readonly string[]): string {
  return parts.length ? parts.join(', ') : 'no visible difference (layout or file mode only)';
}

function decisionChange(base: Fields | undefined, head: Fields): Found[] {
  if (isSameData(base?.decision, head.decision)) return [];
  const why =
    base?.decision === undefined
      ? 'decision recorded'
      : head.decision === undefined
        ? 'decision removed'
        : 'decision changed';
  return [{ kind: 'decision-recorded', why }];
}

/** Every kind the folder allows: content that cannot be read cannot be shown to be a smaller change. */
function strictest(area: Area, reason: string, removed = false): Found[] {
  const kinds = area.kinds.filter((kind) => removed || kind !== 'content-removed');
  return kinds.map((kind) => ({ kind, why: `${reason}, so treated as every kind of change made in ${area.folder}` }));
}

// Consultations ---------------------------------------------------------------------------------------

/*
 * Only the fields that decide the kind are validated, and unknown fields are allowed: a PR that fixes an
 * unrelated field must not change how it is classified, and the schema rule reports invalid content anyway.
 */
const consultationDates = z.object({ opens: isoDate(), closes: isoDate(), status: z.enum(STORED_STATUSES).optional() });

/** The fields the opening, announcement, withdrawal and decision kinds account for. */
const CONSULTATION_OWN_FIELDS = ['opens', 'closes', 'status', 'statusReason', 'decision'];
const LIVE: ReadonlySet<DerivedStatus> = new Set(['open', 'forthcoming']);

interface Consultation extends Version {
  opens: IsoDate;
  closes: IsoDate;
  stored?: (typeof STORED_STATUSES)[number];
  /**
   * What the site shows today, "Opening delayed" included: a change that makes a held-back consultation
   * launch-ready opens it. Whether a feedback report exists does not decide a kind, so it is not asked.
   */
  status: DerivedStatus;
  /** What the dates alone say: a live consultation (open or forthcoming) or a record of one that has closed. */
  byDates: PeriodStatus;
}

/**
 * Launch readiness needs the whole consultation. One that does not match the schema cannot be judged, so it
 * is taken as ready: in its dates it then counts as opening, the kind that needs the most approval.
 */
function launchReady(fields: Record<string, unknown>): boolean {
  const parsed = consultationSchema.safeParse(fields);
  return !parsed.success || isLaunchReady(parsed.data);
}

function readConsultation(text: string, today: IsoDate): Consultation | undefined {
  const version = readVersion(text);
  const parsed = consultationDates.safeParse(version?.fields);
  if (!version || !parsed.success) return undefined;
  const { opens, closes, status: stored } = parsed.data;
  const status = deriveStatus(parsed.data, false, today, launchReady(version.fields));
  const consultation: Consultation = {
    ...version,
    opens,
    closes,
    status,
    byDates: periodStatus({ opens, closes }, false, today),
  };
  if (stored) consultation.stored = stored;
  return consultation;
}

function addedConsultation(head: Consultation, today: IsoDate): Found[] {
  const found: Found[] = [];
  if (head.stored) found.push({ kind: 'consultation-withdrawn', why: `added already ${head.stored}` });
  if (head.status === 'open') {
    found.push({ kind: 'consultation-opens', why: `open on ${today} (was not listed)` });
  } else if (head.status === 'forthcoming') {
    found.push({ kind: 'consultation-announced', why: `newly forthcoming, opens ${head.opens} (was not listed)` });
  } else if (head.byDates === 'closed') {
    found.push({
      kind: 'record-changed',
      why: `added after it closed on ${head.closes}: a record of a past consultation`,
    });
  }
  return [...found, ...decisionChange(undefined, head.fields)];
}

function withdrawal(base: Consultation, head: Consultation, today: IsoDate): Found[] {
  if (base.stored !== head.stored) {
    const why = head.stored
      ? `${head.stored}, was ${base.status}`
      : `no longer ${base.stored}: ${head.status} on ${today}`;
    return [{ kind: 'consultation-withdrawn', why }];
  }
  if (head.stored && !isSameData(base.fields.statusReason, head.fields.statusReason)) {
    return [{ kind: 'consultation-withdrawn', why: `the reason it is ${head.stored} changed` }];
  }
  return [];
}

function openingAndDates(base: Consultation, head: Consultation, today: IsoDate): Found[] {
  if (head.status === 'open' && base.status !== 'open')
    return [{ kind: 'consultation-opens', why: `open on ${today} (was ${base.status})` }];
  if (head.status === 'forthcoming' && base.status !== 'forthcoming') {
    return [{ kind: 'consultation-announced', why: `newly forthcoming, opens ${head.opens} (was ${base.status})` }];
  }
  if (base.opens === head.opens && base.closes === head.closes) return [];
  const moved = `from ${base.opens} – ${base.closes} to ${head.opens} – ${head.closes}`;
  // Moving the dates of a live consultation (closing it early included) sets when people can respond.
  if (LIVE.has(base.byDates) || LIVE.has(head.byDates)) {
    return [{ kind: 'consultation-opens', why: `${base.status} consultation's dates changed ${moved}` }];
  }
  return [{ kind: 'record-changed', why: `dates of a consultation that had closed changed ${moved}` }];
}

function classifyConsultation(area: Area, file: ChangedFile & { head: string }, today: IsoDate): Found[] {
  const head = readConsultation(file.head, today);
  if (!head) return strictest(area, 'its frontmatter or its opening and closing dates could not be read');
  if (file.base === undefined) return addedConsultation(head, today);
  const base = readConsultation(file.base, today);
  if (!base) return strictest(area, 'the version on the base branch could not be read');
  const found = [
    ...withdrawal(base, head, today),
    ...openingAndDates(base, head, today),
    ...decisionChange(base.fields, head.fields),
  ];
  const others = otherChanges(base, head, CONSULTATION_OWN_FIELDS);
  if (others.length || !found.length) {
    found.push(
      LIVE.has(head.byDates)
        ? { kind: 'consultation-changed', why: `${head.status} consultation edited: ${describeParts(others)}` }
        : {
            kind: 'record-changed',
            why: `consultation that closed on ${head.closes} changed after the fact: ${describeParts(others)}`,
          },
    );
  }
  return found;
}

// Feedback reports, strategies and standards ----------------------------------------------------------------

function classifyFeedback(area: Area, file: ChangedFile & { head: string }): Found[] {
  const head = readVersion(file.head);
  if (!head) return strictest(area, 'its frontmatter could not be read');
  if (file.base === undefined) {
    return [{ kind: 'feedback-published', why: 'feedback report added' }, ...decisionChange(undefined, head.fields)];
  }
  const base = readVersion(file.base);
  if (!base) return strictest(area, 'the version on the base branch could not be read');
  const found = decisionChange(base.fields, head.fields);
  const others = otherChanges(base, head, ['decision']);
  if (others.length || !found.length) {
    found.push({ kind: 'record-changed', why: `published feedback report changed: ${describeParts(others)}` });
  }
  return found;
}

const strategyStatus = z.object({ status: z.enum(STRATEGY_STATUSES) });

function classifyStrategy(area: Area, file: ChangedFile & { head: string }): Found[] {
  const head = strategyStatus.safeParse(frontmatterData(file.head));
  if (!head.success) return strictest(area, 'its status could not be read');
  const base = file.base === undefined ? undefined : strategyStatus.safeParse(frontmatterData(file.base));
  if (base && !base.success) return strictest(area, 'the version on the base branch could not be read');
  const was = base?.data?.status;
  const now = head.data.status;
  const found = (kind: ChangeKind, why: string): Found[] => [{ kind, why }];
  if (now === 'adopted')
    return found(
      'strategy-adopted',
      was === 'adopted' ? 'adopted strategy changed' : `strategy adopted (was ${was ?? 'not listed'})`,
    );
  if (was === 'adopted') return found('strategy-adopted', `adopted strategy made ${now}`);
  if (now === 'superseded')
    return found(
      'record-changed',
      was === undefined ? 'strategy added as superseded' : `superseded strategy changed (was ${was})`,
    );
  return found('strategy-drafted', was === undefined ? 'draft strategy added' : `draft strategy changed (was ${was})`);
}

// Every path --------------------------------------------------------------------------------------------

const PAGE_FILE = /^[^/]+\.mdx$/;

function verb(file: ChangedFile, renamedTo?: string): string {
  if (renamedTo) return `renamed to ${renamedTo}`;
  const status = file.status ?? (file.base === undefined ? 'added' : file.head === undefined ? 'removed' : 'modified');
  return status === 'modified' ? 'changed' : status;
}

function classifyPage(area: Area, file: ChangedFile, today: IsoDate, renamedTo?: string): Found[] {
  if (!PAGE_FILE.test(file.path.slice(area.folder.length))) {
    return strictest(area, `not a page file (${area.folder}<slug>.mdx) but inside that folder`, true);
  }
  if (file.head === undefined) {
    const why = renamedTo
      ? `renamed to ${renamedTo}: its address changes and links to it break (slugs never change once published)`
      : 'deleted: its page and its record disappear from the site (withdraw it instead, unless it must go)';
    return [{ kind: 'content-removed', why }];
  }
  const page = { ...file, head: file.head };
  switch (area.name) {
    case 'consultations':
      return classifyConsultation(area, page, today);
    case 'feedback':
      return classifyFeedback(area, page);
    case 'strategies':
      return classifyStrategy(area, page);
    default:
      return [{ kind: 'standard-changed', why: `standard ${verb(file)}` }];
  }
}

function classifyPath(file: ChangedFile, today: IsoDate, renamedTo?: string): ChangeReason[] {
  const area = areaOf(file.path);
  const found: Found[] = (() => {
    switch (area.name) {
      case 'code':
        return [{ kind: 'code-changed', why: `code or configuration ${verb(file, renamedTo)}` }];
      case 'documents':
        return [{ kind: 'documents-changed', why: `published document ${verb(file, renamedTo)}` }];
      case 'settings':
        return [{ kind: 'settings-changed', why: `settings file ${verb(file, renamedTo)}` }];
      case 'content':
        return [
          {
            kind: 'settings-changed',
            why: `file under content/ ${verb(file, renamedTo)}: not a page, so held like settings`,
          },
        ];
      default:
        return classifyPage(area, file, today, renamedTo);
    }
  })();
  const leads = area.name === 'consultations' ? leadOrganisations(file) : [undefined];
  return found.flatMap((reason) =>
    leads.map((organisation) => ({ path: file.path, ...reason, ...(organisation ? { organisation } : {}) })),
  );
}

const leadField = z.object({ organisation: slug().optional() });

/**
 * Whose approvers a change to a consultation needs: the lead before and after it (undefined for the hub's own).
 * Both, so a pull request cannot move a consultation to another organisation to be approved by its people alone.
 * A lead that cannot be read is the hub's own: its approvers are needed.
 */
function leadOrganisations(file: ChangedFile): (string | undefined)[] {
  const lead = (text: string | undefined) =>
    text === undefined ? undefined : leadField.safeParse(frontmatterData(text) ?? {}).data?.organisation;
  const versions = [file.base, file.head].filter((text) => text !== undefined);
  const leads = new Set(versions.map(lead));
  // Content that could not be read (a whole folder's kinds) has no lead to read: the hub's own approvers judge it.
  if (versions.length === 0 || versions.some((text) => leadField.safeParse(frontmatterData(text) ?? {}).error))
    leads.add(undefined);
  return [...leads];
}

/** Whether the kinds a change to this path makes depend on the file's content (so both versions are read). */
export function readsContent(path: string): boolean {
  return ['consultations', 'feedback', 'strategies', 'standards'].includes(areaOf(path).name);
}

/** The kinds one file makes; a rename is the removal of the old path and the addition of the new one. */
export function classifyFile(file: ChangedFile, today: IsoDate): ChangeReason[] {
  if (file.previousPath === undefined || file.previousPath === file.path) return classifyPath(file, today);
  const removed: ChangedFile = { path: file.previousPath, status: 'removed' };
  if (file.base !== undefined) removed.base = file.base;
  const added: ChangedFile = { path: file.path, status: 'added' };
  if (file.head !== undefined) added.head = file.head;
  return [...classifyPath(removed, today, file.path), ...classifyPath(added, today)];
}

export function classifyChanges(files: readonly ChangedFile[], today: IsoDate): Classification {
  const reasons = files.flatMap((file) => classifyFile(file, today));
  const found = new Set(reasons.map((reason) => reason.kind));
  return { kinds: CHANGE_KINDS.filter((kind) => found.has(kind)), reasons };
}
