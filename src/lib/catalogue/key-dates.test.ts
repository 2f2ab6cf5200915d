import { describe, expect, it } from 'vitest';
import { consultation } from '../../../support/catalogue-items.ts';
import type { Consultation } from '../schema/consultation.ts';
import { buildCatalogue } from './catalogue.ts';
import { keyDates } from './key-dates.ts';

const TODAY = '2026-11-23';

function item(opens: string, closes: string, extra: Partial<Consultation> = {}, today = TODAY) {
  const fields: Partial<Consultation> = {
    title: 'Changes to library opening hours',
    significance: 'major',
    topics: ['libraries'],
  };
  const data = consultation('x', { ...fields, areas: ['kelbrook'], opens, closes, ...extra });
  return buildCatalogue([{ id: 'x', data }], [], { feedbackWithinWeeks: 12 }, today)[0]!;
}
const words = (dates: { key: string; value: string }[]) => dates.map(({ key, value }) => `${key} ${value}`);

describe('keyDates', () => {
  it('speaks of dates to come in the present and of dates gone in the past tense', () => {
    expect(words(keyDates(item('2026-12-07', '2027-03-01'), TODAY))).toEqual([
      'Opens 7 December 2026',
      'Closes 1 March 2027',
      'Length 12 weeks',
    ]);
    expect(words(keyDates(item('2026-10-05', '2027-01-11'), TODAY)).slice(0, 2)).toEqual([
      'Opened 5 October 2026',
      'Closes 11 January 2027',
    ]);
    expect(words(keyDates(item('2026-08-03', '2026-10-26'), TODAY)).slice(0, 2)).toEqual([
      'Opened 3 August 2026',
      'Closed 26 October 2026',
    ]);
    // The closing day is still a day to respond.
    expect(keyDates(item('2026-09-01', TODAY), TODAY)[1]!.key).toBe('Closes');
  });

  it('says a paused or withdrawn one was due to close, and leaves out a length it will not run', () => {
    const paused = item('2026-10-05', '2027-01-08', {
      status: 'paused',
      statusReason: 'We are checking new guidance.',
    });
    expect(words(keyDates(paused, TODAY))).toEqual(['Opened 5 October 2026', 'Was due to close 8 January 2027']);
    const withdrawn = item('2027-01-04', '2027-03-29', { status: 'withdrawn', statusReason: 'The budget changed.' });
    expect(words(keyDates(withdrawn, TODAY))).toEqual([
      'Was due to open 4 January 2027',
      'Was due to close 29 March 2027',
    ]);
  });

  it('says one held back on its opening day was due to open', () => {
    const delayed = item('2026-11-16', '2027-02-08', { equalityImpact: undefined });
    expect(delayed.status).toBe('delayed');
    expect(words(keyDates(delayed, TODAY)).slice(0, 2)).toEqual([
      'Was due to open 16 November 2026',
      'Due to close 8 February 2027',
    ]);
  });

  it('gives an information notice a start and an end, and no length to respond in', () => {
    const notice = item('2026-11-02', '2027-06-30', { activity: 'information' });
    expect(words(keyDates(notice, TODAY))).toEqual(['Started 2 November 2026', 'Ends 30 June 2027']);
  });
});
