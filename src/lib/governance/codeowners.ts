/**
 * .github/CODEOWNERS derived from governance.yaml, so GitHub asks the right people for review and, with
 * "Require review from Code Owners", will not merge without one of them. The approvals check does the
 * exact counting; CODEOWNERS is the part GitHub enforces itself.
 */
import type { ChangeKind, GovernanceSettings } from '../schema/settings.ts';

export const CODEOWNERS_FILE = '.github/CODEOWNERS';

/**
 * Which change kinds each path can make. The check's own code and workflows are owned like settings: a
 * pull request runs its own version of them, so changing them is changing the rules.
 */
const OWNED_PATHS: { pattern: string; kinds: ChangeKind[] }[] = [
  { pattern: '/content/consultations/', kinds: ['consultation-opens', 'consultation-announced'] },
  { pattern: '/content/feedback/', kinds: ['feedback-published'] },
  { pattern: '/content/strategies/', kinds: ['strategy-adopted'] },
  { pattern: '/content/settings/', kinds: ['settings-changed'] },
  { pattern: '/.github/', kinds: ['settings-changed'] },
  { pattern: '/src/lib/governance/', kinds: ['settings-changed'] },
  { pattern: '/scripts/approvals.ts', kinds: ['settings-changed'] },
  { pattern: '/scripts/record-approvals.ts', kinds: ['settings-changed'] },
  { pattern: '/scripts/governance-codeowners.ts', kinds: ['settings-changed'] },
];

function ownersFor(governance: GovernanceSettings, kinds: readonly ChangeKind[]): string[] {
  const roles = governance.requirements.filter((requirement) => kinds.includes(requirement.when)).flatMap((requirement) => requirement.need);
  const owners = roles.flatMap((role) => governance.roles[role] ?? []);
  return owners.filter((owner, index) => owners.findIndex((other) => other.toLowerCase() === owner.toLowerCase()) === index);
}

export function renderCodeowners(governance: GovernanceSettings): string {
  const lines = [
    '# Generated from content/settings/governance.yaml by `npm run governance:codeowners`.',
    '# Do not edit by hand: change governance.yaml and run the command again (CI fails when this file is stale).',
    '# Owners are the holders of the roles whose approval each kind of change needs; see docs/approvals.md.',
    '',
  ];
  for (const { pattern, kinds } of OWNED_PATHS) {
    const owners = ownersFor(governance, kinds);
    lines.push(owners.length ? `${pattern} ${owners.join(' ')}` : `# ${pattern}: no requirement in governance.yaml names a role for ${kinds.join(' or ')}`);
  }
  return `${lines.join('\n')}\n`;
}
