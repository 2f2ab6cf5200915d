import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseEntry } from '../content/entry.ts';
import { loadSettings } from '../content/settings.ts';
import { sourceFileFromText } from '../content/source.ts';
import type { CollectionName } from '../schema/index.ts';
import { compareFindings } from './core/index.ts';
import { personalDataRule } from './personal-data.ts';
import { BASE_CONSULTATION, BASE_FEEDBACK } from '../../../support/corpus.ts';
import { ROOT } from '../../../support/paths.ts';

const settings = loadSettings(ROOT);
const LIBRARY = readFileSync(BASE_CONSULTATION, 'utf8');
const FEEDBACK = readFileSync(BASE_FEEDBACK, 'utf8');

function edit(text: string, from: string, to: string): string {
  if (!text.includes(from)) throw new Error(`fixture has no "${from}"`);
  return text.replace(from, to);
}

function check(collection: CollectionName, text: string) {
  // A `file` rule: the file and the settings are all it reads.
  const entry = parseEntry(sourceFileFromText(collection, 'library-hours.mdx', text));
  return personalDataRule
    .checkEntry(entry, { settings })
    .sort(compareFindings)
    .map(({ line, column, message }) => ({ line, column, message }));
}

describe('personal-data in the frontmatter', () => {
  it('passes the clean files', () => {
    expect(check('consultations', LIBRARY)).toEqual([]);
    expect(check('feedback', FEEDBACK)).toEqual([]);
  });

  it('reads the summary, naming the field, at the line and column of the number', () => {
    const text = edit(LIBRARY, 'open later on weekday evenings.', 'open later. Ring Sam on 07700 900123.');
    expect(check('consultations', text)).toEqual([
      {
        line: 3,
        column: text.split('\n')[2]!.indexOf('07700') + 1,
        message:
          "the phone number 07700 900123 is published in summary: use the team number in contact.phone instead, never a person's number",
      },
    ]);
  });

  it('finds a line inside a value that runs over several lines', () => {
    const text = edit(
      FEEDBACK,
      '    youSaid: Most people wanted the libraries open until 7pm on weekdays.',
      '    youSaid: |\n      Most people wanted later opening.\n      One wrote from 14 Mill Lane, Kelbrook HD1 4QT.',
    );
    expect(check('feedback', text)).toEqual([
      {
        line: 11,
        column: 22,
        message:
          '"14 Mill Lane, Kelbrook HD1 4QT" looks like a home address, published in themes.0.youSaid: remove the house number and postcode; nothing on the site may identify a person',
      },
    ]);
  });

  it('reads NI numbers and addresses in every collection, and the names of record entries', () => {
    const text = edit(
      edit(LIBRARY, 'title: Changes to library opening hours in Kelbrook', 'title: Library hours for JT-12-34-56-A'),
      'decisionMaker: Cabinet Member for Communities',
      'decisionMaker: Jo at 22 The Green, Northfold HD6 2QE',
    );
    expect(check('consultations', text).map(({ line, message }) => [line, message.split(',')[0]])).toEqual([
      [2, '"JT-12-34-56-A" looks like a National Insurance number'],
      [9, '"22 The Green'],
    ]);
    const channels = edit(
      FEEDBACK,
      'byChannel: { online: 100, post: 20 }',
      'byChannel: { online: 100, "jo@gmail.com": 20 }',
    );
    expect(check('feedback', channels)).toMatchObject([
      { line: 6, message: expect.stringContaining('jo@gmail.com is published in responses.byChannel.jo@gmail.com') },
    ]);
  });

  it('reads event locations, decisions and themes but lets a venue carry its own address', () => {
    const events = edit(
      LIBRARY,
      '  post: Library Hours',
      '  events:\n    - { title: Drop-in at the library, date: 2026-11-30, start: "10:00", end: "12:00", location: "Kelbrook Library, 14 Station Road, Kelbrook HD1 6JP", stepFree: true }\n    - { title: Drop-in at home, date: 2026-12-01, start: "10:00", end: "12:00", location: "Call Jo on 07700 900 123", stepFree: true }\n  post: Library Hours',
    );
    expect(check('consultations', events)).toMatchObject([
      {
        line: 20,
        message: expect.stringContaining('the phone number 07700 900 123 is published in respond.events.1.location'),
      },
    ]);
    const body = edit(
      events,
      'Fill in the survey online',
      'Come to 14 Station Road, Kelbrook HD1 6JP or fill in the survey online',
    );
    expect(check('consultations', body)).toHaveLength(1);
  });

  it("leaves the team's own channels alone, and lets them be repeated", () => {
    const text = edit(
      edit(
        LIBRARY,
        '  post: Library Hours Consultation, Freepost HARROWDALE LIBRARIES, County Hall, Kelbrook HD1 2AB',
        '  post: Libraries Team, 1 Market Street, Kelbrook HD1 2AB\n  phone: 01632 960 999',
      ),
      'open later on weekday evenings.',
      'open later. Write to 1 Market Street, Kelbrook HD1 2AB or ring 01632 960999.',
    );
    expect(check('consultations', text)).toEqual([]);
  });
});

describe('personal-data in every field', () => {
  /** Every string of `value` (not the keys), with its path. */
  const stringPaths = (value: unknown, path: (string | number)[] = []): (string | number)[][] =>
    typeof value === 'string'
      ? [path]
      : Array.isArray(value)
        ? value.flatMap((item, index) => stringPaths(item, [...path, index]))
        : value && typeof value === 'object'
          ? Object.entries(value).flatMap(([key, item]) => stringPaths(item, [...path, key]))
          : [];

  const set = (data: unknown, path: (string | number)[], text: string): unknown => {
    const copy = structuredClone(data) as Record<string | number, unknown>;
    let parent = copy;
    for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
    parent[path.at(-1)!] = text;
    return copy;
  };

  const rich = (collection: CollectionName, text: string) => {
    const entry = parseEntry(sourceFileFromText(collection, 'library-hours.mdx', text));
    expect(entry.data).toBeDefined();
    return entry;
  };

  const consultation = rich(
    'consultations',
    edit(
      edit(LIBRARY, '  required: false', '  required: true\n  basis: Public Libraries and Museums Act 1964, section 7'),
      'contact:\n',
      [
        'durationRationale: Shorter to fit the budget timetable agreed by Cabinet.',
        'documents:\n  - { title: Proposed hours, href: /documents/proposal.html, format: html, accessible: true }',
        'feedbackDelay: { reason: The analysis is taking longer than we planned for., expected: 2027-05-01 }',
        'statusReason: Paused while the budget is agreed by Cabinet.',
        'decision: { date: 2027-02-10, by: Cabinet Member for Communities, summary: New hours agreed from April., href: /decisions/x/ }',
        'contact:\n',
      ].join('\n'),
    )
      .replace(
        '  status: completed\n',
        '  status: completed\n  href: /accessibility/\n  rationale: Screened with the equality team in September.\n',
      )
      .replace(
        '  post: Library',
        '  events:\n    - { title: Drop-in at the library, date: 2026-11-30, start: "10:00", end: "12:00", location: Kelbrook Library, online: /events/x/, stepFree: true }\n  phone: 01632 960 777\n  email: libraries@harrowdale.example\n  post: Library',
      ),
  );
  const feedbackEntry = rich(
    'feedback',
    edit(
      FEEDBACK,
      '    influenced: true',
      '    influenced: false\n    reason: The budget for Sunday opening was not there.',
    ),
  );

  it.each([
    ['consultations', consultation],
    ['feedback', feedbackEntry],
  ] as const)(
    "reports a personal number in every string of a %s file, except the team's own channels",
    (_collection, entry) => {
      const paths = stringPaths(entry.data);
      expect(paths.length).toBeGreaterThan(8);
      for (const path of paths) {
        const data = set(entry.data, path, `Ring Sam on 07700 900123 or email sam@gmail.com`);
        const findings = personalDataRule.checkEntry({ ...entry, data }, { settings });
        const ownChannel =
          path[0] === 'contact' || (path[0] === 'respond' && ['email', 'phone', 'post'].includes(String(path[1])));
        expect([path.join('.'), findings.length]).toEqual([path.join('.'), ownChannel ? 0 : 2]);
      }
    },
  );
});

describe('personal-data in the body', () => {
  it.each([
    ['[Email Jo](mailto:jo.bloggs@gmail.com?subject=Hours)', 'the email address jo.bloggs@gmail.com is published here'],
    ['[Call](tel:+447700900123)', 'the phone number +447700900123 is published here'],
    ['![Jo, 07700 900123](/documents/photo.png)', 'the phone number 07700 900123 is published here'],
    ['[Survey](https://forms.example/?from=jo%40gmail.com)', 'the email address jo@gmail.com is published here'],
    ['<Callout title="Ring Jo on 07700 900123">Details</Callout>', 'the phone number 07700 900123 is published here'],
    ['Write to jt 12 34 56 a', '"jt 12 34 56 a" looks like a National Insurance number, published here'],
  ])('reads %j', (markdown, message) => {
    const text = edit(LIBRARY, 'Fill in the survey online', `${markdown}\n\nFill in the survey online`);
    expect(check('consultations', text)).toMatchObject([{ line: 45, message: expect.stringContaining(message) }]);
  });
});
