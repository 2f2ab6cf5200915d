import { describe, expect, it } from 'vitest';
import { href, linkTarget, safeHref, telHref } from './url.ts';

const SITE = { base: '/hub/', origin: 'http://localhost:4321' };

describe('linkTarget', () => {
  it.each([
    ['consultations/', '/hub/consultations/'],
    ['/documents/budget.html#equality-impact', '/hub/documents/budget.html#equality-impact'],
    ['https://www.harrowdale.example/democracy/', 'https://www.harrowdale.example/democracy/'],
    ['mailto:haveyoursay@harrowdale.example', 'mailto:haveyoursay@harrowdale.example'],
    ['tel:+441632960400', 'tel:+441632960400'],
    ['http://localhost:4321/hub/consultations/', 'http://localhost:4321/hub/consultations/'],
  ])('links %j', (url, expected) => expect(linkTarget(url, SITE)).toBe(expected));

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    '\u0000javascript:alert(1)',
    'javascript\u200B:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    'blob:https://evil.example/1',
    '//evil.example/',
    '/\\evil.example/',
    '\\\\evil.example',
    'https:\\\\evil.example',
    'http://evil.example/',
    'http://localhost:4322/',
    'https://www.harrowdale.example@evil.example/',
  ])('refuses %j', (url) => expect(linkTarget(url, SITE)).toBeUndefined());
});

describe('href and safeHref', () => {
  it('link site paths under the base the tests run with', () => {
    expect(href('consultations/')).toBe('/consultations/');
    expect(safeHref('/documents/a.pdf')).toBe('/documents/a.pdf');
  });

  it('never return a link that runs script: safeHref gives nothing, href refuses', () => {
    expect(safeHref('javascript:alert(1)')).toBeUndefined();
    expect(() => href('data:text/html,x')).toThrow('refusing to link to "data:text/html,x"');
  });
});

describe('telHref', () => {
  it('makes a phone number as written a tap-to-call link of its digits', () => {
    expect(telHref('01632 960 400')).toBe('tel:01632960400');
    expect(telHref('+44 (0)1632 960-400')).toBe('tel:+441632960400');
  });
});
