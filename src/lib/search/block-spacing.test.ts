import { describe, expect, it } from 'vitest';
import { spaceBlockBoundaries } from './block-spacing.ts';

describe('block boundaries in indexed pages', () => {
  it('puts a space after a table caption and each header cell, where Pagefind would join the words', () => {
    const table =
      '<table><caption>Events</caption><thead><tr><th scope="col">Event</th><th scope="col">When</th></tr></thead></table><p>Next</p>';
    expect(spaceBlockBoundaries(table)).toBe(
      '<table><caption>Events</caption> <thead><tr><th scope="col">Event</th> <th scope="col">When</th> </tr> </thead> </table> <p>Next</p>',
    );
  });

  it('spaces summaries, definition lists and quotations, and leaves inline elements and existing spaces alone', () => {
    expect(spaceBlockBoundaries('<details><summary>Other formats</summary>Ask us</details>')).toBe(
      '<details><summary>Other formats</summary> Ask us</details> ',
    );
    expect(spaceBlockBoundaries('<dl><dt>Required by law</dt><dd>Yes</dd></dl>')).toBe(
      '<dl><dt>Required by law</dt> <dd>Yes</dd> </dl>',
    );
    expect(spaceBlockBoundaries('<blockquote>Said</blockquote>\n<p>x</p>')).toBe(
      '<blockquote>Said</blockquote>\n<p>x</p>',
    );
    expect(spaceBlockBoundaries('<strong>Open</strong><span>Consultation</span><THEAD></THEAD>x')).toBe(
      '<strong>Open</strong><span>Consultation</span><THEAD></THEAD> x',
    );
  });
});
