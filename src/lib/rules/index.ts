/** Every process rule the checker runs, in the order of the contract. `approvals` runs on pull requests only (scripts/approvals.ts). */
import { accessibilityRule } from './accessibility.ts';
import { actionsRule } from './actions.ts';
import { decisionToConsultRule } from './decision-to-consult.ts';
import { evaluationRule } from './evaluation.ts';
import { findingsBeforeDecisionRule } from './findings-before-decision.ts';
import { closingTheLoopRule } from './closing-the-loop.ts';
import { forwardPlanRule } from './forward-plan.ts';
import { launchReadyRule } from './launch-ready.ts';
import { mdxSafetyRule } from './mdx-safety.ts';
import { overlapRule } from './overlap.ts';
import { personalDataRule } from './personal-data.ts';
import { plainLanguageRule } from './plain-language.ts';
import { preElectionRule } from './pre-election.ts';
import { referencesRule } from './references.ts';
import { requiredSectionsRule } from './required-sections.ts';
import { schemaRule } from './schema.ts';
import { statusRule } from './status.ts';
import { strategyReviewRule } from './strategy-review.ts';
import { timescaleRule } from './timescale.ts';
import type { Rule } from './types.ts';
import { uniqueSlugRule } from './unique-slug.ts';

export const CONTENT_RULES: readonly Rule[] = [
  schemaRule,
  uniqueSlugRule,
  referencesRule,
  timescaleRule,
  requiredSectionsRule,
  launchReadyRule,
  forwardPlanRule,
  closingTheLoopRule,
  accessibilityRule,
  plainLanguageRule,
  personalDataRule,
  mdxSafetyRule,
  preElectionRule,
  overlapRule,
  statusRule,
  strategyReviewRule,
  decisionToConsultRule,
  evaluationRule,
  actionsRule,
  findingsBeforeDecisionRule,
];

/** Rules that need only the one file in front of them: what the CMS preview can run on a draft. */
export const SINGLE_FILE_RULES: readonly Rule[] = CONTENT_RULES.filter((rule) =>
  [
    'schema',
    'timescale',
    'required-sections',
    'launch-ready',
    'accessibility',
    'plain-language',
    'personal-data',
    'mdx-safety',
    'pre-election',
    'status',
    'decision-to-consult',
    'actions',
  ].includes(rule.id),
);

/**
 * Rules whose findings depend on one file and the settings alone, never on `today`, git or other files,
 * so the check can keep their findings per file in its cache. They run with a context that holds only
 * the settings (src/lib/check/file-result.ts), so a rule that starts reading more fails loudly instead
 * of serving stale findings.
 */
export const PER_FILE_RULES: readonly Rule[] = CONTENT_RULES.filter((rule) =>
  [
    'schema',
    'timescale',
    'required-sections',
    'accessibility',
    'plain-language',
    'personal-data',
    'mdx-safety',
    'pre-election',
    'decision-to-consult',
  ].includes(rule.id),
);
