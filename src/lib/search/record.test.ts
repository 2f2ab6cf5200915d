import { describe, expect, it } from 'vitest';
import { buildCatalogue, type CatalogueItem } from '../catalogue/catalogue.ts';
import { facetLabeller } from '../catalogue/finder.ts';
import { recentFrom } from '../catalogue/recent.ts';
import type { Consultation } from '../schema/consultation.ts';
import type { Feedback } from '../schema/feedback.ts';
import { archiveParts, pagefindBody, pagefindFields, searchPlacement, searchRecord } from './record.ts';

const TODAY = '2026-11-23';
const label = facetLabeller({
  topics: [
    { id: 'libraries', label: 'Libraries' },
    { id: 'culture', label: 'Culture, parks and leisure' },
  ],
  areas: [
    { id: 'countywide', label: 'Whole county' },
    { id: 'kelbrook', label: 'Kelbrook' },
    { id: 'northfold', label: 'Northfold' },
  ],
  audiences: [{ id: 'residents', label: 'All residents' }],
});
const context = { today: TODAY, label, areas: ['countywide', 'kelbrook', 'northfold'] };

function consultation(id: string, opens: string, closes: string): { id: string; data: Consultation } {
  return {
    id,
    data: {
      title: `Changes to library opening hours (${id})`,
      summary: 'We propose new opening hours for two libraries and want to know how they would affect you.',
      activity: 'consultation',
      significance: 'major',
      statutory: { required: true, basis: 'Public Libraries and Museums Act 1964' },
      service: 'Libraries and Culture',
      decisionMaker: 'Cabinet',
      topics: ['libraries', 'culture'],
      areas: ['kelbrook', 'northfold'],
      audiences: ['residents'],
      methods: ['survey'],
      opens,
      closes,
      respond: { online: 'https://example.org/survey', post: 'Libraries team, County Hall, Kelbrook HD1 2AB' },
      formats: [],
      documents: [],
      equalityImpact: { status: 'completed' },
      governance: { authorisedBy: 'Cabinet Member for Culture', authorisedOn: '2026-09-01' },
      contact: { team: 'Libraries team', email: 'libraries@harrowdale.example' },
      related: [],
    },
  };
}

const report = (consultationId: string, published: string): { id: string; data: Feedback } => ({
  id: consultationId,
  data: {
    consultation: consultationId,
    published,
    responses: { total: 412 },
    themes: [
      { theme: 'Evening opening', youSaid: 'Open later on weekdays.', weDid: 'We open until 7pm.', influenced: true },
    ],
    decision: { date: published, by: 'Cabinet', summary: 'We agreed the new hours with later evenings.' },
  },
});

const catalogue = (consultations: ReturnType<typeof consultation>[], reports: ReturnType<typeof report>[] = []) =>
  buildCatalogue(consultations, reports, { feedbackWithinWeeks: 12 }, TODAY);
const [open, closedLastYear, older] = catalogue([
  consultation('open', '2026-10-05', '2027-01-11'),
  consultation('closed-last-year', '2025-09-01', recentFrom(TODAY)),
  consultation('older', '2015-03-02', '2015-05-25'),
]) as [CatalogueItem, CatalogueItem, CatalogueItem];

describe('searchPlacement', () => {
  it('puts consultations closing from a year ago on (and everything open or to come) in the recent bundle', () => {
    expect(searchPlacement({ kind: 'consultation', item: open }, TODAY)).toEqual({ bundle: 'recent' });
    expect(searchPlacement({ kind: 'consultation', item: closedLastYear }, TODAY)).toEqual({ bundle: 'recent' });
    expect(searchPlacement({ kind: 'consultation', item: older }, TODAY)).toEqual({
      bundle: 'archive',
      part: 'consultations',
    });
  });

  it("places a feedback report by its consultation's closing date, in the archive's part for reports", () => {
    const published = { published: '2015-09-14' };
    expect(searchPlacement({ kind: 'feedback', report: published, consultation: older }, TODAY)).toEqual({
      bundle: 'archive',
      part: 'feedback',
    });
    expect(searchPlacement({ kind: 'feedback', report: published, consultation: open }, TODAY)).toEqual({
      bundle: 'recent',
    });
    // A report whose consultation is not in the catalogue has no closing date to go by.
    expect(searchPlacement({ kind: 'feedback', report: published, consultation: undefined }, TODAY)).toEqual({
      bundle: 'recent',
    });
  });

  it('keeps strategies and standards in the recent bundle, however old', () => {
    expect(searchPlacement({ kind: 'strategy', strategy: { adopted: '2012-04-01' } }, TODAY)).toEqual({
      bundle: 'recent',
    });
    expect(searchPlacement({ kind: 'standard', standard: { reviewed: '2013-01-10' } }, TODAY)).toEqual({
      bundle: 'recent',
    });
  });
});

describe('searchRecord', () => {
  it("gives a consultation its status, dates and type, the finder's labels as filters, and its closing date while open", () => {
    expect(searchRecord({ kind: 'consultation', item: open }, context)).toEqual({
      placement: { bundle: 'recent' },
      meta: { status: 'Open', opens: '5 October 2026', closes: '11 January 2027', type: 'Consultation' },
      filters: {
        status: ['Open'],
        area: ['Kelbrook', 'Northfold'],
        topic: ['Libraries', 'Culture, parks and leisure'],
        audience: ['All residents'],
        activity: ['Consultation'],
        year: ['2026'],
      },
      sortDate: '2026-10-05',
      closes: '2027-01-11',
    });
  });

  it('files a consultation for the whole county under every area too, as the finder lists it', () => {
    const budget = consultation('budget', '2026-11-02', '2026-12-14');
    budget.data.areas = ['countywide'];
    const [countywide] = catalogue([budget]);
    expect(searchRecord({ kind: 'consultation', item: countywide! }, context).filters.area).toEqual([
      'Whole county',
      'Kelbrook',
      'Northfold',
    ]);
  });

  it('files a feedback report under "Outcome published", sorted by the day it was published', () => {
    const page = { kind: 'feedback', report: report('older', '2015-09-14').data, consultation: older } as const;
    expect(searchRecord(page, context)).toEqual({
      placement: { bundle: 'archive', part: 'feedback' },
      meta: { type: 'Feedback report', published: '14 September 2015' },
      filters: { status: ['Outcome published'] },
      sortDate: '2015-09-14',
    });
  });
});

describe('archiveParts', () => {
  it('names the parts older pages will fill: consultations, and feedback reports only where an older one has a report', () => {
    expect(archiveParts([open, closedLastYear], TODAY)).toEqual([]);
    expect(archiveParts([open, older], TODAY)).toEqual(['consultations']);
    const [withReport] = catalogue(
      [consultation('older', '2015-03-02', '2015-05-25')],
      [report('older', '2015-09-14')],
    );
    expect(archiveParts([open, withReport!], TODAY)).toEqual(['consultations', 'feedback']);
    const [recentWithReport] = catalogue(
      [consultation('open', '2026-06-01', '2026-08-31')],
      [report('open', '2026-11-02')],
    );
    expect(archiveParts([recentWithReport!], TODAY)).toEqual([]);
  });
});

describe('the record in HTML', () => {
  const record = searchRecord({ kind: 'consultation', item: older }, context);

  it("marks the indexed element with its sort date and bundle, and reads the bundle filter from the bundle's attribute", () => {
    expect(pagefindBody(record)).toEqual({
      'data-pagefind-body': '',
      'data-pagefind-sort': 'date:2015-03-02',
      'data-search-bundle': 'archive',
      'data-pagefind-filter': 'bundle[data-search-bundle]',
    });
  });

  it('gives each meta value and each filter value its own element, filters in the order search offers them', () => {
    expect(pagefindFields(record)).toEqual([
      { 'data-pagefind-meta': 'status:Closed' },
      { 'data-pagefind-meta': 'opens:2 March 2015' },
      { 'data-pagefind-meta': 'closes:25 May 2015' },
      { 'data-pagefind-meta': 'type:Consultation' },
      { 'data-pagefind-filter': 'status:Closed' },
      { 'data-pagefind-filter': 'area:Kelbrook' },
      { 'data-pagefind-filter': 'area:Northfold' },
      { 'data-pagefind-filter': 'topic:Libraries' },
      { 'data-pagefind-filter': 'topic:Culture, parks and leisure' },
      { 'data-pagefind-filter': 'audience:All residents' },
      { 'data-pagefind-filter': 'activity:Consultation' },
      { 'data-pagefind-filter': 'year:2015' },
    ]);
  });

  it('gives an open consultation its closing date as a sort of its own, so "Closing soonest first" lists only those', () => {
    const fields = pagefindFields(searchRecord({ kind: 'consultation', item: open }, context));
    expect(fields).toContainEqual({ 'data-pagefind-sort': 'closes:2027-01-11' });
    expect(pagefindFields(record).some((field) => 'data-pagefind-sort' in field)).toBe(false);
  });
});
