/** The process rule ids of the contract (shared/spec/content-model.md). Fixed: editors and auditors rely on them. */
export const RULE_IDS = [
  'schema',
  'unique-slug',
  'references',
  'timescale',
  'required-sections',
  'launch-ready',
  'forward-plan',
  'closing-the-loop',
  'accessibility',
  'plain-language',
  'personal-data',
  'mdx-safety',
  'pre-election',
  'overlap',
  'status',
  'strategy-review',
  'decision-to-consult',
  'evaluation',
  'actions',
  'findings-before-decision',
  'approvals',
] as const;

export type RuleId = (typeof RULE_IDS)[number];
