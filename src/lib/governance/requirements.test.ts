import { describe, expect, it } from 'vitest';
import type { ChangeKind, GovernanceSettings } from '../schema/settings.ts';
import type { ChangeReason } from './classify.ts';
import { requiredSlots } from './requirements.ts';

const governance: GovernanceSettings = {
  roles: {
    'consultation-group': ['@harrowdale-council/consultation-group'],
    authoriser: ['@cllr-amara-osei'],
    maintainers: ['@harrowdale-council/hub-maintainers'],
  },
  requirements: [
    { when: 'consultation-opens', need: ['consultation-group', 'authoriser'] },
    { when: 'settings-changed', need: ['consultation-group', 'consultation-group'] },
    { when: 'feedback-published', need: ['consultation-group'] },
    { when: 'code-changed', need: ['maintainers'] },
    { when: 'code-changed', paths: ['src/lib/rules/**', 'package.json'], need: ['maintainers', 'consultation-group'] },
  ],
};

const change = (kind: ChangeKind, path = 'content/consultations/recycling-centre-hours.mdx'): ChangeReason => ({
  path,
  kind,
  why: 'test',
});

describe('requiredSlots', () => {
  it('needs nothing for changes no requirement names, and lists them', () => {
    const strategy = change('strategy-adopted', 'content/strategies/engagement-strategy-2025.mdx');
    expect(requiredSlots(governance, [strategy])).toEqual({ slots: [], requirements: [], unrequired: [strategy] });
  });

  it('a repeated role within one requirement means distinct people', () => {
    expect(
      requiredSlots(governance, [change('settings-changed', 'content/settings/site.yaml')]).slots.map(
        (slot) => slot.id,
      ),
    ).toEqual(['consultation-group#1', 'consultation-group#2']);
  });

  it('requirements triggered together share slots: the union keeps the largest count per role', () => {
    const { slots, requirements } = requiredSlots(governance, [
      change('consultation-opens'),
      change('settings-changed', 'content/settings/site.yaml'),
      change('feedback-published'),
    ]);
    expect(slots.map((slot) => [slot.id, slot.requiredBy])).toEqual([
      ['authoriser#1', ['consultation-opens']],
      ['consultation-group#1', ['consultation-opens', 'settings-changed', 'feedback-published']],
      ['consultation-group#2', ['settings-changed']],
    ]);
    expect(requirements.find((r) => r.when === 'settings-changed')?.need.map((n) => n.slotId)).toEqual([
      'consultation-group#1',
      'consultation-group#2',
    ]);
  });

  it('a requirement with paths is triggered only by its kind in a matching file, and says which files', () => {
    const page = requiredSlots(governance, [change('code-changed', 'src/pages/index.astro')]);
    expect(page.requirements.map((r) => r.label)).toEqual(['code-changed']);
    const rules = requiredSlots(governance, [
      change('code-changed', 'src/lib/rules/timescale.ts'),
      change('code-changed', 'package.json'),
      change('code-changed', 'src/pages/index.astro'),
    ]);
    expect(rules.requirements.map((r) => [r.label, r.files])).toEqual([
      ['code-changed', ['src/lib/rules/timescale.ts', 'package.json', 'src/pages/index.astro']],
      ['code-changed (src/lib/rules/timescale.ts, package.json)', ['src/lib/rules/timescale.ts', 'package.json']],
    ]);
    expect(rules.slots.map((slot) => slot.id)).toEqual(['consultation-group#1', 'maintainers#1']);
    // Another kind of change in a matching file does not trigger it.
    expect(requiredSlots(governance, [change('documents-changed', 'package.json')]).requirements).toEqual([]);
  });
});
