import { describe, expect, it } from 'vitest';
import type { GovernanceSettings } from '../schema/settings.ts';
import { requiredSlots } from './requirements.ts';

const governance: GovernanceSettings = {
  roles: { 'consultation-group': ['@harrowdale-council/consultation-group'], authoriser: ['@cllr-amara-osei'] },
  requirements: [
    { when: 'consultation-opens', need: ['consultation-group', 'authoriser'] },
    { when: 'settings-changed', need: ['consultation-group', 'consultation-group'] },
    { when: 'feedback-published', need: ['consultation-group'] },
  ],
};

describe('requiredSlots', () => {
  it('needs nothing for changes no requirement names', () => {
    expect(requiredSlots(governance, ['other', 'strategy-adopted'])).toEqual({ slots: [], requirements: [] });
  });

  it('a repeated role within one requirement means distinct people', () => {
    expect(requiredSlots(governance, ['settings-changed']).slots.map((slot) => slot.id)).toEqual(['consultation-group#1', 'consultation-group#2']);
  });

  it('requirements triggered together share slots: the union keeps the largest count per role', () => {
    const { slots, requirements } = requiredSlots(governance, ['consultation-opens', 'settings-changed', 'feedback-published']);
    expect(slots.map((slot) => [slot.id, slot.requiredBy])).toEqual([
      ['authoriser#1', ['consultation-opens']],
      ['consultation-group#1', ['consultation-opens', 'settings-changed', 'feedback-published']],
      ['consultation-group#2', ['settings-changed']],
    ]);
    expect(requirements.find((r) => r.when === 'settings-changed')?.need.map((n) => n.slotId)).toEqual(['consultation-group#1', 'consultation-group#2']);
  });
});
