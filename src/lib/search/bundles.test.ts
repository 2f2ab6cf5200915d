import { describe, expect, it } from 'vitest';
import { recentFrom } from '../catalogue/recent.ts';
import { archiveParts, searchBundle, searchBundleAttributes } from './bundles.ts';

const closing = (closes: string) => ({ data: { closes } }) as Parameters<typeof searchBundle>[0];

describe('searchBundle', () => {
  it('puts activities closing from a year ago on (and everything open or to come) in the recent bundle', () => {
    expect(recentFrom('2026-11-23')).toBe('2025-11-23');
    expect(searchBundle(closing('2025-11-23'), '2026-11-23')).toBe('recent');
    expect(searchBundle(closing('2027-03-01'), '2026-11-23')).toBe('recent');
    expect(searchBundle(closing('2025-11-22'), '2026-11-23')).toBe('archive');
  });
});

describe('searchBundleAttributes', () => {
  it('names the bundle, and reads it back as a Pagefind filter from the same attribute', () => {
    expect(searchBundleAttributes('archive')).toEqual({
      'data-search-bundle': 'archive',
      'data-pagefind-filter': 'bundle[data-search-bundle]',
    });
  });
});

describe('archiveParts', () => {
  const item = (closes: string, feedback: boolean) =>
    ({ data: { closes }, ...(feedback ? { feedback: {} } : {}) }) as Parameters<typeof archiveParts>[0][number];

  it('names the parts older pages will fill: consultations, and feedback reports only where an older one has a report', () => {
    expect(archiveParts([item('2027-03-01', true), item('2020-05-01', false)], '2026-11-23')).toEqual([
      'consultations',
    ]);
    expect(archiveParts([item('2020-05-01', false), item('2019-01-10', true)], '2026-11-23')).toEqual([
      'consultations',
      'feedback',
    ]);
    expect(archiveParts([item('2026-10-01', true)], '2026-11-23')).toEqual([]);
  });
});
