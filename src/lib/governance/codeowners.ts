/**
 * .github/CODEOWNERS derived from governance.yaml, so GitHub asks the right people for review and, with
 * "Require review from Code Owners", will not merge without one of them. GitHub reads CODEOWNERS from the
 * base branch, so a pull request cannot change who owns what it changes. The approvals check does the
 * exact counting; CODEOWNERS is the part GitHub enforces itself.
 *
 * Every path is covered: a catch-all line for code, then each area of src/lib/governance/paths.ts, then
 * each path pattern of governance.yaml. GitHub takes the last line matching a file and is satisfied by any
 * one owner it names, so each line names the holders of the roles that every requirement there needs
 * (maintainers for code): GitHub's own gate then holds even where the approvals check could be forged, by
 * a pull request that adds a workflow of its own (see docs/approvals.md). Where no role is common to all,
 * the line names the holders of each.
 */
import { SETTINGS_FILES } from '../routes.ts';
import type { ChangeKind, GovernanceSettings } from '../schema/settings.ts';
import { AREAS, areasReached, fixedStart } from './paths.ts';

export const CODEOWNERS_FILE = '.github/CODEOWNERS';

type Requirement = GovernanceSettings['requirements'][number];

interface Line {
  pattern: string;
  kinds: ChangeKind[];
  /** The requirements a change to a file on this line can trigger. */
  requirements: Requirement[];
}

const overlaps = (a: string, b: string) =>
  fixedStart(a).startsWith(fixedStart(b)) || fixedStart(b).startsWith(fixedStart(a));

/** How many other patterns' fixed starts contain this one's. */
function depth(pattern: string, patterns: readonly string[]): number {
  const start = fixedStart(pattern.slice(1));
  return patterns.filter((other) => fixedStart(other) !== start && start.startsWith(fixedStart(other))).length;
}

function applying(requirements: readonly Requirement[], kinds: readonly ChangeKind[]): Requirement[] {
  return requirements.filter((requirement) => kinds.includes(requirement.when));
}

/** The roles every requirement needs, or else every role any of them needs. */
function ownerRoles(requirements: readonly Requirement[]): string[] {
  const all = [...new Set(requirements.flatMap((requirement) => requirement.need))];
  const common = all.filter((role) => requirements.every((requirement) => requirement.need.includes(role)));
  return common.length ? common : all;
}

function lines(governance: GovernanceSettings): Line[] {
  const general = governance.requirements.filter((requirement) => !requirement.paths);
  const specific = governance.requirements.filter((requirement) => requirement.paths);
  const areas = [...AREAS]
    .sort((a, b) => a.folder.length - b.folder.length)
    .map((area) => ({
      pattern: area.folder ? `/${area.folder}` : '*',
      kinds: [...area.kinds],
      requirements: applying(general, area.kinds),
    }));
  const patterns = [...new Set(specific.flatMap((requirement) => requirement.paths!))];
  const byPattern = patterns
    .map((pattern) => {
      const kinds = [...new Set(areasReached(pattern).flatMap((area) => area.kinds))];
      // A file matching this pattern may also match another requirement's pattern: name its roles too.
      const alsoMatching = specific.filter((requirement) =>
        requirement.paths!.some((other) => overlaps(pattern, other)),
      );
      return {
        pattern: `/${pattern}`,
        kinds,
        requirements: [...applying(general, kinds), ...applying(alsoMatching, kinds)],
      };
    })
    // In governance.yaml's order, except that a pattern inside another's folder comes after it.
    .sort((a, b) => depth(a.pattern, patterns) - depth(b.pattern, patterns));
  return [...areas, ...byPattern];
}

function ownersFor(governance: GovernanceSettings, roles: readonly string[]): string[] {
  const owners = roles.flatMap((role) => governance.roles[role] ?? []);
  return owners.filter(
    (owner, index) => owners.findIndex((other) => other.toLowerCase() === owner.toLowerCase()) === index,
  );
}

export function renderCodeowners(governance: GovernanceSettings): string {
  const text = [
    `# Generated from ${SETTINGS_FILES.governance} by \`npm run governance:codeowners\`.`,
    '# Do not edit by hand: change governance.yaml and run the command again (CI fails when this file is stale).',
    '# Owners hold the roles every change to those files needs (any one of them satisfies GitHub); the approvals',
    '# check counts the rest. GitHub uses the last line that matches a file. See docs/approvals.md.',
    '',
  ];
  for (const { pattern, kinds, requirements } of lines(governance)) {
    const owners = ownersFor(governance, ownerRoles(requirements));
    text.push(
      owners.length
        ? `${pattern} ${owners.join(' ')}`
        : `# ${pattern}: no requirement in governance.yaml names a role for ${kinds.join(' or ')}, so the line above applies`,
    );
  }
  return `${text.join('\n')}\n`;
}
