import { describe, expect, it } from 'vitest';
import {
  ACTIVITY_NOUNS,
  COMPLIANCE_STATEMENTS,
  ENUM_LABELS,
  type EnumLabels,
  EQUALITY_STATUS_STATEMENTS,
  FIELD_LABELS,
  fieldPathLabel,
  labelOf,
  labelsOfEnum,
  STATUS_LABELS,
} from './labels.ts';
import {
  ACTIVITIES,
  COMPLIANCE_LEVELS,
  EQUALITY_STATUSES,
  collectionSchemas,
  consultationSchema,
} from './schema/index.ts';

const TABLES: readonly EnumLabels[] = [
  ...ENUM_LABELS,
  { values: ACTIVITIES, labels: ACTIVITY_NOUNS },
  { values: EQUALITY_STATUSES, labels: EQUALITY_STATUS_STATEMENTS },
  { values: COMPLIANCE_LEVELS, labels: COMPLIANCE_STATEMENTS },
];

describe('label tables', () => {
  it.each(TABLES.map((table) => [table.values.join(', '), table] as const))(
    'label exactly the values of their enum: %s',
    (_values, { values, labels }) => {
      expect(Object.keys(labels).sort()).toEqual([...values].sort());
      for (const value of values) expect(labels[value]?.trim()).toBeTruthy();
    },
  );

  it('are found by the values of their enum, in any order, and no two enums share their values', () => {
    const keys = ENUM_LABELS.map(({ values }) => [...values].sort().join(','));
    expect(new Set(keys).size).toBe(keys.length);
    expect(labelsOfEnum(['paused', 'withdrawn'])).toEqual({ withdrawn: 'Withdrawn', paused: 'Paused' });
    expect(labelsOfEnum(['withdrawn'])).toBeUndefined();
  });

  it('label only fields the content types have', () => {
    const fields = new Set(Object.values(collectionSchemas).flatMap((schema) => Object.keys(schema.shape)));
    for (const field of Object.keys(FIELD_LABELS)) expect(fields).toContain(field);
  });

  it('give no label to a value from outside the types, even a name every object has', () => {
    expect(labelOf(STATUS_LABELS, 'open')).toBe('Open');
    expect(labelOf(STATUS_LABELS, 'archived')).toBeUndefined();
    expect(labelOf(STATUS_LABELS, 'constructor')).toBeUndefined();
  });
});

describe('fieldPathLabel', () => {
  it('names a field as the CMS form shows it', () => {
    expect(fieldPathLabel(consultationSchema, ['decisionMaker'])).toBe('Decision maker');
    expect(fieldPathLabel(consultationSchema, ['opens'])).toBe('Opening date');
    expect(fieldPathLabel(consultationSchema, ['governance', 'authorisedBy'])).toBe('Governance > Authorised by');
    expect(fieldPathLabel(consultationSchema, ['documents', 1, 'href'])).toBe('Documents item 2 > Link');
    expect(fieldPathLabel(consultationSchema, [])).toBe('The frontmatter');
  });
});
