/**
 * Turns a zod schema of the content model into Decap CMS fields, so the editor's form can never drift
 * from the schema the checks and the site enforce. Only zod 4's public classes and `_zod.def` are read.
 */
import { z } from 'zod';
import { fieldLabel, labelsOfEnum } from '../labels.ts';
import { isDateSchema } from '../schema/date-fields.ts';
import type { CmsField, CmsSelectOption } from './types.ts';

/** What the schema alone cannot say about a field, keyed by its dotted path (`respond.events.title`). */
export interface FieldHints {
  /** Slugs and slug arrays whose values come from a list in settings/site.yaml (a taxonomy, the organisations). */
  taxonomy?: Record<string, { id: string; label: string }[]>;
  /** Slug fields that name an entry of another folder collection. */
  relations?: Record<string, string>;
  /** Records (free keys in the schema): the keys an editor may fill in. */
  recordKeys?: Record<string, readonly string[]>;
  /** Enums whose values an editor reads as they are written (rule ids), rather than by a label in src/lib/labels.ts. */
  valuesAsWritten?: readonly string[];
}

/** Strings at least this long with no short maximum are prose: a multi-line text box. */
const PROSE_MIN_LENGTH = 10;
const SHORT_MAX_LENGTH = 150;

/**
 * Every date field uses the project's own date widget (src/cms/widgets/date.ts): DD/MM/YYYY in the box,
 * `YYYY-MM-DD` in the file, never a time, a time zone or a year the editor did not type.
 */
export const DATE_WIDGET_NAME = 'uk-date';
export const DATE_WIDGET = { widget: DATE_WIDGET_NAME } as const;

export function fieldsForObject(schema: z.ZodObject, hints: FieldHints = {}, prefix = ''): CmsField[] {
  return Object.entries(schema.shape).map(([name, child]) => fieldFor(name, child as z.ZodType, hints, prefix));
}

function fieldFor(name: string, schema: z.ZodType, hints: FieldHints, prefix: string): CmsField {
  const path = prefix ? `${prefix}.${name}` : name;
  const { inner, required, description } = unwrap(schema);
  const label = fieldLabel(name, inner);
  const field: CmsField = { name, label, ...widgetFor(path, inner, hints) };
  if (!required) field.required = false;
  if (description) field.hint = description;
  if (!required && inner instanceof z.ZodObject && field.fields)
    field.fields = field.fields.map((child) => optionalWithin(child, label));
  return field;
}

/**
 * Decap validates the required fields of an optional object even when the editor leaves the whole
 * object empty, which would make every decision or equality assessment compulsory. Inside an optional
 * object the form asks for nothing; the schema check (live in the preview, and in CI) still says
 * which field is missing once the object is started. A yes/no question there has no default either:
 * Decap writes a default into every new file, which would start the object (the decision to consult)
 * with only its answers.
 */
function optionalWithin(within: CmsField, parentLabel: string): CmsField {
  const { default: _default, ...withoutDefault } = within;
  const field = within.widget === 'boolean' ? withoutDefault : within;
  const fields =
    field.widget === 'object' ? field.fields?.map((child) => optionalWithin(child, parentLabel)) : field.fields;
  if (field.required === false) return { ...field, fields };
  const hint = `Needed when ${parentLabel.toLowerCase()} is filled in.`;
  return { ...field, fields, required: false, hint: field.hint ? `${field.hint} ${hint}` : hint };
}

/** Peels `optional`, `default` and descriptions off a schema; any wrapper makes the field optional. */
function unwrap(schema: z.ZodType): { inner: z.ZodType; required: boolean; description?: string } {
  let inner = schema;
  let required = true;
  let description = schema.description;
  while (inner instanceof z.ZodOptional || inner instanceof z.ZodDefault) {
    required = false;
    inner = inner.unwrap() as z.ZodType;
    description ??= inner.description;
  }
  return { inner, required, description };
}

function widgetFor(path: string, schema: z.ZodType, hints: FieldHints): Omit<CmsField, 'name' | 'label'> {
  if (isDateSchema(schema)) return { ...DATE_WIDGET };
  // Formats such as z.email() and z.url() are string schemas but not ZodString instances.
  if (schema._zod.def.type === 'string') return stringWidget(path, schema as z.ZodString, hints);
  if (schema instanceof z.ZodNumber) return numberWidget(schema);
  if (schema instanceof z.ZodBoolean) return { widget: 'boolean', default: false };
  if (schema instanceof z.ZodEnum) return { widget: 'select', options: enumOptions(path, schema, hints) };
  if (schema instanceof z.ZodObject)
    return { widget: 'object', collapsed: false, fields: fieldsForObject(schema, hints, path) };
  if (schema instanceof z.ZodArray) return arrayWidget(path, schema, hints);
  if (schema instanceof z.ZodRecord) return recordWidget(path, schema, hints);
  throw new Error(`cms: no Decap widget for the ${schema._zod.def.type} schema at "${path}"`);
}

function stringWidget(path: string, schema: z.ZodString, hints: FieldHints): Omit<CmsField, 'name' | 'label'> {
  const terms = hints.taxonomy?.[path];
  if (terms) return { widget: 'select', options: terms.map((term) => ({ label: term.label, value: term.id })) };
  const relation = hints.relations?.[path];
  if (relation) return relationWidget(relation);
  const min = schema.minLength ?? 0;
  const max = schema.maxLength ?? undefined;
  const prose = min >= PROSE_MIN_LENGTH && (max === undefined || max > SHORT_MAX_LENGTH);
  const field: Omit<CmsField, 'name' | 'label'> = { widget: prose ? 'text' : 'string' };
  const pattern = patternFor(schema, min, max);
  if (pattern) field.pattern = pattern;
  return field;
}

/** Decap validates one regular expression per field: the schema's own pattern first, else its length. */
function patternFor(schema: z.ZodString, min: number, max: number | undefined): [string, string] | undefined {
  const def = schema._zod.def as FormatDef;
  if (def.format === 'email' && def.pattern) return [def.pattern.source, messageOf(def, 'must be an email address')];
  if (def.format === 'url') return ['^https?://\\S+$', messageOf(def, 'must be a web address')];
  for (const check of schema._zod.def.checks ?? []) {
    const checkDef = check._zod.def as FormatDef & { check: string };
    if (checkDef.check === 'string_format' && checkDef.format === 'regex' && checkDef.pattern) {
      return [checkDef.pattern.source, messageOf(checkDef, `must match ${checkDef.pattern.source}`)];
    }
  }
  if (min > 1 || max !== undefined) {
    const message = max === undefined ? `At least ${min} characters` : `${min} to ${max} characters`;
    return [`^[\\s\\S]{${min},${max ?? ''}}$`, message];
  }
  return undefined;
}

interface FormatDef {
  format?: string;
  pattern?: RegExp;
  /** zod 4 keeps a custom `{ error: '...' }` as a function of the issue. */
  error?: (issue: object) => unknown;
}

/** The schema's own error message, so the CMS and the checks say the same thing. */
function messageOf(def: FormatDef, fallback: string): string {
  const message = def.error?.({});
  const text = typeof message === 'string' ? message : fallback;
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function numberWidget(schema: z.ZodNumber): Omit<CmsField, 'name' | 'label'> {
  const field: Omit<CmsField, 'name' | 'label'> = { widget: 'number', value_type: schema.isInt ? 'int' : 'float' };
  for (const check of schema._zod.def.checks ?? []) {
    const def = check._zod.def as { check: string; value?: number; inclusive?: boolean };
    if (def.check === 'greater_than' && def.value !== undefined)
      field.min = def.inclusive || !schema.isInt ? def.value : def.value + 1;
    if (def.check === 'less_than' && def.value !== undefined)
      field.max = def.inclusive || !schema.isInt ? def.value : def.value - 1;
  }
  return field;
}

function arrayWidget(path: string, schema: z.ZodArray, hints: FieldHints): Omit<CmsField, 'name' | 'label'> {
  const min = (schema._zod.def.checks ?? [])
    .map((check) => check._zod.def as { check: string; minimum?: number })
    .find((def) => def.check === 'min_length')?.minimum;
  const bounds = min ? { min } : {};
  const element = schema.element as z.ZodType;
  const taxonomy = hints.taxonomy?.[path];
  if (taxonomy)
    return {
      widget: 'select',
      multiple: true,
      ...bounds,
      options: taxonomy.map((term) => ({ label: term.label, value: term.id })),
    };
  const relation = hints.relations?.[path];
  if (relation) return { ...relationWidget(relation), multiple: true, ...bounds };
  if (element instanceof z.ZodEnum)
    return { widget: 'select', multiple: true, ...bounds, options: enumOptions(path, element, hints) };
  // An explicit empty default stops Decap from pre-filling a new entry with one half-empty item.
  if (element instanceof z.ZodObject)
    return { widget: 'list', ...bounds, default: [], collapsed: true, fields: fieldsForObject(element, hints, path) };
  const item = fieldFor('item', element, hints, path);
  delete item.required;
  return { widget: 'list', ...bounds, field: item };
}

/** Decap has no free-key map widget: a record becomes an object with one optional field per known key. */
function recordWidget(path: string, schema: z.ZodRecord, hints: FieldHints): Omit<CmsField, 'name' | 'label'> {
  const keys = hints.recordKeys?.[path];
  if (!keys) throw new Error(`cms: the record at "${path}" needs its keys listed in recordKeys`);
  const valueSchema = schema._zod.def.valueType as z.ZodType;
  return {
    widget: 'object',
    collapsed: false,
    fields: keys.map((key) => ({ ...fieldFor(key, valueSchema, hints, path), required: false })),
  };
}

function relationWidget(collection: string): Omit<CmsField, 'name' | 'label'> {
  return {
    widget: 'relation',
    collection,
    value_field: '{{slug}}',
    search_fields: ['title'],
    display_fields: ['title'],
  };
}

/** The same words the site shows for each value, so an editor picks "Drop-in" and residents read "Drop-in". */
function enumOptions(path: string, schema: z.ZodEnum, hints: FieldHints): CmsSelectOption[] {
  const values = schema.options.map(String);
  if (hints.valuesAsWritten?.includes(path)) return values.map((value) => ({ label: value, value }));
  const labels = labelsOfEnum(values);
  if (!labels)
    throw new Error(`cms: the choices at "${path}" (${values.join(', ')}) have no labels in src/lib/labels.ts`);
  return values.map((value) => ({ label: upperFirst(labels[value]!), value }));
}

const upperFirst = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
