import { describe, expect, it } from 'vitest';
import { daysLeft, deriveStatus, feedbackDueDate, periodStatus } from './status.ts';

const period = { opens: '2027-01-04', closes: '2027-03-29' };

describe('derived status', () => {
  it('is forthcoming until the opening day', () => {
    expect(deriveStatus(period, false, '2027-01-03', true)).toBe('forthcoming');
  });

  it('is open from the opening day to the closing day inclusive', () => {
    expect(deriveStatus(period, false, '2027-01-04', true)).toBe('open');
    expect(deriveStatus(period, false, '2027-03-29', true)).toBe('open');
  });

  it('is closed the day after closing while no feedback report exists', () => {
    expect(deriveStatus(period, false, '2027-03-30', true)).toBe('closed');
  });

  it('is outcome once a feedback report exists', () => {
    expect(deriveStatus(period, true, '2027-06-01', true)).toBe('outcome');
  });

  it('lets a stored withdrawn or paused win over the dates and any report', () => {
    expect(deriveStatus({ ...period, status: 'withdrawn' }, false, '2027-02-01', true)).toBe('withdrawn');
    expect(deriveStatus({ ...period, status: 'paused' }, true, '2027-02-01', true)).toBe('paused');
    expect(deriveStatus({ ...period, status: 'withdrawn' }, false, '2026-12-01', true)).toBe('withdrawn');
  });

  it('holds back an unready consultation as delayed while its dates make it open, and only then', () => {
    expect(deriveStatus(period, false, '2027-01-03', false)).toBe('forthcoming');
    expect(deriveStatus(period, false, '2027-01-04', false)).toBe('delayed');
    expect(deriveStatus(period, false, '2027-03-29', false)).toBe('delayed');
    expect(periodStatus(period, false, '2027-01-04')).toBe('open');
    // An old record is closed, or has its outcome, whatever the launch steps now ask for.
    expect(deriveStatus(period, false, '2027-03-30', false)).toBe('closed');
    expect(deriveStatus(period, true, '2027-02-01', false)).toBe('outcome');
    expect(deriveStatus({ ...period, status: 'paused' }, false, '2027-02-01', false)).toBe('paused');
  });

  it('counts days left including today and the closing day', () => {
    expect(daysLeft('2027-03-29', '2027-03-29')).toBe(1);
    expect(daysLeft('2027-03-29', '2027-03-27')).toBe(3);
  });

  it('puts the feedback report due date the configured weeks after closing', () => {
    expect(feedbackDueDate('2027-03-29', 12)).toBe('2027-06-21');
  });
});
