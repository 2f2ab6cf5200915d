import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSettings } from '../content/settings.ts';
import { draftApprovals } from './draft-approvals.ts';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const settings = loadSettings(ROOT);
const FILE = 'content/consultations/library-opening-hours.mdx';
const before = readFileSync(path.join(ROOT, FILE), 'utf8');

describe('draftApprovals', () => {
  it('needs nothing for a draft saved unchanged', () =>
    expect(draftApprovals({ path: FILE, before, after: before }, settings, '2026-11-23')).toEqual({
      kinds: [],
      reasons: [],
      slots: [],
    }));

  it('classifies a changed date as the approvals check would, with the roles it needs', () => {
    const closes = /^closes: (\S+)$/m.exec(before)![1]!;
    const after = before.replace(`closes: ${closes}`, 'closes: 2027-03-01');
    const result = draftApprovals({ path: FILE, before, after }, settings, '2026-09-01');
    expect(result.kinds).toContain('consultation-opens');
    expect(result.reasons.find((reason) => reason.kind === 'consultation-opens')?.why).toBeTruthy();
    expect(result.slots.map((slot) => slot.role)).toEqual(expect.arrayContaining(['consultation-group', 'authoriser']));
  });

  it('classifies a new file as an addition', () => {
    const result = draftApprovals(
      { path: 'content/standards/new-standard.mdx', after: before },
      settings,
      '2026-11-23',
    );
    expect(result.kinds).toEqual(['standard-changed']);
  });
});
