/**
 * Which role slots a pull request must fill. A requirement is triggered when the PR makes its kind (and,
 * if it lists `paths`, makes it in a file matching one of them). Requirements triggered together are
 * merged as a multiset union: each role needs as many distinct people as the most demanding triggered
 * requirement asks for. A PR that opens a consultation ([consultation-group, authoriser]) and changes
 * settings ([consultation-group, consultation-group]) therefore needs two consultation-group members and
 * one authoriser, not three group members: one person's approval vouches for the whole PR, while a role
 * repeated inside one requirement still means different people.
 */
import type { ChangeKind, GovernanceSettings } from '../schema/settings.ts';
import type { ChangeReason } from './classify.ts';
import { pathMatcher } from './paths.ts';

export interface RoleSlot {
  /** `role#n`, stable across runs. */
  id: string;
  role: string;
  /** 1-based: the n-th distinct person this role needs. */
  index: number;
  /** Labels of the triggered requirements that need this slot. */
  requiredBy: string[];
}

export interface TriggeredRequirement {
  when: ChangeKind;
  /** `when`, with the matching files where the requirement lists `paths`. */
  label: string;
  /** The changed files that triggered it. */
  files: string[];
  /** One entry per role in `need`, with the slot that stands for it. */
  need: { role: string; slotId: string }[];
}

type Requirement = GovernanceSettings['requirements'][number];

/** The changes that trigger the requirement; none when it is not triggered. */
function triggeringReasons(requirement: Requirement, reasons: readonly ChangeReason[]): ChangeReason[] {
  const matches = requirement.paths ? pathMatcher(requirement.paths) : () => true;
  return reasons.filter((reason) => reason.kind === requirement.when && matches(reason.path));
}

function labelFor(requirement: Requirement, files: readonly string[]): string {
  if (!requirement.paths) return requirement.when;
  const shown = files.slice(0, 3).join(', ');
  return `${requirement.when} (${files.length > 3 ? `${shown} and ${files.length - 3} more` : shown})`;
}

export interface RequiredSlots {
  slots: RoleSlot[];
  requirements: TriggeredRequirement[];
  /** Changes no requirement covers: they need no approval, and the report says so. */
  unrequired: ChangeReason[];
}

/**
 * The role that fills a requirement's `role` for a change led by `organisation`: the organisation's own holders
 * (`<organisation>/<role>`, governance.yaml `organisations`) where it defines that role, else the hub's own.
 */
export function roleFor(governance: GovernanceSettings, role: string, organisation: string | undefined): string {
  return organisation !== undefined && governance.organisations?.[organisation]?.roles[role]
    ? `${organisation}/${role}`
    : role;
}

/** Every role and its holders: the hub's own, and each organisation's as `<organisation>/<role>`. */
export function allRoles(governance: GovernanceSettings): [role: string, principals: string[]][] {
  return [
    ...Object.entries(governance.roles),
    ...Object.entries(governance.organisations ?? {}).flatMap(([organisation, { roles }]) =>
      Object.entries(roles).map(([role, principals]): [string, string[]] => [`${organisation}/${role}`, principals]),
    ),
  ];
}

/** The triggering changes, by the organisation whose approvers they need (undefined for the hub's own). */
function byOrganisation(reasons: readonly ChangeReason[]): Map<string | undefined, ChangeReason[]> {
  const groups = new Map<string | undefined, ChangeReason[]>();
  for (const reason of reasons) groups.set(reason.organisation, [...(groups.get(reason.organisation) ?? []), reason]);
  return groups;
}

export function requiredSlots(governance: GovernanceSettings, reasons: readonly ChangeReason[]): RequiredSlots {
  const slots = new Map<string, RoleSlot>();
  const requirements: TriggeredRequirement[] = [];
  const covered = new Set<ChangeReason>();
  for (const requirement of governance.requirements) {
    const triggered = triggeringReasons(requirement, reasons);
    for (const reason of triggered) covered.add(reason);
    for (const [organisation, triggering] of byOrganisation(triggered))
      requirements.push(triggeredFor(governance, requirement, organisation, triggering, slots));
  }
  // Lower indexes first, so that when people are scarce the slots every requirement shares are filled first.
  const ordered = [...slots.values()].sort((a, b) => a.index - b.index || a.role.localeCompare(b.role));
  return { slots: ordered, requirements, unrequired: reasons.filter((reason) => !covered.has(reason)) };
}

function triggeredFor(
  governance: GovernanceSettings,
  requirement: Requirement,
  organisation: string | undefined,
  triggering: readonly ChangeReason[],
  slots: Map<string, RoleSlot>,
): TriggeredRequirement {
  const files = [...new Set(triggering.map((reason) => reason.path))];
  const label = `${labelFor(requirement, files)}${organisation ? ` (led by ${organisation})` : ''}`;
  const seen = new Map<string, number>();
  const need = requirement.need.map((needed) => {
    const role = roleFor(governance, needed, organisation);
    const index = (seen.get(role) ?? 0) + 1;
    seen.set(role, index);
    const id = `${role}#${index}`;
    const slot = slots.get(id) ?? { id, role, index, requiredBy: [] };
    if (!slot.requiredBy.includes(label)) slot.requiredBy.push(label);
    slots.set(id, slot);
    return { role, slotId: id };
  });
  return { when: requirement.when, label, files, need };
}
