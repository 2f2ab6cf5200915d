import { describe, expect, it } from 'vitest';
import { consultation as consultationData } from '../../../support/catalogue-items.ts';
import { finderPath } from '../routes.ts';
import type { Consultation } from '../schema/consultation.ts';
import { buildCatalogue } from './catalogue.ts';
import {
  chooseFilter,
  clearedBy,
  facetLabeller,
  finderChoices,
  finderHeading,
  finderIndex,
  finderOrder,
  finderPages,
  listedValues,
  nextStepFacet,
  openNearYou,
  removeFilter,
  showsWholeCounty,
  type FinderSelection,
} from './finder.ts';

const TODAY = '2026-11-23';
const taxonomy = {
  topics: [
    { id: 'libraries', label: 'Libraries' },
    { id: 'budget', label: 'Budget and council tax' },
    { id: 'transport', label: 'Transport and roads' },
  ],
  areas: [
    { id: 'countywide', label: 'Whole county' },
    { id: 'kelbrook', label: 'Kelbrook' },
    { id: 'northfold', label: 'Northfold' },
    { id: 'southmere', label: 'Southmere' },
  ],
  audiences: [{ id: 'residents', label: 'All residents' }],
};
const label = facetLabeller(taxonomy);

function consultation(id: string, opens: string, closes: string, extra: Partial<Consultation>) {
  const fields: Partial<Consultation> = {
    title: `Consultation ${id}`,
    significance: 'major',
    topics: ['libraries'],
    areas: ['kelbrook'],
  };
  return { id, data: consultationData(id, { ...fields, opens, closes, ...extra }) };
}

const items = buildCatalogue(
  [
    consultation('kelbrook-libraries', '2026-10-01', '2027-01-10', { areas: ['kelbrook', 'northfold'] }),
    consultation('budget', '2026-11-02', '2026-12-14', { topics: ['budget'], areas: ['countywide'] }),
    consultation('kelbrook-closing', '2026-09-01', '2026-11-30', { topics: ['transport'] }),
    consultation('northfold-parking', '2026-10-05', '2026-12-20', { topics: ['transport'], areas: ['northfold'] }),
    consultation('kelbrook-coming', '2027-02-01', '2027-04-26', {}),
    consultation('kelbrook-past', '2025-03-01', '2025-05-24', {}),
    consultation('bus-past', '2025-06-01', '2025-08-24', { topics: ['transport'], areas: ['countywide'] }),
  ],
  [],
  { feedbackWithinWeeks: 12 },
  TODAY,
);
const index = finderIndex(items, taxonomy);
const open = { facet: 'status', value: 'open' } as const;
const kelbrook = { facet: 'area', value: 'kelbrook' } as const;
const ids = (selection: FinderSelection) => index.lists.get(finderPath(selection))?.items.map((item) => item.id);
const counts = (selection: FinderSelection, facet: Parameters<typeof finderChoices>[2]) =>
  finderChoices(index, selection, facet, label).map((choice) => `${choice.label} ${choice.count}`);

describe('the finder', () => {
  it('lists what is open in an area with what is open for the whole county, closing soonest first', () => {
    expect(ids([open, kelbrook])).toEqual(['kelbrook-closing', 'budget', 'kelbrook-libraries']);
    expect(finderOrder([open, kelbrook])).toBe('closing-soonest');
    expect(ids([kelbrook])).toEqual([
      'kelbrook-coming',
      'budget',
      'kelbrook-libraries',
      'kelbrook-closing',
      'bus-past',
      'kelbrook-past',
    ]);
    expect(ids([{ facet: 'area', value: 'countywide' }])).toEqual(['budget', 'bus-past']);
    expect(showsWholeCounty([open, kelbrook])).toBe(true);
    expect(showsWholeCounty([{ facet: 'area', value: 'countywide' }])).toBe(false);
    expect(
      listedValues(
        items.find((item) => item.id === 'budget')!,
        'area',
        ['countywide', 'kelbrook'],
      ),
    ).toEqual(['countywide', 'kelbrook']);
  });

  it('counts each choice as the results of the page it leads to, keeping what it combines with', () => {
    expect(counts([], 'status')).toEqual(['Forthcoming 1', 'Open 4', 'Closed 2']);
    expect(counts([open], 'area')).toEqual(['Whole county 1', 'Kelbrook 3', 'Northfold 3', 'Southmere 1']);
    expect(counts([kelbrook], 'status')).toEqual(['Forthcoming 1', 'Open 3', 'Closed 2']);
    expect(counts([open, kelbrook], 'topic')).toEqual([
      'Budget and council tax 1',
      'Libraries 1',
      'Transport and roads 2',
    ]);
    // Every count is the length of the list its link opens.
    for (const selection of [[], [open], [kelbrook], [open, kelbrook]] as FinderSelection[])
      for (const facet of ['status', 'area', 'topic', 'year'] as const)
        for (const choice of finderChoices(index, selection, facet, label))
          expect(ids(choice.selection)?.length, finderPath(choice.selection)).toBe(choice.count);
  });

  it('combines a status with an area or a topic, and says what a choice replaces', () => {
    expect(chooseFilter([open], kelbrook)).toEqual([open, kelbrook]);
    expect(chooseFilter([kelbrook], open)).toEqual([open, kelbrook]);
    expect(chooseFilter([open, kelbrook], { facet: 'topic', value: 'budget' })).toEqual([
      open,
      { facet: 'topic', value: 'budget' },
    ]);
    expect(clearedBy([open, kelbrook], 'topic')).toEqual([kelbrook]);
    expect(chooseFilter([open, kelbrook], { facet: 'year', value: '2026' })).toEqual([
      { facet: 'year', value: '2026' },
    ]);
    expect(clearedBy([open, kelbrook], 'year')).toEqual([open, kelbrook]);
    expect(clearedBy([open, kelbrook], 'status')).toEqual([]);
    expect(removeFilter([open, kelbrook], 'status')).toEqual([kelbrook]);
    expect(finderChoices(index, [open, kelbrook], 'area', label).find((choice) => choice.chosen)?.label).toBe(
      'Kelbrook',
    );
  });

  it('offers a status, then an area, as the next step above the results', () => {
    expect(nextStepFacet([])).toBe('status');
    expect(nextStepFacet([kelbrook])).toBe('status');
    expect(nextStepFacet([open])).toBe('area');
    expect(nextStepFacet([open, kelbrook])).toBeUndefined();
    expect(nextStepFacet([{ facet: 'year', value: '2025' }])).toBeUndefined();
  });

  it('keeps a page for what is open or coming in every area and topic, even while there is none', () => {
    const southmere = { facet: 'area', value: 'southmere' } as const;
    expect(ids([open, southmere])).toEqual(['budget']);
    expect(ids([{ facet: 'status', value: 'forthcoming' }, southmere])).toEqual([]);
    expect(ids([{ facet: 'status', value: 'closed' }, southmere])).toEqual(['bus-past']);
    expect(ids([{ facet: 'status', value: 'outcome' }, southmere])).toBeUndefined();
    // Choices that would lead to an empty page are not offered.
    expect(counts([{ facet: 'status', value: 'forthcoming' }], 'area')).toEqual(['Kelbrook 1']);
  });

  it('paginates every list in its own order', () => {
    const pages = finderPages(index, 2);
    const paths = pages.map((page) => finderPath(page.selection, page.page));
    expect(paths).toContain('consultations/');
    expect(paths).toContain('consultations/page/4/');
    expect(paths).not.toContain('consultations/page/5/');
    expect(paths).toContain('consultations/status/open/area/kelbrook/page/2/');
    expect(paths).toContain('consultations/topic/libraries/');
    expect(new Set(paths).size).toBe(paths.length);
    const openInKelbrook = pages.filter(
      (page) => finderPath(page.selection) === 'consultations/status/open/area/kelbrook/',
    );
    expect(openInKelbrook.flatMap((page) => page.items.map((item) => item.id))).toEqual(ids([open, kelbrook]));
    expect(openInKelbrook.map((page) => [page.page, page.pageCount, page.total, page.order])).toEqual([
      [1, 2, 3, 'closing-soonest'],
      [2, 2, 3, 'closing-soonest'],
    ]);
  });

  it('names each page and lists the areas on the home page', () => {
    expect(finderHeading([], label)).toBe('Consultations');
    expect(finderHeading([open], label)).toBe('Open consultations');
    expect(finderHeading([open, kelbrook], label)).toBe('Open consultations: Kelbrook');
    expect(finderHeading([{ facet: 'topic', value: 'libraries' }], label)).toBe('Consultations: Libraries');
    expect(
      openNearYou(index, taxonomy, label).map((area) => `${area.label} ${area.count} ${finderPath(area.selection)}`),
    ).toEqual([
      'Kelbrook 3 consultations/status/open/area/kelbrook/',
      'Northfold 3 consultations/status/open/area/northfold/',
      'Southmere 1 consultations/status/open/area/southmere/',
    ]);
  });
});

describe('the organisation filter', () => {
  const names: Record<string, string> = {
    'harrowdale-county-council': 'Harrowdale County Council',
    'harrowdale-fire': 'Harrowdale Fire and Rescue Service',
  };
  const own = buildCatalogue(
    [
      consultation('budget', '2026-11-02', '2026-12-14', {}),
      consultation('fire-plan', '2026-11-02', '2027-02-14', { organisation: 'harrowdale-fire' }),
      consultation('safety', '2026-11-02', '2027-02-14', { partners: ['harrowdale-fire'] }),
    ],
    [],
    { feedbackWithinWeeks: 12 },
    TODAY,
    'harrowdale-county-council',
  );
  const byOrganisation = finderIndex(own, taxonomy);
  const named = facetLabeller(taxonomy, (id) => names[id] ?? id);

  it("files each consultation under its lead, the hub's own where none is named, and a joint one under every partner", () => {
    expect(own.map((item) => listedValues(item, 'organisation', []))).toEqual([
      ['harrowdale-county-council'],
      ['harrowdale-fire'],
      ['harrowdale-county-council', 'harrowdale-fire'],
    ]);
  });

  it('has a page per organisation with honest counts and its name as the label', () => {
    const choices = finderChoices(byOrganisation, [], 'organisation', named);
    expect(choices.map((choice) => [choice.label, choice.count, finderPath(choice.selection)])).toEqual([
      ['Harrowdale County Council', 2, 'consultations/organisation/harrowdale-county-council/'],
      ['Harrowdale Fire and Rescue Service', 2, 'consultations/organisation/harrowdale-fire/'],
    ]);
    expect(finderHeading([{ facet: 'organisation', value: 'harrowdale-fire' }], named)).toBe(
      'Consultations: Harrowdale Fire and Rescue Service',
    );
  });
});
