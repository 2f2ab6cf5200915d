import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { escapeMdxText } from './escape-mdx.ts';

const parseMdx = (text: string) => unified().use(remarkParse).use(remarkMdx).parse(text);

describe('escapeMdxText', () => {
  it.each([
    ['a bare less-than before a number', 'Fewer than <10 people replied.', 'Fewer than \\<10 people replied.'],
    ['a less-than inside a word', 'Rated 3<4 by most people', 'Rated 3\\<4 by most people'],
    ['braces an editor typed', 'Reply to {the team} by email', 'Reply to \\{the team\\} by email'],
    [
      'an autolink, which MDX does not allow',
      'See <https://www.harrowdale.example>',
      'See \\<https://www.harrowdale.example>',
    ],
  ])('escapes %s so the body compiles as MDX', (_name, typed, saved) => {
    expect(() => parseMdx(typed)).toThrow();
    expect(escapeMdxText(typed)).toBe(saved);
    expect(() => parseMdx(escapeMdxText(typed))).not.toThrow();
  });

  it('leaves code spans, fenced code and earlier escapes as they are', () => {
    const body = [
      'Use `a < b` or `{x}` inline.',
      '',
      '```',
      'if (a < b) { go(); }',
      '```',
      '',
      'Already \\{escaped\\} and \\<kept.',
    ].join('\n');
    expect(escapeMdxText(body)).toBe(body);
    expect(() => parseMdx(body)).not.toThrow();
  });

  it('leaves tag-shaped text for the mdx-safety check to judge', () => {
    expect(escapeMdxText('An <abbr title="Special educational needs">SEN</abbr> review')).toBe(
      'An <abbr title="Special educational needs">SEN</abbr> review',
    );
    expect(escapeMdxText('<Callout />')).toBe('<Callout />');
  });

  it('is idempotent, so saving twice changes nothing more', () => {
    const once = escapeMdxText('Under 5s <10 minutes, {draft}, `x < y`');
    expect(escapeMdxText(once)).toBe(once);
  });

  it('escapes again after a closed fence', () => {
    expect(escapeMdxText('~~~\n{a}\n~~~\n{b}')).toBe('~~~\n{a}\n~~~\n\\{b\\}');
  });
});
