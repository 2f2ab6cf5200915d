/**
 * `evaluation`: a feedback report says how well its consultation worked against what it set out to do.
 * Each success criterion and each target group of the consultation is answered in the report's
 * evaluation, matched by its exact words, so nothing set at the outset is quietly left out.
 */
import { atField, type Finding, type Rule } from './core/index.ts';

export const evaluationRule = {
  id: 'evaluation',
  scope: 'tree',
  checkTree(context) {
    const findings: Finding[] = [];
    for (const report of context.feedback) {
      const consultation = context.consultationsBySlug.get(report.data.consultation)?.data;
      const criteria = consultation?.successCriteria ?? [];
      const groups = (consultation?.targetGroups ?? []).map((target) => target.group);
      if (criteria.length === 0 && groups.length === 0) continue;
      const { evaluation } = report.data;
      if (!evaluation) {
        findings.push(
          atField(
            'evaluation',
            'error',
            report,
            ['consultation'],
            `the consultation set ${criteria.length ? 'success criteria' : 'target groups'}: add evaluation with whether each was ${criteria.length ? 'met' : 'reached'}, what worked and what we will improve`,
          ),
        );
        continue;
      }
      const answered = new Set(evaluation.criteria.map((entry) => entry.criterion));
      for (const criterion of criteria.filter((text) => !answered.has(text))) {
        findings.push(
          atField(
            'evaluation',
            'error',
            report,
            ['evaluation', 'criteria'],
            `the success criterion "${criterion}" has no answer: add it to evaluation.criteria, in exactly those words, with met and a note`,
          ),
        );
      }
      const reached = new Set(evaluation.reached.map((entry) => entry.group));
      for (const group of groups.filter((name) => !reached.has(name))) {
        findings.push(
          atField(
            'evaluation',
            'error',
            report,
            ['evaluation', 'reached'],
            `the target group "${group}" has no answer: add it to evaluation.reached, in exactly those words, with reached and a note`,
          ),
        );
      }
    }
    return findings;
  },
} satisfies Rule;
