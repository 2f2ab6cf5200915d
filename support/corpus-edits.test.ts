/** The edits corpus examples are written in: they change only what they name, and refuse what does not fit. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BASE_CONSULTATION, BASE_FEEDBACK } from './corpus.ts';
import { applyEdits, fieldLine, textLine } from './corpus-edits.ts';

const LIBRARY = readFileSync(BASE_CONSULTATION, 'utf8');
const FEEDBACK = readFileSync(BASE_FEEDBACK, 'utf8');

/** The lines of `after` that are not lines of `before`, and the other way round. */
function changedLines(before: string, after: string) {
  const lines = (text: string) => new Set(text.split('\n'));
  const [was, now] = [lines(before), lines(after)];
  return { added: [...now].filter((line) => !was.has(line)), removed: [...was].filter((line) => !now.has(line)) };
}

describe('applyEdits', () => {
  it('rewrites only the fields it sets or deletes, keeping every other byte of the base', () => {
    const edited = applyEdits(
      LIBRARY,
      {
        frontmatter: {
          set: { audiences: ['older-people'], 'respond.online': 'javascript:alert(1)' },
          delete: ['formats'],
        },
      },
      'test',
    );
    expect(changedLines(LIBRARY, edited)).toEqual({
      added: ['audiences: [older-people]', '  online: javascript:alert(1)'],
      removed: [
        'audiences: [residents]',
        '  online: https://haveyoursay.harrowdale.example/surveys/library-hours',
        'formats: [large-print, paper]',
      ],
    });
    expect(fieldLine(edited, 'audiences')).toBe(fieldLine(LIBRARY, 'audiences'));
  });

  it('adds a missing field at the end of its map, and rewrites a flow map whole to set a field inside it', () => {
    const edited = applyEdits(LIBRARY, { frontmatter: { set: { 'decision.href': '/decisions/1' } } }, 'test');
    expect(edited).toContain('  phone: 01632 960 512\ndecision:\n  href: /decisions/1\n---\n');
    expect(fieldLine(edited, 'decision.href')).toBe(30);
    const report = applyEdits(FEEDBACK, { frontmatter: { set: { 'responses.byChannel.events': 5 } } }, 'test');
    expect(report).toContain('  byChannel: {online: 100, post: 20, events: 5}\n');
  });

  it('inserts a block after a line, replaces and appends in the body', () => {
    const edited = applyEdits(
      LIBRARY,
      {
        body: [
          { after: 'visit after work.', insert: 'Going forward we will leverage our buildings.' },
          { find: 'within 12 weeks', replace: 'within 12 months' },
          { append: '\nThe end.\n' },
        ],
      },
      'test',
    );
    expect(edited).toContain('visit after work.\n\nGoing forward we will leverage our buildings.\n\n## Why');
    expect(edited).toContain('within 12 months.\n\nThe end.\n');
    expect(textLine(edited, 'Going forward')).toBe(35);
  });

  it('refuses, naming the case, an edit that does not fit the base', () => {
    expect(() => applyEdits(LIBRARY, { body: [{ find: 'not in the body', replace: '' }] }, 'jargon')).toThrow(
      'jargon: the body must contain "not in the body" exactly once',
    );
    expect(() => applyEdits(LIBRARY, { body: [{ after: '##', insert: 'x' }] }, 'jargon')).toThrow('exactly once');
    expect(() => applyEdits(LIBRARY, { frontmatter: { delete: ['decision'] } }, 'jargon')).toThrow(
      'jargon: delete decision: there is no such field',
    );
    expect(() => applyEdits('No frontmatter\n', { body: [{ append: 'x' }] }, 'jargon')).toThrow(
      'jargon: a base file needs a frontmatter block',
    );
  });

  it('finds no line for a field or a text the file does not have', () => {
    expect(fieldLine(LIBRARY, 'decision.href')).toBeUndefined();
    expect(fieldLine(LIBRARY, 'contact.email')).toBe(27);
    expect(textLine(LIBRARY, 'not there')).toBeUndefined();
  });
});
