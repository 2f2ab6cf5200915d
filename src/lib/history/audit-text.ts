/** The audit timeline as plain text for the terminal: one line per step, the measure beneath it. */
import { STATUS_LABELS } from '../labels.ts';
import { formatDate } from '../text/dates.ts';
import type { AuditTimeline, TimelineStep } from './audit.ts';

function stepLine(step: TimelineStep): string[] {
  const source = step.commit
    ? ` [${[step.commit.pullRequest !== undefined ? `PR #${step.commit.pullRequest}` : undefined, step.commit.author, step.commit.sha.slice(0, 7)].filter(Boolean).join(', ')}]`
    : '';
  const lines = [`${step.date}  ${step.upcoming ? '(upcoming) ' : ''}${step.description}${source}`];
  if (step.measure)
    lines.push(
      `            ${step.measure.description}: ${step.measure.met ? 'meets the standard' : 'DOES NOT MEET the standard'}`,
    );
  return lines;
}

export function formatAuditTimeline(timeline: AuditTimeline): string {
  const lines = [
    timeline.title,
    `${timeline.slug} · ${STATUS_LABELS[timeline.status]} · as of ${formatDate(timeline.today)}`,
    '',
    ...timeline.steps.flatMap(stepLine),
  ];
  if (timeline.notes.length) lines.push('', ...timeline.notes.map((note) => `Note: ${note}`));
  return `${lines.join('\n')}\n`;
}
