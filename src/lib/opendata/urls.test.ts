import { describe, expect, it } from 'vitest';
import { absoluteUrl } from './urls.ts';

const BASE = new URL('https://haveyoursay.harrowdale.example/hub/');

describe('absoluteUrl', () => {
  it('makes site paths absolute under the base and passes https:// addresses through', () => {
    expect(absoluteUrl(BASE, '/documents/budget.html#equality-impact')).toBe(
      'https://haveyoursay.harrowdale.example/hub/documents/budget.html#equality-impact',
    );
    expect(absoluteUrl(BASE, 'consultations/x/')).toBe('https://haveyoursay.harrowdale.example/hub/consultations/x/');
    expect(absoluteUrl(BASE, 'https://www.harrowdale.example/democracy/')).toBe(
      'https://www.harrowdale.example/democracy/',
    );
  });

  it.each([
    'javascript:alert(1)',
    'JAVASCRIPT:alert(1)',
    'data:text/html,x',
    'http://evil.example/',
    '//evil.example/',
    '/\\evil.example',
    'java\tscript:alert(1)',
  ])('refuses to publish %j', (link) => expect(() => absoluteUrl(BASE, link)).toThrow('refusing to publish'));
});
