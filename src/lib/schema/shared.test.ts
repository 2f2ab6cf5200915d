import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { httpsUrl, siteOrHttpsUrl } from './shared.ts';

const message = (schema: z.ZodType, value: unknown) => {
  const result = schema.safeParse(value, { reportInput: true });
  return result.success ? undefined : result.error.issues.map((issue) => issue.message).join(' / ');
};

const ALLOWED = 'must be a web address starting https:// or a path on this site starting with a single /';

describe('siteOrHttpsUrl', () => {
  const url = siteOrHttpsUrl();

  it.each([
    'https://www.harrowdale.example',
    'https://www.harrowdale.example/democracy/cabinet/2026-03-10?item=4#minutes',
    'https://localhost:4321/x',
    'https://www.harrowdale.example/search?q=bus%20routes&page=2',
    '/',
    '/documents/budget-2027-28-proposals.html#equality-impact',
    '/consultations/library-opening-hours/',
    '/documents/report.v1..final.pdf',
  ])('accepts %j', (value) => expect(message(url, value)).toBeUndefined());

  it.each([
    ['http://www.harrowdale.example/x', 'http:// is not secure: use the https:// address'],
    ['//evil.example/x', 'an address starting // goes to another site'],
    ['/\\evil.example', 'it has a backslash'],
    ['\\\\evil.example', 'it has a backslash'],
    ['https:\\\\evil.example', 'it has a backslash'],
    ['javascript:alert(document.domain)', 'a "javascript:" address does not open a web page and may run code'],
    ['JavaScript:alert(1)', 'a "javascript:" address'],
    ['JAVASCRIPT:alert(1)', 'a "javascript:" address'],
    ['java\tscript:alert(1)', 'it has a tab inside it'],
    ['java\nscript:alert(1)', 'it has an invisible character (U+000A) inside it'],
    ['\u0000javascript:alert(1)', 'it has an invisible character (U+0000) at the start'],
    ['  javascript:alert(1)', 'it has a space at the start'],
    ['&#106;avascript:alert(1)', 'it is written with HTML character codes'],
    ['&#x6A;avascript:alert(1)', 'it is written with HTML character codes'],
    ['javascript&colon;alert(1)', 'it is written with HTML character codes'],
    ['%6Aavascript:alert(1)', 'it is neither an https:// address nor a path on this site'],
    ['data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==', 'a "data:" address'],
    ['vbscript:msgbox(1)', 'a "vbscript:" address'],
    ['file:///etc/passwd', 'a "file:" address'],
    ['mailto:jane@example.com', 'an email address goes in respond.email or contact.email'],
    ['HTTPS://www.harrowdale.example', 'write https:// in lower case'],
    ['https://www.harrowdale.example@evil.example/', 'it has a name and @ before the site'],
    ['https://', 'https:// must be followed by the name of a site'],
    ['https:///evil.example', 'https:// must be followed by the name of a site'],
    ['https://www.harrowdale.example/\u202Efdp.exe', 'an invisible character (U+202E)'],
    ['https://www.harrowdale.example/caf\u00e9', '"é" must be percent-encoded in a web address (%C3%A9)'],
    ['https://www.harrowdale.example/"onmouseover="alert(1)', '""" must be percent-encoded'],
    ['/documents/../admin/', 'it uses . or .. to step out of its folder'],
    ['/%2e%2e/admin/', 'it uses . or .. to step out of its folder'],
    ['documents/x.pdf', 'it is neither an https:// address nor a path on this site'],
  ])('refuses %j, saying why', (value, reason) => {
    const text = message(url, value);
    expect(text).toContain(`${ALLOWED}; got "`);
    expect(text).toContain(reason);
  });

  it('refuses values that are not text', () => {
    expect(message(url, 42)).toBeDefined();
  });

  it('keeps documents under /documents/', () => {
    const documents = siteOrHttpsUrl({ sitePathsUnder: '/documents/' });
    expect(message(documents, '/documents/proposal.pdf')).toBeUndefined();
    expect(message(documents, 'https://www.harrowdale.example/proposal.pdf')).toBeUndefined();
    expect(message(documents, '/documents/')).toContain('it names the folder: add the name of the file');
    expect(message(documents, '/admin/config.yml')).toBe(
      'must be a web address starting https:// or a file on this site under /documents/; got "/admin/config.yml": a file on this site must be under /documents/',
    );
    expect(message(documents, '/documents/../admin/config.yml')).toContain('it uses . or .. to step out of its folder');
  });

  it('is one regular expression that the CMS (plain) and JSON Schema validators (unicode mode) read the same way', () => {
    const check = url._zod.def.checks![0]!._zod.def as unknown as { pattern: RegExp };
    const plain = new RegExp(check.pattern.source);
    const unicode = new RegExp(check.pattern.source, 'u');
    for (const value of ['https://x.example/a?b#c', '/documents/a.pdf', '//x', 'javascript:x', '/\\x', '/a b']) {
      expect([plain.test(value), unicode.test(value)]).toEqual([check.pattern.test(value), check.pattern.test(value)]);
    }
    expect(z.toJSONSchema(url)).toMatchObject({ type: 'string', pattern: check.pattern.source });
  });
});

describe('httpsUrl', () => {
  it('takes only full https:// addresses', () => {
    expect(message(httpsUrl(), 'https://www.harrowdale.example')).toBeUndefined();
    expect(message(httpsUrl(), '/consultations/')).toBe(
      'must be a web address starting https://; got "/consultations/": it must be a full address, starting https://',
    );
    expect(message(httpsUrl(), 'http://www.harrowdale.example')).toContain('http:// is not secure');
  });
});
