import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { readDiskEntries } from '../../src/lib/history/disk-entries.ts';
import { consultationsCsv, csvField } from '../../src/lib/opendata/csv.ts';
import { consultationRecord } from '../../src/lib/opendata/record.ts';
import { ROOT } from '../../support/paths.ts';
import { readBuilt } from '../../support/paths.ts';
import { catalogueItem } from '../../support/catalogue-items.ts';

const schema = JSON.parse(readBuilt('data/schema.json')) as Record<string, unknown>;
const dataset = JSON.parse(readBuilt('data/consultations.json')) as {
  generated: string;
  consultations: Record<string, unknown>[];
};
const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats.default(ajv);
const validate = ajv.compile(schema);

/** RFC 4180 reader, enough to check the file: quoted fields, doubled quotes, CRLF rows. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\r' && text[i + 1] === '\n') {
      rows.push([...row, field]);
      row = [];
      field = '';
      i += 1;
    } else field += char;
  }
  return rows;
}

describe('/data/consultations.json', () => {
  it('validates against /data/schema.json', () => {
    expect(schema.$id).toBe('https://haveyoursay.harrowdale.example/data/schema.json');
    expect(validate(dataset), JSON.stringify(validate.errors)).toBe(true);
  });

  it('has every consultation on disk, with derived status, absolute URLs and the feedback link', () => {
    const { consultations, feedback } = readDiskEntries(ROOT);
    expect(dataset.generated).toBe('2026-11-23');
    expect(dataset.consultations.map((record) => record.slug)).toEqual(consultations.map((entry) => entry.id).sort());
    const report = feedback[0]!;
    const record = dataset.consultations.find((candidate) => candidate.slug === report.data.consultation)!;
    expect(record).toMatchObject({
      status: 'outcome',
      url: `https://haveyoursay.harrowdale.example/consultations/${report.data.consultation}/`,
      feedback: {
        slug: report.id,
        url: `https://haveyoursay.harrowdale.example/feedback/${report.id}/`,
        published: report.data.published,
      },
    });
  });

  it('is rejected by the schema when a record drifts', () => {
    const broken = structuredClone(dataset);
    broken.consultations[0]!.status = 'finished';
    delete broken.consultations[0]!.opens;
    expect(validate(broken)).toBe(false);
    expect(validate.errors!.map((error) => error.instancePath)).toEqual(
      expect.arrayContaining(['/consultations/0/status']),
    );
    expect(
      validate.errors!.some(
        (error) => error.params && 'missingProperty' in error.params && error.params.missingProperty === 'opens',
      ),
    ).toBe(true);
  });
});

describe('/data/consultations.csv', () => {
  const text = readBuilt('data/consultations.csv');
  const rows = parseCsv(text);

  it('has a header and one row per consultation, all the same width, CRLF-terminated', () => {
    expect(text.endsWith('\r\n')).toBe(true);
    expect(rows[0]!.slice(0, 4)).toEqual(['slug', 'title', 'url', 'status']);
    expect(rows).toHaveLength(dataset.consultations.length + 1);
    for (const row of rows) expect(row).toHaveLength(rows[0]!.length);
    const slugs = rows.slice(1).map((row) => row[0]);
    expect(slugs).toEqual(dataset.consultations.map((record) => record.slug));
  });

  it('round-trips text with commas, quotes and line breaks', () => {
    const record = consultationRecord(
      catalogueItem(
        'tricky',
        {
          title: 'Parking, loading and "short stay" bays',
          summary: 'Line one of the summary.\nLine two, with a comma.',
        },
        '2026-11-23',
      ),
      new URL('https://example.gov.uk/'),
      'harrowdale-county-council',
    );
    const [header, row] = parseCsv(consultationsCsv([record]));
    expect(row![header!.indexOf('title')]).toBe('Parking, loading and "short stay" bays');
    expect(row![header!.indexOf('summary')]).toBe('Line one of the summary.\nLine two, with a comma.');
    expect(csvField('plain')).toBe('plain');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
  });

  it('neutralises every cell a spreadsheet would run as a formula, and leaves the rest alone', () => {
    for (const formula of [
      '=HYPERLINK("https://evil.example","Click")',
      '+1+1',
      '-2+3',
      '@SUM(A1:A9)',
      '\t=1+1',
      '\r=1+1',
      '  =1+1',
    ]) {
      expect(csvField(formula)).toBe(`"'${formula.replace(/"/g, '""')}"`);
    }
    expect(csvField('A = B + C, @ noon')).toBe('"A = B + C, @ noon"');
    expect(csvField(-3)).toBe('-3');
    const record = consultationRecord(
      catalogueItem(
        'formula',
        {
          title: "=cmd|' /C calc'!A0",
          summary: "@SUM(1+1)*cmd|' /C calc'!A0 is a summary.",
          decisionMaker: '-Cabinet',
        },
        '2026-11-23',
      ),
      new URL('https://example.gov.uk/'),
      'harrowdale-county-council',
    );
    const [header, row] = parseCsv(consultationsCsv([record]));
    const cell = (name: string) => row![header!.indexOf(name)]!;
    expect([cell('title'), cell('summary'), cell('decision_maker')]).toEqual([
      "'=cmd|' /C calc'!A0",
      "'@SUM(1+1)*cmd|' /C calc'!A0 is a summary.",
      "'-Cabinet",
    ]);
    expect(row!.filter((value) => /^[=+\-@\t\r]/.test(value))).toEqual([]);
  });
});
