import { describe, expect, it } from 'vitest';
import { partnerEntries } from './partners.ts';

const NORTHFOLD = {
  id: 'northfold-district-council',
  name: 'Northfold District Council',
  website: 'https://www.northfold.example',
};
const FILE = 'content/partners/northfold-district-council.json';

function record(slug: string, overrides: Record<string, unknown> = {}) {
  return {
    slug,
    url: `https://haveyoursay.northfold.example/consultations/${slug}/`,
    status: 'open',
    statusLabel: 'Open',
    title: 'Opening hours at Northfold leisure centres',
    summary: 'We want to open both leisure centres earlier on weekdays.',
    activity: 'consultation',
    significance: 'standard',
    statutory: { required: false },
    service: 'Leisure and Culture',
    decisionMaker: 'Cabinet',
    topics: ['culture-and-leisure'],
    areas: ['northfold'],
    audiences: ['residents'],
    methods: ['survey'],
    opens: '2026-11-09',
    closes: '2027-02-05',
    respond: { online: 'https://haveyoursay.northfold.example/surveys/leisure' },
    formats: [],
    documents: [],
    governance: {},
    contact: { team: 'Engagement Team', email: 'engagement@northfold.example' },
    related: [],
    organisation: 'northfold-district-council',
    partners: [],
    durationDays: 88,
    financialYear: '2026-27',
    feedbackDue: '2027-04-30',
    feedbackOverdue: false,
    feedback: null,
    ...overrides,
  };
}

const read = (...records: unknown[]) => partnerEntries(JSON.stringify({ consultations: records }), NORTHFOLD, FILE);

describe("reading a partner hub's feed", () => {
  it('reads a record of the open data as a consultation led by the partner, linking to its page', () => {
    const { entries, problems } = read(record('leisure-hours', { organisation: 'ndc' }));
    expect(problems).toEqual([]);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      slug: 'leisure-hours',
      url: 'https://haveyoursay.northfold.example/consultations/leisure-hours/',
      organisation: NORTHFOLD,
      hasFeedback: false,
      data: { title: 'Opening hours at Northfold leisure centres', organisation: 'northfold-district-council' },
    });
  });

  it("refuses another site's unsafe links and hidden characters, naming the record and field, and keeps the rest", () => {
    const { entries, problems } = read(
      record('javascript-link', { url: 'javascript:alert(1)' }),
      record('survey-link', { respond: { online: 'http://evil.example/' } }),
      record('hidden-text', { title: 'Opening hours \u202Eat Northfold leisure centres' }),
      record('fine'),
    );
    expect(entries.map((entry) => entry.slug)).toEqual(['fine']);
    expect(problems.map((problem) => problem.message)).toEqual([
      expect.stringMatching(/^consultations\.0: url must be a web address starting https:\/\//),
      expect.stringMatching(/^consultations\.1: respond\.online must be .*http:\/\/ is not secure/),
      expect.stringMatching(/^consultations\.2: title /),
    ]);
    expect(problems.every((problem) => problem.file === FILE)).toBe(true);
  });

  it('says so when the file is not JSON or has no consultations', () => {
    expect(partnerEntries('{"consultations": [', NORTHFOLD, FILE).problems[0]!.message).toMatch(/^is not JSON/);
    expect(partnerEntries('{}', NORTHFOLD, FILE).problems).toEqual([{ file: FILE, message: 'has no consultations list' }]);
  });
});
