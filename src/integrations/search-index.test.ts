import { describe, expect, it } from 'vitest';
import { builtPagePath } from './search-index.ts';

describe('builtPagePath', () => {
  it('names the file a page is built to, under the base a GitHub Pages project site is served from', () => {
    expect(builtPagePath('/consultations/bus-review/', '/')).toBe('consultations/bus-review/index.html');
    expect(builtPagePath('/', '/')).toBe('index.html');
    // A repository named like a section of the site: only the leading base is taken off.
    expect(builtPagePath('/consultations/consultations/bus-review/', '/consultations/')).toBe(
      'consultations/bus-review/index.html',
    );
    expect(builtPagePath('/hub/404.html', '/hub/')).toBe('404.html');
    expect(builtPagePath('/hub/404', '/hub/')).toBe('404.html');
  });
});
