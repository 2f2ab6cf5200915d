/**
 * Which role slots a pull request must fill. Requirements triggered together are merged as a multiset
 * union: each role needs as many distinct people as the most demanding triggered requirement asks for.
 * A PR that opens a consultation ([consultation-group, authoriser]) and changes settings
 * ([consultation-group, consultation-group]) therefore needs two consultation-group members and one
 * authoriser, not three group members: one person's approval vouches for the whole PR, while a role
 * repeated inside one requirement still means different people.
 */
import type { ChangeKind, GovernanceSettings } from '../schema/settings.ts';

export interface RoleSlot {
  /** `role#n`, stable across runs. */
  id: string;
  role: string;
  /** 1-based: the n-th distinct person this role needs. */
  index: number;
  /** The triggered requirements that need this slot. */
  requiredBy: ChangeKind[];
}

export interface TriggeredRequirement {
  when: ChangeKind;
  /** One entry per role in `need`, with the slot that stands for it. */
  need: { role: string; slotId: string }[];
}

export function requiredSlots(governance: GovernanceSettings, kinds: readonly ChangeKind[]): { slots: RoleSlot[]; requirements: TriggeredRequirement[] } {
  const triggered = governance.requirements.filter((requirement) => kinds.includes(requirement.when));
  const slots = new Map<string, RoleSlot>();
  const requirements = triggered.map((requirement) => {
    const seen = new Map<string, number>();
    const need = requirement.need.map((role) => {
      const index = (seen.get(role) ?? 0) + 1;
      seen.set(role, index);
      const id = `${role}#${index}`;
      const slot = slots.get(id) ?? { id, role, index, requiredBy: [] };
      if (!slot.requiredBy.includes(requirement.when)) slot.requiredBy.push(requirement.when);
      slots.set(id, slot);
      return { role, slotId: id };
    });
    return { when: requirement.when, need };
  });
  // Lower indexes first, so that when people are scarce the slots every requirement shares are filled first.
  const ordered = [...slots.values()].sort((a, b) => a.index - b.index || a.role.localeCompare(b.role));
  return { slots: ordered, requirements };
}
