/**
 * The audit timeline of one consultation: when it was announced, every change to it, its feedback
 * report and its documents (dates, withdrawals and pauses and their reversal, the decision, replaced
 * documents, changes to the record after it closed), who approved each change or that no approval is
 * recorded, when it opened and closed, when the feedback report and the decision were published, with
 * the days each step took against the council's standards.
 */
import { daysBetween, isIsoDate, londonDate, type IsoDate } from '../dates/calendar-date.ts';
import { consultationListing, forwardPlanNotice, hubStart } from '../git/notice.ts';
import { isLaunchReady, type LaunchPolicy } from '../launch-readiness.ts';
import { ACTIVITY_NOUNS } from '../labels.ts';
import { collectionFolder, contentFile, DOCUMENTS_PATH, publicFile, publicSitePath } from '../routes.ts';
import { isHeldToConsultationRules } from '../rules/consultation-facts.ts';
import type { Consultation } from '../schema/consultation.ts';
import type { Feedback } from '../schema/feedback.ts';
import type { ProcessSettings } from '../schema/settings.ts';
import { deriveStatus, feedbackDueDate, type DerivedStatus } from '../status.ts';
import { withArticle } from '../text/decision-trail.ts';
import { formatDate } from '../text/dates.ts';
import { daysNotice } from '../text/notice.ts';
import { plural } from '../text/plural.ts';
import { unapprovedText, type NoteApproval } from './approval-notes.ts';
import { type FileHistory, type HistoryCommit, type RepositoryHistory, type Revision } from './history.ts';

export type StepKind =
  /** The recorded decision to consult, inform or involve (decisionToConsult.decidedOn). */
  | 'decided-to-consult'
  | 'announced'
  | 'first-published'
  | 'date-changed'
  | 'status-changed'
  /** Any other change while it was forthcoming or open: text, documents listed, channels... */
  | 'details-changed'
  /** A file under public/documents/ that it links to was added, replaced, moved or removed. */
  | 'document-changed'
  /** A change to the consultation or its feedback report after it closed, other than dates, status or decision. */
  | 'record-changed'
  /** The decision changed or was removed after it was first recorded. */
  | 'decision-changed'
  | 'approved'
  /** The change reached the branch without an approved pull request: a direct push, an admin merge, or no note. */
  | 'not-approved'
  | 'opened'
  | 'closed'
  | 'feedback-published'
  | 'feedback-due'
  /** The report of what people said, given to the decision makers (findings.published). */
  | 'findings-published'
  /** A launch step of process.yaml, dated in the consultation's governance fields. */
  | 'launch-step'
  /** The meeting that takes the decision (decisionMeeting.date). */
  | 'decision-meeting'
  /** An action of the feedback report completed (status done, on its completed date). */
  | 'action-done'
  | 'decision-recorded';

export interface StepCommit {
  sha: string;
  pullRequest?: number;
  author: string;
  /** Whether the commit came through an approved pull request (its approvals note says so). */
  approved: boolean;
}

/** A step measured against a standard, e.g. 98 days' notice against at least 28. */
export interface Measure {
  days: number;
  /** The standard in days. */
  standardDays: number;
  /** `at-least`: days must reach the standard; `at-most`: days must not exceed it. */
  comparison: 'at-least' | 'at-most';
  met: boolean;
  description: string;
}

export interface TimelineStep {
  kind: StepKind;
  date: IsoDate;
  description: string;
  /** The step is still to come on `today`. */
  upcoming: boolean;
  commit?: StepCommit;
  approvals?: NoteApproval[];
  measure?: Measure;
}

export interface AuditTimeline {
  slug: string;
  title: string;
  status: DerivedStatus;
  today: IsoDate;
  historyComplete: boolean;
  /** Why the timeline may be missing steps: shallow clone, no repository, or files not yet committed. */
  notes: string[];
  steps: TimelineStep[];
}

export interface AuditInput {
  slug: string;
  consultation: Consultation;
  feedback?: { slug: string; data: Feedback };
  history: RepositoryHistory;
  process: Pick<ProcessSettings, 'forwardPlanNoticeDays' | 'feedbackWithinWeeks' | 'standardWeeks'> & LaunchPolicy;
  today: IsoDate;
}

const ORDER: StepKind[] = [
  'decided-to-consult',
  'launch-step',
  'first-published',
  'announced',
  'approved',
  'not-approved',
  'date-changed',
  'status-changed',
  'details-changed',
  'document-changed',
  'record-changed',
  'decision-changed',
  'opened',
  'closed',
  'feedback-published',
  'feedback-due',
  'findings-published',
  'decision-meeting',
  'decision-recorded',
  'action-done',
];

const stepCommit = (commit: HistoryCommit): StepCommit => ({
  sha: commit.sha,
  author: commit.author,
  approved: commit.approval.approved,
  ...(commit.pullRequest !== undefined ? { pullRequest: commit.pullRequest } : {}),
});

const inDays = (days: number) => plural(days, 'day');

/** "12 days after it closed (standard: within 84 days)"; `amount` words the days ("98 days' notice"). */
function measure(
  days: number,
  standardDays: number,
  comparison: Measure['comparison'],
  what: string,
  amount = inDays,
): Measure {
  const met = comparison === 'at-least' ? days >= standardDays : days <= standardDays;
  const standard = `${comparison === 'at-least' ? 'at least' : 'within'} ${inDays(standardDays)}`;
  return { days, standardDays, comparison, met, description: `${amount(days)} ${what} (standard: ${standard})` };
}

export function auditTimeline(input: AuditInput): AuditTimeline {
  const { slug, consultation, feedback, history, process, today } = input;
  const file = history.files.get(contentFile('consultations', slug));
  const feedbackFile = feedback ? history.files.get(contentFile('feedback', feedback.slug)) : undefined;
  const steps: TimelineStep[] = [];
  const notes: string[] = [];
  if (!history.complete) notes.push(`History is incomplete: ${history.reason ?? 'reason unknown'}.`);
  if (!file && history.files.size > 0)
    notes.push(`${contentFile('consultations', slug)} is not in the repository history yet (not committed).`);

  if (file)
    steps.push(
      ...publicationSteps(file, consultation, process.forwardPlanNoticeDays, history.firstConsultationDate, today),
    );
  if (file) steps.push(...changeSteps(file, consultation.closes));
  if (feedbackFile) steps.push(...feedbackChangeSteps(feedbackFile));
  const documents = file ? documentChanges(history, file, consultation) : [];
  steps.push(...documents.map(({ step }) => step));
  // Every commit that touched the consultation, its report or its documents: who approved it, or that nobody did.
  const commits = new Map<string, HistoryCommit>();
  for (const revision of [...(file?.revisions ?? []), ...(feedbackFile?.revisions ?? [])])
    commits.set(revision.commit.sha, revision.commit);
  for (const { commit } of documents) commits.set(commit.sha, commit);
  for (const commit of commits.values()) {
    const step = approvalStep(commit);
    if (step) steps.push(step);
  }

  const status = deriveStatus(consultation, feedback !== undefined, today, isLaunchReady(consultation, process));
  steps.push({
    kind: 'opened',
    date: consultation.opens,
    upcoming: today < consultation.opens,
    description: today < consultation.opens ? 'Due to open for responses' : 'Opened for responses',
  });
  const durationDays = daysBetween(consultation.opens, consultation.closes);
  const closed: TimelineStep = {
    kind: 'closed',
    date: consultation.closes,
    upcoming: today <= consultation.closes,
    description: today <= consultation.closes ? 'Due to close' : 'Closed',
  };
  if (consultation.activity === 'consultation') {
    closed.measure = measure(
      durationDays,
      process.standardWeeks[consultation.significance] * 7,
      'at-least',
      `open for responses, ${consultation.significance} significance`,
    );
  }
  steps.push(closed);

  steps.push(
    feedbackStep(
      consultation,
      feedback,
      feedbackFile,
      process.feedbackWithinWeeks,
      today,
      history.firstConsultationDate,
    ),
  );
  steps.push(...decisionSteps(file, feedbackFile, consultation, feedback?.data, history.firstConsultationDate));
  steps.push(...decisionTrailSteps(consultation, feedback?.data, process.launchSteps ?? [], today));

  steps.sort((a, b) => a.date.localeCompare(b.date) || ORDER.indexOf(a.kind) - ORDER.indexOf(b.kind));
  return { slug, title: consultation.title, status, today, historyComplete: history.complete, notes, steps };
}

/**
 * The steps of the decision trail the consultation and its feedback report record in their own fields, no history
 * needed: the decision to consult, each launch step dated in its governance fields, the findings, the decision
 * meeting and each action completed.
 */
function decisionTrailSteps(
  consultation: Consultation,
  feedback: Feedback | undefined,
  launchSteps: NonNullable<LaunchPolicy['launchSteps']>,
  today: IsoDate,
): TimelineStep[] {
  const { decisionToConsult, findings, decisionMeeting } = consultation;
  const steps: TimelineStep[] = [];
  for (const step of launchSteps) {
    // A name field (who quality-assured or authorised it) has no date of its own: its date field is a step.
    const date = consultation.governance[step.field];
    if (date !== undefined && isIsoDate(date))
      steps.push({ kind: 'launch-step', date, upcoming: today < date, description: step.label });
  }
  for (const action of feedback?.actions ?? []) {
    if (action.status === 'done' && action.completed)
      steps.push({
        kind: 'action-done',
        date: action.completed,
        upcoming: today < action.completed,
        description: `Action done: ${action.action}`,
      });
  }
  if (decisionToConsult) {
    steps.push({
      kind: 'decided-to-consult',
      date: decisionToConsult.decidedOn,
      upcoming: false,
      description: `${decisionToConsult.decidedBy} decided to run it as ${withArticle(ACTIVITY_NOUNS[consultation.activity])}: ${decisionToConsult.reason}`,
    });
  }
  if (findings) {
    steps.push({
      kind: 'findings-published',
      date: findings.published,
      upcoming: today < findings.published,
      description: 'Findings published and given to the decision makers',
    });
  }
  if (decisionMeeting) {
    const upcoming = today < decisionMeeting.date;
    steps.push({
      kind: 'decision-meeting',
      date: decisionMeeting.date,
      upcoming,
      description: `${upcoming ? 'Due to be decided' : 'Decided'} at ${decisionMeeting.body}`,
    });
  }
  return steps;
}

/**
 * When it was first published and when announced (first listed as forthcoming), and for a consultation held to
 * the forward plan whether that gave the notice: judged as the forward-plan rule judges it (src/lib/git/notice.ts),
 * so the audit says "does not meet the standard" exactly when the check fails it. Notice counts to the final
 * opening date.
 */
function publicationSteps(
  file: FileHistory,
  consultation: Consultation,
  noticeDays: number,
  firstConsultationDate: IsoDate | undefined,
  today: IsoDate,
): TimelineStep[] {
  if (file.truncated) return [];
  const first = file.revisions[0]!;
  const listing = consultationListing(
    file.revisions.filter((revision) => revision.kind !== 'deleted'),
    (revision) => revision.commit.date,
    (revision) => revision.fields.opens,
  );
  const announced = listing?.firstForthcoming;
  const began = hubStart(firstConsultationDate, today);
  const mark = (revision: Revision) => ({ commit: revision.commit.sha, date: revision.commit.date });
  const verdict = isHeldToConsultationRules(consultation)
    ? forwardPlanNotice({
        listing: listing && {
          firstSeen: mark(listing.firstSeen),
          ...(announced ? { firstForthcoming: mark(announced) } : {}),
        },
        opens: consultation.opens,
        noticeDays,
        hubStart: began,
        today,
      })
    : undefined;
  /** The step that gave the notice (or would have): the measure against the standard, or why there is none. */
  const withNotice = (step: TimelineStep): TimelineStep => {
    if (verdict?.kind === 'listed' || verdict?.kind === 'not-listed')
      step.measure = noticeMeasure(verdict.days, noticeDays, verdict.met);
    else if (verdict?.kind === 'before-hub')
      step.description += `; the forward plan's notice does not apply: ${beforeHub(consultation.opens, began, noticeDays)}`;
    return step;
  };
  const judged = verdict?.kind === 'listed' || verdict?.kind === 'not-listed';
  if (!judged && first.commit.date === firstConsultationDate && first.commit.date >= consultation.opens) {
    return [
      {
        kind: 'first-published',
        date: first.commit.date,
        upcoming: false,
        description: 'Added when the archive began: when it was announced is not in this history',
        commit: stepCommit(first.commit),
      },
    ];
  }
  if (announced === first) {
    return [
      withNotice({
        kind: 'announced',
        date: first.commit.date,
        upcoming: false,
        description: 'Announced as forthcoming',
        commit: stepCommit(first.commit),
      }),
    ];
  }
  const published: TimelineStep = {
    kind: 'first-published',
    date: first.commit.date,
    upcoming: false,
    description: 'First published',
    commit: stepCommit(first.commit),
  };
  if (!announced) {
    published.description = 'First published, already open: not announced in advance';
    return [withNotice(published)];
  }
  return [
    published,
    withNotice({
      kind: 'announced',
      date: announced.commit.date,
      upcoming: false,
      description: 'Listed as forthcoming',
      commit: stepCommit(announced.commit),
    }),
  ];
}

/** "98 days' notice before it opened (standard: at least 28 days' notice)", met as the notice judgement says. */
function noticeMeasure(days: number, noticeDays: number, met: boolean): Measure {
  const result = { ...measure(days, noticeDays, 'at-least', 'before it opened', daysNotice), met };
  if (days < 0)
    result.description = `published ${plural(-days, 'day')} after it opened (standard: at least ${daysNotice(noticeDays)})`;
  return result;
}

/** Why a consultation that opened too soon after the hub began is not held to the forward plan's notice. */
function beforeHub(opens: IsoDate, began: IsoDate, noticeDays: number): string {
  const days = daysBetween(began, opens);
  if (days < 0) return `it opened before the hub began on ${formatDate(began)}`;
  if (days === 0) return `it opened on the day the hub began, ${formatDate(began)}`;
  return `it opened ${plural(days, 'day')} after the hub began on ${formatDate(began)}, too soon for ${daysNotice(noticeDays)}`;
}

const approverList = (approvals: readonly NoteApproval[]) =>
  approvals.map((approval) => (approval.role ? `${approval.login} (${approval.role})` : approval.login)).join(', ');

/** Who approved the commit; or, when it did not come through an approved pull request, "No approval recorded". */
function approvalStep(commit: HistoryCommit): TimelineStep | undefined {
  const what = commit.pullRequest !== undefined ? `Pull request #${commit.pullRequest}` : 'Change';
  if (!commit.approval.approved) {
    const partly = commit.approvals.length ? ` (approved only by ${approverList(commit.approvals)})` : '';
    return {
      kind: 'not-approved',
      date: commit.date,
      upcoming: false,
      description: `${unapprovedText(commit.approval)}: ${commit.title}${partly}`,
      commit: stepCommit(commit),
      ...(commit.approvals.length ? { approvals: commit.approvals } : {}),
    };
  }
  if (commit.approvals.length === 0) return undefined;
  const last = commit.approvals
    .map((approval) => approval.submittedAt)
    .filter((at): at is string => Boolean(at))
    .sort()
    .at(-1);
  return {
    kind: 'approved',
    date: last ? londonDate(new Date(last)) : commit.date,
    upcoming: false,
    description: `${what} approved by ${approverList(commit.approvals)}: ${commit.title}`,
    commit: stepCommit(commit),
    approvals: commit.approvals,
  };
}

/** Fields with steps of their own; the decision's are in decisionSteps, across both files. */
const DATE_FIELDS = new Set(['opens', 'closes']);
const OWN_STEP_FIELDS = new Set(['opens', 'closes', 'status', 'decision']);

/** Dates, status, and every other change to the consultation after it was first published. */
function changeSteps(file: FileHistory, closes: IsoDate): TimelineStep[] {
  return file.revisions.slice(file.truncated ? 0 : 1).flatMap((revision) => {
    const commit = stepCommit(revision.commit);
    const own = revision.changes.filter((change) => OWN_STEP_FIELDS.has(change.field));
    const steps = own
      .filter((change) => change.field !== 'decision')
      .map((change): TimelineStep => ({
        kind: DATE_FIELDS.has(change.field) ? 'date-changed' : 'status-changed',
        date: revision.commit.date,
        upcoming: false,
        description: change.description,
        commit,
      }));
    const handled = new Set(own.map((change) => change.description));
    const rest = revision.descriptions.filter((description) => !handled.has(description));
    if (rest.length) {
      const afterClosing = revision.commit.date > closes;
      steps.push({
        kind: afterClosing ? 'record-changed' : 'details-changed',
        date: revision.commit.date,
        upcoming: false,
        description: `${afterClosing ? 'Changed after it closed: ' : ''}${rest.join('. ')}`,
        commit,
      });
    }
    return steps;
  });
}

/** A published report is a record: any later change to it, other than its decision, is a record change. */
function feedbackChangeSteps(file: FileHistory): TimelineStep[] {
  return file.revisions.slice(file.truncated ? 0 : 1).flatMap((revision): TimelineStep[] => {
    const decision = revision.changes.find((change) => change.field === 'decision')?.description;
    const rest = revision.descriptions.filter((description) => description !== decision);
    if (!rest.length) return [];
    return [
      {
        kind: 'record-changed',
        date: revision.commit.date,
        upcoming: false,
        description: `Feedback report changed: ${rest.join('. ')}`,
        commit: stepCommit(revision.commit),
      },
    ];
  });
}

/** The files under public/documents/ the consultation links to now, with the name a reader knows them by. */
function linkedDocuments(consultation: Consultation): Map<string, string> {
  const links: [string | undefined, string][] = [
    ...consultation.documents.map((document): [string, string] => [document.href, document.title]),
    [consultation.equalityImpact?.href, 'Equality impact assessment'],
    [consultation.decision?.href, 'Decision notice'],
  ];
  const documents = new Map<string, string>();
  for (const [href, title] of links) {
    if (href?.startsWith(DOCUMENTS_PATH))
      documents.set(publicFile(decodeURIComponent(href.replace(/[#?].*$/, ''))), title);
  }
  return documents;
}

const DOCUMENT_WORDS = {
  added: 'Document added',
  modified: 'Document replaced',
  renamed: 'Document moved',
  deleted: 'Document removed',
} as const;

/** Changes to linked documents after the consultation was first published (a document published with it is part of that step). */
function documentChanges(
  history: RepositoryHistory,
  file: FileHistory,
  consultation: Consultation,
): { step: TimelineStep; commit: HistoryCommit }[] {
  const published = file.truncated ? undefined : file.revisions[0]!.commit;
  const changes: { step: TimelineStep; commit: HistoryCommit }[] = [];
  for (const [documentPath, title] of linkedDocuments(consultation)) {
    for (const revision of history.documents.get(documentPath) ?? []) {
      const { commit } = revision;
      if (
        published &&
        (commit.sha === published.sha || Date.parse(commit.committedAt) < Date.parse(published.committedAt))
      )
        continue;
      const moved = revision.previousPath ? ` from ${publicSitePath(revision.previousPath)}` : '';
      changes.push({
        step: {
          kind: 'document-changed',
          date: commit.date,
          upcoming: false,
          description: `${DOCUMENT_WORDS[revision.kind]}: ${title} (${publicSitePath(documentPath)})${moved}`,
          commit: stepCommit(commit),
        },
        commit,
      });
    }
  }
  return changes;
}

function feedbackStep(
  consultation: Consultation,
  feedback: AuditInput['feedback'],
  feedbackFile: FileHistory | undefined,
  withinWeeks: number,
  today: IsoDate,
  importDate: IsoDate | undefined,
): TimelineStep {
  const due = feedbackDueDate(consultation.closes, withinWeeks);
  const firstCommit = feedbackFile && !feedbackFile.truncated ? feedbackFile.revisions[0]!.commit : undefined;
  if (feedback) {
    // A report that came in with the archive was published when it says it was.
    const imported = firstCommit?.date === importDate && feedback.data.published < (firstCommit?.date ?? '');
    const date = imported ? feedback.data.published : (firstCommit?.date ?? feedback.data.published);
    const step: TimelineStep = {
      kind: 'feedback-published',
      date,
      upcoming: false,
      description: `Feedback report published${date === feedback.data.published ? '' : ` (dated ${formatDate(feedback.data.published)})`}`,
      measure: measure(daysBetween(consultation.closes, date), withinWeeks * 7, 'at-most', 'after it closed'),
    };
    if (firstCommit) step.commit = stepCommit(firstCommit);
    return step;
  }
  const overdue = today > due;
  const step: TimelineStep = {
    kind: 'feedback-due',
    date: due,
    upcoming: !overdue,
    description: overdue
      ? `Feedback report overdue by ${plural(daysBetween(due, today), 'day')}`
      : 'Feedback report due',
  };
  if (overdue)
    step.measure = measure(
      daysBetween(consultation.closes, today),
      withinWeeks * 7,
      'at-most',
      'since it closed, no report yet',
    );
  return step;
}

/** A decision as a past version wrote it, when it has the fields a decision needs. */
function decisionOf(value: unknown): { date: IsoDate; by: string; summary: string } | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { date, by, summary } = value as Record<string, unknown>;
  return isIsoDate(date) && typeof by === 'string' && typeof summary === 'string' ? { date, by, summary } : undefined;
}

/** The same value whatever order its keys were written in. */
const canonical = (value: unknown): string =>
  JSON.stringify(value, (_key, inner: unknown) =>
    typeof inner === 'object' && inner !== null && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => a.localeCompare(b)))
      : inner,
  ) ?? 'none';

/**
 * The first main-line version, of the consultation or its feedback report, that carried the decision;
 * then every later version of either that changed or removed it (the same decision copied to the other
 * file is not a change).
 */
function decisionSteps(
  file: FileHistory | undefined,
  feedbackFile: FileHistory | undefined,
  consultation: Consultation,
  feedback: Feedback | undefined,
  importDate: IsoDate | undefined,
): TimelineStep[] {
  const events = [...(file?.revisions ?? []), ...(feedbackFile?.revisions ?? [])]
    .filter(
      (revision) =>
        (revision.kind !== 'deleted' && revision.changes.some((change) => change.field === 'decision')) ||
        (revision.kind === 'added' && revision.fields.decision !== undefined),
    )
    .sort((a, b) => Date.parse(a.commit.committedAt) - Date.parse(b.commit.committedAt));
  const steps: TimelineStep[] = [];
  const recordedIndex = events.findIndex((revision) => revision.fields.decision !== undefined);
  const recorded = events[recordedIndex];
  // As it was first recorded; a later change has a step of its own.
  const decision = decisionOf(recorded?.fields.decision) ?? consultation.decision ?? feedback?.decision;
  if (decision) {
    const imported = recorded?.commit.date === importDate && decision.date < (recorded?.commit.date ?? '');
    const step: TimelineStep = {
      kind: 'decision-recorded',
      date: recorded && !imported ? recorded.commit.date : decision.date,
      upcoming: false,
      description: `Decision recorded: ${decision.summary} (decided by ${decision.by} on ${formatDate(decision.date)})`,
    };
    if (recorded) step.commit = stepCommit(recorded.commit);
    steps.push(step);
  }
  if (!recorded) return steps;
  let current = canonical(recorded.fields.decision);
  for (const revision of events.slice(recordedIndex + 1)) {
    const value = canonical(revision.fields.decision);
    if (value === current) continue;
    current = value;
    const changed = decisionOf(revision.fields.decision);
    const where = revision.path.startsWith(collectionFolder('feedback')) ? ' in the feedback report' : '';
    steps.push({
      kind: 'decision-changed',
      date: revision.commit.date,
      upcoming: false,
      description: changed
        ? `Decision changed${where}: ${changed.summary} (decided by ${changed.by} on ${formatDate(changed.date)})`
        : `Decision removed${where}`,
      commit: stepCommit(revision.commit),
    });
  }
  return steps;
}
