import { describe, expect, it } from 'vitest';
import { parseBody } from '../content/body.ts';
import { makeMdxSafe } from './escape-mdx.ts';

const parses = (text: string) => parseBody(text).problem === undefined;

describe('makeMdxSafe', () => {
  it.each([
    ['a bare less-than before a number', 'Fewer than <10 people replied.', 'Fewer than \\<10 people replied.'],
    ['a less-than inside a word', 'Rated 3<4 by most people', 'Rated 3\\<4 by most people'],
    ['braces an editor typed', 'Reply to {the team} by email', 'Reply to \\{the team\\} by email'],
    [
      'an autolink, which MDX does not have',
      'See <https://www.harrowdale.example>',
      'See [https://www.harrowdale.example](https://www.harrowdale.example)',
    ],
    [
      'an email autolink',
      'Write to <team@harrowdale.example>.',
      'Write to [team@harrowdale.example](mailto:team@harrowdale.example).',
    ],
    [
      'an HTML comment, kept a comment',
      'Text\n\n<!-- editor note: check figures -->\n',
      'Text\n\n{/* editor note: check figures */}\n',
    ],
  ])('repairs %s so the body compiles as MDX', (_name, typed, saved) => {
    expect(parses(typed)).toBe(false);
    expect(makeMdxSafe(typed)).toBe(saved);
    expect(parses(saved)).toBe(true);
  });

  it('leaves a body that parses exactly as written: comments, code, tables, headings, lists', () => {
    const body = [
      '## What we are proposing',
      '',
      '{/* editor note: check figures with finance */}',
      '',
      '- Use `a < b` or `{x}` inline, and a span `over',
      '  two lines {y}` too.',
      '- A fence in a list:',
      '',
      '  ```',
      '  if (a < b) { go(); }',
      '  ```',
      '',
      '> ```',
      '> {quoted}',
      '> ```',
      '',
      '| Day | Hours |',
      '|:----|------:|',
      '| Mon | 9-5 |',
      '',
      'Already \\{escaped\\} and \\<kept. A link: https://www.harrowdale.example',
      '',
    ].join('\n');
    expect(parses(body)).toBe(true);
    expect(makeMdxSafe(body)).toBe(body);
  });

  it('repairs only the failing characters, leaving the comment and code around them', () => {
    const body = '{/* note */}\n\nUnder 5s <10 minutes, {draft}, `x < y` and `{z}`\n';
    expect(makeMdxSafe(body)).toBe('{/* note */}\n\nUnder 5s \\<10 minutes, \\{draft\\}, `x < y` and `{z}`\n');
  });

  it('leaves tag-shaped text for the mdx-safety check to judge', () => {
    expect(makeMdxSafe('An <abbr title="Special educational needs">SEN</abbr> review')).toBe(
      'An <abbr title="Special educational needs">SEN</abbr> review',
    );
    expect(makeMdxSafe('An <abbr>unclosed review')).toBe('An <abbr>unclosed review');
  });

  it('is idempotent, so saving twice changes nothing more', () => {
    const once = makeMdxSafe('Under 5s <10 minutes, {draft}, `x < y`');
    expect(makeMdxSafe(once)).toBe(once);
  });
});
