import { describe, expect, it } from 'vitest';
import { consultationListing, forwardPlanNotice, hubStart, type NoticeInput } from './notice.ts';

const mark = (date: string) => ({ commit: `c-${date}`, date });
const judge = (input: Partial<NoticeInput>) =>
  forwardPlanNotice({
    listing: { firstSeen: mark('2026-08-01'), firstForthcoming: mark('2026-08-01') },
    opens: '2026-10-05',
    noticeDays: 28,
    hubStart: '2026-06-01',
    today: '2026-11-23',
    ...input,
  });

describe('forwardPlanNotice', () => {
  it('measures the days from the first listing as forthcoming to the opening date', () => {
    expect(judge({})).toEqual({ kind: 'listed', listed: '2026-08-01', days: 65, met: true, announceBy: '2026-09-07' });
    expect(judge({ listing: { firstSeen: mark('2026-07-01'), firstForthcoming: mark('2026-09-07') } })).toMatchObject({
      days: 28,
      met: true,
    });
    expect(judge({ listing: { firstSeen: mark('2026-09-08'), firstForthcoming: mark('2026-09-08') } })).toMatchObject({
      days: 27,
      met: false,
    });
  });

  it('does not hold a consultation to the notice when it opens fewer than the notice days after the hub began', () => {
    const listing = { firstSeen: mark('2026-09-30'), firstForthcoming: mark('2026-09-30') };
    expect(judge({ listing, hubStart: '2026-09-08' })).toEqual({ kind: 'before-hub', hubStart: '2026-09-08' });
    expect(judge({ listing, hubStart: '2026-09-07' })).toMatchObject({ kind: 'listed', days: 5, met: false });
    expect(judge({ listing: { firstSeen: mark('2027-01-04') }, hubStart: '2027-01-04' })).toEqual({
      kind: 'before-hub',
      hubStart: '2027-01-04',
    });
  });

  it('fails one first published already open, and one not published once the day to list it has passed', () => {
    expect(judge({ listing: { firstSeen: mark('2026-10-12') } })).toEqual({
      kind: 'not-listed',
      firstSeen: '2026-10-12',
      days: -7,
      met: false,
      announceBy: '2026-09-07',
    });
    expect(judge({ listing: undefined, today: '2026-09-07' })).toEqual({
      kind: 'unpublished',
      met: true,
      announceBy: '2026-09-07',
    });
    expect(judge({ listing: undefined, today: '2026-09-08' })).toMatchObject({ kind: 'unpublished', met: false });
  });
});

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

  it('is undefined with no versions; the hub begins today when no consultation has landed', () => {
    expect(
      consultationListing(
        [],
        () => '2026-06-01',
        () => undefined,
      ),
    ).toBeUndefined();
    expect(hubStart(undefined, '2026-11-23')).toBe('2026-11-23');
    expect(hubStart('2026-06-01', '2026-11-23')).toBe('2026-06-01');
  });
});
