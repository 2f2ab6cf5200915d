/**
 * .github/CODEOWNERS derived from governance.yaml, so GitHub asks the right people for review and, with
 * "Require review from Code Owners", will not merge without one of them. GitHub reads CODEOWNERS from the
 * base branch, so a pull request cannot change who owns what it changes. The approvals check does the
 * exact counting; CODEOWNERS is the part GitHub enforces itself.
 *
 * Every path is covered: a catch-all line for code, then each area of src/lib/governance/paths.ts, then
 * each path pattern of governance.yaml. GitHub takes the last line matching a file, so each line names
 * the holders of every role a change to its files can need.
 */
import type { ChangeKind, GovernanceSettings } from '../schema/settings.ts';
import { AREAS, areasReached, fixedStart } from './paths.ts';

export const CODEOWNERS_FILE = '.github/CODEOWNERS';

type Requirement = GovernanceSettings['requirements'][number];

interface Line {
  pattern: string;
  kinds: ChangeKind[];
  roles: string[];
}

const overlaps = (a: string, b: string) => fixedStart(a).startsWith(fixedStart(b)) || fixedStart(b).startsWith(fixedStart(a));

/** How many other patterns' fixed starts contain this one's. */
function depth(pattern: string, patterns: readonly string[]): number {
  const start = fixedStart(pattern.slice(1));
  return patterns.filter((other) => fixedStart(other) !== start && start.startsWith(fixedStart(other))).length;
}

function rolesFor(requirements: readonly Requirement[], kinds: readonly ChangeKind[]): string[] {
  return requirements.filter((requirement) => kinds.includes(requirement.when)).flatMap((requirement) => requirement.need);
}

function lines(governance: GovernanceSettings): Line[] {
  const general = governance.requirements.filter((requirement) => !requirement.paths);
  const specific = governance.requirements.filter((requirement) => requirement.paths);
  const areas = [...AREAS]
    .sort((a, b) => a.folder.length - b.folder.length)
    .map((area) => ({ pattern: area.folder ? `/${area.folder}` : '*', kinds: [...area.kinds], roles: rolesFor(general, area.kinds) }));
  const patterns = [...new Set(specific.flatMap((requirement) => requirement.paths!))];
  const byPattern = patterns
    .map((pattern) => {
      const kinds = [...new Set(areasReached(pattern).flatMap((area) => area.kinds))];
      // A file matching this pattern may also match another requirement's pattern: name its roles too.
      const alsoMatching = specific.filter((requirement) => requirement.paths!.some((other) => overlaps(pattern, other)));
      return { pattern: `/${pattern}`, kinds, roles: [...rolesFor(general, kinds), ...rolesFor(alsoMatching, kinds)] };
    })
    // In governance.yaml's order, except that a pattern inside another's folder comes after it.
    .sort((a, b) => depth(a.pattern, patterns) - depth(b.pattern, patterns));
  return [...areas, ...byPattern];
}

function ownersFor(governance: GovernanceSettings, roles: readonly string[]): string[] {
  const owners = [...new Set(roles)].flatMap((role) => governance.roles[role] ?? []);
  return owners.filter((owner, index) => owners.findIndex((other) => other.toLowerCase() === owner.toLowerCase()) === index);
}

export function renderCodeowners(governance: GovernanceSettings): string {
  const text = [
    '# Generated from content/settings/governance.yaml by `npm run governance:codeowners`.',
    '# Do not edit by hand: change governance.yaml and run the command again (CI fails when this file is stale).',
    '# Owners are the holders of the roles whose approval each kind of change needs; see docs/approvals.md.',
    '# GitHub uses the last line that matches a file, so later, narrower lines name everyone a change there can need.',
    '',
  ];
  for (const { pattern, kinds, roles } of lines(governance)) {
    const owners = ownersFor(governance, roles);
    text.push(
      owners.length
        ? `${pattern} ${owners.join(' ')}`
        : `# ${pattern}: no requirement in governance.yaml names a role for ${kinds.join(' or ')}, so the line above applies`,
    );
  }
  return `${text.join('\n')}\n`;
}
