import { describe, expect, it } from 'vitest';
import { emptyValuePaths } from './empty-values.ts';

describe('emptyValuePaths', () => {
  it('finds cleared optional fields, cleared objects and nulls', () => {
    const data = {
      title: 'Bus network review 2027',
      durationRationale: '',
      respond: { online: '', email: 'buses@harrowdale.example', events: [] },
      decision: { date: '', by: '', summary: '' },
      status: null,
      statutory: { required: false },
    };
    expect(emptyValuePaths(data)).toEqual([['durationRationale'], ['respond', 'online'], ['decision'], ['status']]);
  });

  it('removes keys inside list items but never the items, so indexes stay valid', () => {
    const data = {
      documents: [
        { title: 'Proposals', sizeKb: '' },
        { title: '', href: '' },
      ],
    };
    expect(emptyValuePaths(data)).toEqual([
      ['documents', 0, 'sizeKb'],
      ['documents', 1, 'title'],
      ['documents', 1, 'href'],
    ]);
  });

  it('finds nothing in complete data', () => {
    expect(emptyValuePaths({ title: 'x', topics: ['transport'], governance: {} })).toEqual([['governance']]);
    expect(emptyValuePaths({ title: 'x', topics: ['transport'], count: 0, flag: false })).toEqual([]);
  });
});
