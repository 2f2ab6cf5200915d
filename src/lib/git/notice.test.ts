import { describe, expect, it } from 'vitest';
import { consultationListing } from './notice.ts';

describe('consultationListing', () => {
  const versions = [
    { date: '2026-06-01', opens: '2026-05-01' },
    { date: '2026-06-02', opens: 'soon' },
    { date: '2026-06-03', opens: '2026-09-07' },
    { date: '2026-06-04', opens: '2026-09-07' },
  ];
  it('finds the first version and the first that landed before the opening date it gave', () => {
    const asked: string[] = [];
    const listing = consultationListing(
      versions,
      (version) => version.date,
      (version) => {
        asked.push(version.date);
        return version.opens;
      },
    );
    expect(listing).toEqual({ firstSeen: versions[0], firstForthcoming: versions[2] });
    // The opening date is not read past the first forthcoming version.
    expect(asked).toEqual(['2026-06-01', '2026-06-02', '2026-06-03']);
  });

  it('is undefined with no versions', () => {
    expect(
      consultationListing(
        [],
        () => '2026-06-01',
        () => undefined,
      ),
    ).toBeUndefined();
  });
});
