import { describe, expect, it } from 'vitest';
import { listInWords } from './list.ts';

describe('listInWords', () => {
  it('joins a list the way a sentence does', () => {
    expect(listInWords([])).toBe('');
    expect(listInWords(['Good Friday'])).toBe('Good Friday');
    expect(listInWords(['Good Friday', 'Easter Monday'])).toBe('Good Friday and Easter Monday');
    expect(listInWords(['residents', 'businesses', 'young people'])).toBe('residents, businesses and young people');
  });
  it('offers a choice with "or"', () =>
    expect(listInWords(['Post', 'Phone', 'Events'], 'or')).toBe('Post, Phone or Events'));
});
