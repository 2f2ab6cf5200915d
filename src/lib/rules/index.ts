/**
 * The registry: every process rule the check runs, and the lists the rest of the project runs, derived from
 * what each rule declares (its `scope` and `liveThreshold`, src/lib/rules/core/rule.ts). Adding a rule: see
 * src/lib/rules/core/index.ts.
 */
import { accessibilityRule } from './accessibility.ts';
import { actionsRule } from './actions.ts';
import { decisionToConsultRule } from './decision-to-consult.ts';
import { evaluationRule } from './evaluation.ts';
import { findingsBeforeDecisionRule } from './findings-before-decision.ts';
import { closingTheLoopRule } from './closing-the-loop.ts';
import { RULE_IDS, type FileRule, type Rule, type RuleId } from './core/index.ts';
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
import { uniqueSlugRule } from './unique-slug.ts';
import type { ProcessSettings } from '../schema/settings.ts';

/** `approvals` judges pull requests, not content: scripts/approvals.ts runs it. */
type ContentRuleId = Exclude<RuleId, 'approvals'>;

/**
 * One rule for each content rule id, under its own id: tsc fails while an id of RULE_IDS has no rule here, or a
 * rule is filed under another's id; index.test.ts fails for a rule module that is not registered.
 */
const RULES: { readonly [Id in ContentRuleId]: Rule & { readonly id: Id } } = {
  schema: schemaRule,
  'unique-slug': uniqueSlugRule,
  references: referencesRule,
  timescale: timescaleRule,
  'required-sections': requiredSectionsRule,
  'launch-ready': launchReadyRule,
  'forward-plan': forwardPlanRule,
  'closing-the-loop': closingTheLoopRule,
  accessibility: accessibilityRule,
  'plain-language': plainLanguageRule,
  'personal-data': personalDataRule,
  'mdx-safety': mdxSafetyRule,
  'pre-election': preElectionRule,
  overlap: overlapRule,
  status: statusRule,
  'strategy-review': strategyReviewRule,
  'decision-to-consult': decisionToConsultRule,
  evaluation: evaluationRule,
  actions: actionsRule,
  'findings-before-decision': findingsBeforeDecisionRule,
};

/** Every rule the check runs on content, in the order of the contract. */
export const CONTENT_RULES: readonly Rule[] = RULE_IDS.flatMap((id) => (id === 'approvals' ? [] : [RULES[id]]));

/** Rules that can judge one file, with or without `today`: what the CMS preview runs on a draft. */
export const SINGLE_FILE_RULES: readonly Rule[] = CONTENT_RULES.filter((rule) => rule.scope !== 'tree');

/**
 * Rules whose findings for a file depend on that file and the settings alone, never on `today`, git or other
 * files, so the check keeps them with the file in its cache (src/lib/check/file-result.ts) and gives them a
 * context holding only the settings.
 */
export const PER_FILE_RULES: readonly FileRule[] = CONTENT_RULES.filter(
  (rule): rule is FileRule => rule.scope === 'file',
);

/** The threshold a rule enforces today, in words, for a standard's page; undefined for a rule without one. */
export function liveThreshold(id: RuleId, process: ProcessSettings): string | undefined {
  return id === 'approvals' ? undefined : RULES[id].liveThreshold?.(process);
}
