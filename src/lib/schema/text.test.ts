import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { collectionSchemas } from './index.ts';
import { governanceSettingsSchema, processSettingsSchema, siteSettingsSchema } from './settings.ts';
import { forbiddenCharacter, NO_HIDDEN_CHARACTERS, text, visibleText } from './text.ts';

describe('forbiddenCharacter', () => {
  it.each([
    ['Library \u202Ehours', 'contains an invisible right-to-left override character (U+202E)'],
    ['Library \u202Dhours', 'contains an invisible left-to-right override character (U+202D)'],
    ['Library \u202Ahours', 'contains an invisible left-to-right embedding character (U+202A)'],
    ['Library \u202Chours', 'contains an invisible pop directional formatting character (U+202C)'],
    ['Library \u2066hours\u2069', 'contains an invisible left-to-right isolate character (U+2066)'],
    ['Library \u2067hours', 'contains an invisible right-to-left isolate character (U+2067)'],
    ['Library \u2068hours', 'contains an invisible first strong isolate character (U+2068)'],
    ['Library hours\u2069', 'contains an invisible pop directional isolate character (U+2069)'],
    ['jane\u200B@example.com', 'contains an invisible zero-width space (U+200B)'],
    ['Kel\u200Cbrook', 'contains an invisible zero-width non-joiner (U+200C)'],
    ['Kel\u200Dbrook', 'contains an invisible zero-width joiner (U+200D)'],
    ['Kel\u2060brook', 'contains an invisible word joiner (U+2060)'],
    ['Kel\uFEFFbrook', 'contains an invisible zero-width no-break space (byte order mark) (U+FEFF)'],
    ['Kelbrook\u0000', 'contains a NUL character (U+0000)'],
    ['Kel\u0007brook', 'contains a control character (U+0007)'],
    ['Kel\u0085brook', 'contains a control character (U+0085)'],
    ['Kel\u{E0041}brook', 'contains an invisible tag character (U+E0041)'],
    ['Kel\u3164brook', 'contains an invisible Hangul filler (U+3164)'],
  ])('refuses %j', (value, start) => {
    expect(forbiddenCharacter(value)).toMatch(new RegExp(`^${start.replace(/[()+]/g, '\\$&')}: delete it; `));
  });

  it.each([
    ['plain English, with a tab\tand lines\nand a carriage return\r\n'],
    ['Pride month 🏳️‍🌈 and a family 👨‍👩‍👧 emoji'],
    ['The flags of England 🏴󠁧󠁢󠁥󠁮󠁧󠁿 and Wales 🏴󠁧󠁢󠁷󠁬󠁳󠁿'],
    ['Urdu and Persian need joiners: می‌خواهم'],
    ['Bengali conjuncts: ক্‍ষ'],
    ['right-to-left marks are allowed in mixed text: \u200Fשלום\u200F and \u200E'],
    ['a soft hyphen from Word: con\u00ADsultation'],
  ])('allows %j', (value) => {
    expect(forbiddenCharacter(value)).toBeUndefined();
  });

  it('refuses a joiner between Latin letters even when emoji are elsewhere in the text', () => {
    expect(forbiddenCharacter('🏳️‍🌈 ja\u200Dne@example.com')).toMatch(/zero-width joiner/);
    expect(forbiddenCharacter('tags \u{E0067}\u{E0062}\u{E007F} with no flag')).toMatch(/tag character/);
  });
});

describe('visibleText', () => {
  it('shows invisible characters by their code, so a quoted value cannot hide or reorder itself', () => {
    expect(visibleText('exe.\u202Efdp')).toBe('exe.[U+202E]fdp');
    expect(visibleText('java\tscript:\u0000')).toBe('java\\tscript:[U+0000]');
    expect(visibleText('x'.repeat(100), 10)).toBe(`${'x'.repeat(9)}…`);
  });
});

/** Every string schema reachable from `schema`, with its dotted path. */
function stringSchemas(schema: z.ZodType, path = ''): { path: string; schema: z.ZodType }[] {
  if (schema instanceof z.ZodOptional || schema instanceof z.ZodDefault)
    return stringSchemas(schema.unwrap() as z.ZodType, path);
  if (schema instanceof z.ZodObject)
    return Object.entries(schema.shape).flatMap(([key, child]) =>
      stringSchemas(child as z.ZodType, path ? `${path}.${key}` : key),
    );
  if (schema instanceof z.ZodArray) return stringSchemas(schema.element as z.ZodType, `${path}[]`);
  if (schema instanceof z.ZodRecord)
    return [
      ...stringSchemas(schema.keyType as z.ZodType, `${path}{key}`),
      ...stringSchemas(schema.valueType as z.ZodType, `${path}{}`),
    ];
  // isoDate(): a preprocess into a string that must match YYYY-MM-DD exactly.
  if (schema instanceof z.ZodPipe) return [];
  return schema._zod.def.type === 'string' ? [{ path, schema }] : [];
}

/** A string schema held to a regular expression or format: only the characters it names can pass. */
function hasPattern(schema: z.ZodType): boolean {
  const def = schema._zod.def as { format?: string; checks?: { _zod: { def: { check: string; format?: string } } }[] };
  return Boolean(def.format) || (def.checks ?? []).some((check) => check._zod.def.check === 'string_format');
}

describe('text()', () => {
  const schemas = {
    ...collectionSchemas,
    'settings/site.yaml': siteSettingsSchema,
    'settings/process.yaml': processSettingsSchema,
    'settings/governance.yaml': governanceSettingsSchema,
  };

  it('is applied to every free-text string field of every schema, nested fields and record keys included', () => {
    const unguarded: string[] = [];
    let texts = 0;
    for (const [name, schema] of Object.entries(schemas)) {
      for (const found of stringSchemas(schema as z.ZodType)) {
        if ((found.schema._zod.def.checks ?? []).includes(NO_HIDDEN_CHARACTERS)) texts += 1;
        else if (!hasPattern(found.schema)) unguarded.push(`${name}: ${found.path}`);
      }
    }
    expect(unguarded).toEqual([]);
    expect(texts).toBeGreaterThan(50);
  });

  it('keeps its length limits and reports both problems', () => {
    const result = text().min(5).safeParse('a\u202E');
    expect(result.error?.issues.map((issue) => issue.code)).toEqual(['custom', 'too_small']);
  });
});
