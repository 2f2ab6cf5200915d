/**
 * The audit timeline of one consultation: when it was announced, each date or status change, who
 * approved what, when it opened and closed, when the feedback report and the decision were published,
 * with the days each step took against the council's standards.
 */
import { daysBetween, formatDate, londonDate, type IsoDate } from '../dates/calendar-date.ts';
import { isLaunchReady } from '../launch-readiness.ts';
import type { Consultation } from '../schema/consultation.ts';
import type { Feedback } from '../schema/feedback.ts';
import type { ProcessSettings } from '../schema/settings.ts';
import { deriveStatus, feedbackDueDate, type DerivedStatus } from '../status.ts';
import type { NoteApproval } from './approval-notes.ts';
import type { FileHistory, HistoryCommit, RepositoryHistory, Revision } from './history.ts';

export type StepKind =
  | 'announced'
  | 'first-published'
  | 'date-changed'
  | 'status-changed'
  | 'approved'
  | 'opened'
  | 'closed'
  | 'feedback-published'
  | 'feedback-due'
  | 'decision-recorded';

export interface StepCommit {
  sha: string;
  pullRequest?: number;
  author: string;
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
  process: Pick<ProcessSettings, 'forwardPlanNoticeDays' | 'feedbackWithinWeeks' | 'standardWeeks'>;
  today: IsoDate;
}

const ORDER: StepKind[] = ['first-published', 'announced', 'approved', 'date-changed', 'status-changed', 'opened', 'closed', 'feedback-published', 'feedback-due', 'decision-recorded'];

const stepCommit = (commit: HistoryCommit): StepCommit => ({
  sha: commit.sha,
  author: commit.author,
  ...(commit.pullRequest !== undefined ? { pullRequest: commit.pullRequest } : {}),
});

const plural = (n: number, unit: string) => `${n} ${unit}${Math.abs(n) === 1 ? '' : 's'}`;

function measure(days: number, standardDays: number, comparison: Measure['comparison'], what: string): Measure {
  const met = comparison === 'at-least' ? days >= standardDays : days <= standardDays;
  const standard = comparison === 'at-least' ? `at least ${plural(standardDays, 'day')}` : `within ${plural(standardDays, 'day')}`;
  return { days, standardDays, comparison, met, description: `${plural(days, 'day')} ${what} (standard: ${standard})` };
}

export function auditTimeline(input: AuditInput): AuditTimeline {
  const { slug, consultation, feedback, history, process, today } = input;
  const file = history.files.get(`content/consultations/${slug}.mdx`);
  const feedbackFile = feedback ? history.files.get(`content/feedback/${feedback.slug}.mdx`) : undefined;
  const steps: TimelineStep[] = [];
  const notes: string[] = [];
  if (!history.complete) notes.push(`History is incomplete: ${history.reason ?? 'reason unknown'}.`);
  if (!file && history.files.size > 0) notes.push(`content/consultations/${slug}.mdx is not in the repository history yet (not committed).`);

  if (file) steps.push(...publicationSteps(file, consultation, process.forwardPlanNoticeDays, history.firstContentDate));
  for (const revision of [...(file?.revisions ?? []), ...(feedbackFile?.revisions ?? [])]) {
    if (revision.commit.approvals.length) steps.push(approvalStep(revision));
  }
  if (file) steps.push(...changeSteps(file));

  const status = deriveStatus(consultation, feedback !== undefined, today, isLaunchReady(consultation));
  steps.push({ kind: 'opened', date: consultation.opens, upcoming: today < consultation.opens, description: today < consultation.opens ? 'Due to open for responses' : 'Opened for responses' });
  const durationDays = daysBetween(consultation.opens, consultation.closes);
  const closed: TimelineStep = {
    kind: 'closed',
    date: consultation.closes,
    upcoming: today <= consultation.closes,
    description: today <= consultation.closes ? 'Due to close' : 'Closed',
  };
  if (consultation.activity === 'consultation') {
    closed.measure = measure(durationDays, process.standardWeeks[consultation.significance] * 7, 'at-least', `open for responses, ${consultation.significance} significance`);
  }
  steps.push(closed);

  steps.push(feedbackStep(consultation, feedback, feedbackFile, process.feedbackWithinWeeks, today, history.firstContentDate));
  const decision = decisionStep(file, feedbackFile, consultation, feedback?.data, history.firstContentDate);
  if (decision) steps.push(decision);

  steps.sort((a, b) => a.date.localeCompare(b.date) || ORDER.indexOf(a.kind) - ORDER.indexOf(b.kind));
  return { slug, title: consultation.title, status, today, historyComplete: history.complete, notes, steps };
}

/** Announced = the first main-line version published before it opened; notice counts to the final opening date. */
function publicationSteps(file: FileHistory, consultation: Consultation, noticeDays: number, importDate: IsoDate | undefined): TimelineStep[] {
  if (file.truncated) return [];
  const first = file.revisions[0]!;
  if (first.commit.date === importDate && first.commit.date >= consultation.opens) {
    return [{ kind: 'first-published', date: first.commit.date, upcoming: false, description: 'Added when the archive began: when it was announced is not in this history', commit: stepCommit(first.commit) }];
  }
  const announced = file.revisions.find((revision) => revision.kind !== 'deleted' && typeof revision.fields.opens === 'string' && revision.commit.date < revision.fields.opens);
  const notice = (revision: Revision) => {
    const days = daysBetween(revision.commit.date, consultation.opens);
    const result = measure(days, noticeDays, 'at-least', 'notice before it opened');
    if (days < 0) result.description = `published ${plural(-days, 'day')} after it opened (standard: at least ${plural(noticeDays, 'day')} notice)`;
    return result;
  };
  if (announced && announced === first) {
    return [{ kind: 'announced', date: first.commit.date, upcoming: false, description: 'Announced as forthcoming', commit: stepCommit(first.commit), measure: notice(first) }];
  }
  const steps: TimelineStep[] = [{ kind: 'first-published', date: first.commit.date, upcoming: false, description: 'First published', commit: stepCommit(first.commit) }];
  if (announced) {
    steps.push({ kind: 'announced', date: announced.commit.date, upcoming: false, description: 'Listed as forthcoming', commit: stepCommit(announced.commit), measure: notice(announced) });
  } else {
    steps[0]!.description = 'First published, already open: not announced in advance';
    steps[0]!.measure = notice(first);
  }
  return steps;
}

function approvalStep(revision: Revision): TimelineStep {
  const { commit } = revision;
  const submitted = commit.approvals.map((approval) => approval.submittedAt).filter((at): at is string => Boolean(at)).sort();
  const last = submitted.at(-1);
  const who = commit.approvals.map((approval) => (approval.role ? `${approval.login} (${approval.role})` : approval.login)).join(', ');
  const what = commit.pullRequest !== undefined ? `Pull request #${commit.pullRequest} approved` : 'Change approved';
  return {
    kind: 'approved',
    date: last ? londonDate(new Date(last)) : commit.date,
    upcoming: false,
    description: `${what} by ${who}: ${commit.title}`,
    commit: stepCommit(commit),
    approvals: commit.approvals,
  };
}

function changeSteps(file: FileHistory): TimelineStep[] {
  return file.revisions.flatMap((revision) =>
    revision.changes
      .filter((change) => ['opens', 'closes', 'status'].includes(change.field))
      .map((change): TimelineStep => ({
        kind: change.field === 'status' ? 'status-changed' : 'date-changed',
        date: revision.commit.date,
        upcoming: false,
        description: change.description,
        commit: stepCommit(revision.commit),
      })),
  );
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
    description: overdue ? `Feedback report overdue by ${plural(daysBetween(due, today), 'day')}` : 'Feedback report due',
  };
  if (overdue) step.measure = measure(daysBetween(consultation.closes, today), withinWeeks * 7, 'at-most', 'since it closed, no report yet');
  return step;
}

/** The first main-line version, of the consultation or its feedback report, that carried the decision. */
function decisionStep(
  file: FileHistory | undefined,
  feedbackFile: FileHistory | undefined,
  consultation: Consultation,
  feedback: Feedback | undefined,
  importDate: IsoDate | undefined,
): TimelineStep | undefined {
  const decision = consultation.decision ?? feedback?.decision;
  if (!decision) return undefined;
  const recorded = [...(file?.revisions ?? []), ...(feedbackFile?.revisions ?? [])]
    .filter((revision) => revision.kind !== 'deleted' && revision.fields.decision !== undefined)
    .sort((a, b) => Date.parse(a.commit.committedAt) - Date.parse(b.commit.committedAt))[0];
  const imported = recorded?.commit.date === importDate && decision.date < (recorded?.commit.date ?? '');
  const step: TimelineStep = {
    kind: 'decision-recorded',
    date: recorded && !imported ? recorded.commit.date : decision.date,
    upcoming: false,
    description: `Decision recorded: ${decision.summary} (decided by ${decision.by} on ${formatDate(decision.date)})`,
  };
  if (recorded) step.commit = stepCommit(recorded.commit);
  return step;
}
