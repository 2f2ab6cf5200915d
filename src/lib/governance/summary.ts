/** The approvals check's result as Markdown: the job summary on GitHub and the log in a terminal. */
import type { Classification } from './classify.ts';
import type { Evaluation, SlotResult } from './evaluate.ts';
import type { PullRequestFacts } from './github.ts';
import { oneOrMany } from '../text/plural.ts';

/** A summary stays readable (and under GitHub's size limit) however many files a pull request touches. */
const LISTED_CHANGES = 200;
const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
const at = (login: string) => `@${login}`;

function missingText(slot: SlotResult): string {
  const needs =
    slot.index > 1
      ? `a ${ordinal(slot.index)} member of ${slot.role}, different from the others`
      : `a member of ${slot.role}`;
  const elsewhere = slot.countedElsewhere.map(
    (entry) => `${at(entry.login)} holds this role but already counts for ${entry.countedFor}`,
  );
  return [`approval from ${needs}`, ...elsewhere].join('; ');
}

function ordinal(n: number): string {
  return n === 2 ? 'second' : n === 3 ? 'third' : `${n}th`;
}

export function renderSummary(pull: PullRequestFacts, classification: Classification, evaluation: Evaluation): string {
  const lines: string[] = [];
  const verdict = evaluation.ok ? 'has every approval it needs' : 'is missing approvals';
  lines.push(`## Approvals: ${evaluation.ok ? '✅' : '❌'} pull request #${pull.number} ${verdict}`, '');
  lines.push(
    `Checked head commit \`${pull.headSha.slice(0, 7)}\`, rules from governance.yaml on the base commit \`${pull.baseSha.slice(0, 7)}\`.`,
    '',
  );

  if (!evaluation.requirements.length) {
    lines.push('No requirement in governance.yaml covers what this pull request changes, so it needs no approval.', '');
  } else {
    const slots = new Map(evaluation.slots.map((slot) => [slot.id, slot]));
    lines.push('| Requirement | Role | Approved by | Missing |', '| --- | --- | --- | --- |');
    for (const requirement of evaluation.requirements) {
      for (const need of requirement.need) {
        const slot = slots.get(need.slotId)!;
        const by = slot.filledBy ? `${at(slot.filledBy.login)} (via ${slot.filledBy.via})` : '—';
        lines.push(
          `| ${cell(requirement.label)} | ${need.role} | ${cell(by)} | ${cell(slot.filledBy ? '' : missingText(slot))} |`,
        );
      }
    }
    lines.push('');
  }

  if (evaluation.ignored.length) {
    lines.push('### Reviews that did not count', '', '| Reviewer | Reason | Why |', '| --- | --- | --- |');
    for (const entry of evaluation.ignored)
      lines.push(`| ${at(entry.login)} | ${entry.reason} | ${cell(entry.detail)} |`);
    lines.push('');
  }

  if (evaluation.findings.length) {
    lines.push('### Could not check', '', ...evaluation.findings.map((finding) => `- ${finding}`), '');
  }

  if (classification.reasons.length) {
    const shown = classification.reasons
      .slice(0, LISTED_CHANGES)
      .map((reason) => `- \`${reason.path}\`: ${reason.kind} (${reason.why})`);
    const more = classification.reasons.length - shown.length;
    lines.push('### What this pull request changes', '', ...shown, ...(more > 0 ? [`- and ${more} more`] : []), '');
  }
  if (evaluation.unrequired.length) {
    const kinds = [...new Set(evaluation.unrequired.map((reason) => reason.kind))];
    const needs = oneOrMany(kinds.length, 'that change needs', 'these changes need');
    lines.push(`No requirement in governance.yaml covers ${kinds.join(', ')} here, so ${needs} no approval.`, '');
  }
  return lines.join('\n');
}

/** One line for the failed check's annotation. */
export function failureMessage(evaluation: Evaluation): string {
  const missing = evaluation.slots.filter((slot) => !slot.filledBy).map((slot) => slot.role);
  const counts = new Map<string, number>();
  for (const role of missing) counts.set(role, (counts.get(role) ?? 0) + 1);
  return `Missing approvals: ${[...counts].map(([role, n]) => `${n} × ${role}`).join(', ')}. See the job summary for who approved and why other reviews did not count.`;
}
