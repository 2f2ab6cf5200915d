/**
 * Where the dates are in a content model: the CMS gives each one the date widget, and the `schema` rule
 * checks each one is inside the years process.yaml allows. Only zod 4's public classes and `_zod.def` are read.
 */
import { z } from 'zod';
import { isIsoDate, type IsoDate } from '../dates/calendar-date.ts';

/** `isoDate()` is a preprocess pipe into a string refined by `isIsoDate`: that refinement marks a date. */
export function isDateSchema(schema: z.ZodType): boolean {
  if (!(schema instanceof z.ZodPipe)) return false;
  const out = schema.out as z.ZodType;
  return (
    out instanceof z.ZodString &&
    (out._zod.def.checks ?? []).some((check) => (check._zod.def as { fn?: unknown }).fn === isIsoDate)
  );
}

export interface DateAt {
  path: (string | number)[];
  date: IsoDate;
}

/** Every well-formed date in `data` at a place where `schema` expects a date, with its path. */
export function datesIn(schema: z.ZodType, data: unknown, path: (string | number)[] = []): DateAt[] {
  const inner = unwrapOptional(schema);
  if (isDateSchema(inner)) return isIsoDate(data) ? [{ path, date: data }] : [];
  if (inner instanceof z.ZodObject && isFields(data)) {
    return Object.entries(inner.shape).flatMap(([key, child]) =>
      Object.hasOwn(data, key) ? datesIn(child as z.ZodType, data[key], [...path, key]) : [],
    );
  }
  if (inner instanceof z.ZodArray && Array.isArray(data))
    return data.flatMap((item, index) => datesIn(inner.element as z.ZodType, item, [...path, index]));
  if (inner instanceof z.ZodRecord && isFields(data)) {
    const value = inner._zod.def.valueType as z.ZodType;
    return Object.entries(data).flatMap(([key, item]) => datesIn(value, item, [...path, key]));
  }
  return [];
}

function unwrapOptional(schema: z.ZodType): z.ZodType {
  let inner = schema;
  while (inner instanceof z.ZodOptional || inner instanceof z.ZodDefault || inner instanceof z.ZodNullable)
    inner = inner.unwrap() as z.ZodType;
  return inner;
}

const isFields = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
