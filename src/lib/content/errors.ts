/** Turns zod issues into sentences an editor understands, naming the field and what is allowed. */
import type { z } from 'zod';
import { fieldPathLabel } from '../labels.ts';
import { visibleText } from '../schema/text.ts';

export interface FieldProblem {
  /** Dotted path such as `respond.events.0.start`. */
  path: (string | number)[];
  message: string;
}

/** The value quoted back, with invisible characters shown as [U+202E] so the message cannot hide or reorder them. */
const describeValue = (value: unknown): string =>
  value === undefined ? 'nothing' : typeof value === 'string' ? `"${visibleText(value)}"` : visibleText(JSON.stringify(value) ?? String(value));

export function pathLabel(path: readonly PropertyKey[]): string {
  return path.length ? path.map((key) => visibleText(String(key))).join('.') : '(top level)';
}

/**
 * One plain sentence per issue. With the schema the data was checked against, the field is named by the
 * label the CMS form shows it with (src/lib/labels.ts), "Governance > Authorised by"; without, by its path.
 */
export function describeIssue(issue: z.core.$ZodIssue, schema?: z.ZodType): FieldProblem {
  const path = issue.path.map((key) => (typeof key === 'symbol' ? String(key) : key));
  const field = schema ? fieldPathLabel(schema, path) : pathLabel(path);
  switch (issue.code) {
    case 'invalid_value':
      return {
        path,
        message: `${field} must be one of: ${issue.values.map(String).join(', ')}; got ${describeValue(issue.input)}`,
      };
    case 'invalid_type':
      if (issue.input === undefined) return { path, message: `${field} is required: add ${article(issue.expected)}` };
      if (!issue.message.startsWith('Invalid input')) return { path, message: `${field} ${issue.message}; got ${describeValue(issue.input)}` };
      return { path, message: `${field} must be ${article(issue.expected)}, got ${describeValue(issue.input)}` };
    case 'unrecognized_keys':
      return {
        path,
        message: `${issue.keys.map((key) => (path.length ? `${pathLabel(path)}.${key}` : key)).join(', ')} is not a field we know; check the spelling against the content model`,
      };
    case 'too_small':
      return { path, message: `${field} ${sizeRule('at least', issue.minimum, issue.origin)}` };
    case 'too_big':
      return { path, message: `${field} ${sizeRule('at most', issue.maximum, issue.origin)}` };
    case 'invalid_key': {
      // A record's own key broke a rule (its name, not its value): say so, with the key's own problem.
      const reasons = issue.issues.map((inner) => describeIssue({ ...inner, path: [] } as z.core.$ZodIssue).message.replace(/^\(top level\) /, ''));
      const parent = schema ? fieldPathLabel(schema, path.slice(0, -1)) : pathLabel(path.slice(0, -1));
      return { path, message: `${parent} has an entry named "${visibleText(String(path.at(-1)))}", and the name ${reasons.join('; ')}` };
    }
    default:
      return { path, message: `${field} ${issue.message}` };
  }
}

/** What zod expected, in the words of the form: "some text", "a list", "true or false". */
function article(expected: string): string {
  if (expected === 'string') return 'some text';
  if (expected === 'array') return 'a list';
  if (expected === 'object') return 'a group of fields';
  if (expected === 'boolean') return 'true or false';
  return /^[aeiou]/.test(expected) ? `an ${expected}` : `a ${expected}`;
}

function sizeRule(bound: string, limit: number | bigint, origin: string): string {
  if (origin === 'string') return `must be ${bound} ${limit} characters long`;
  if (origin === 'array' || origin === 'set') return `must have ${bound} ${limit} ${limit === 1 ? 'item' : 'items'}`;
  return `must be ${bound} ${limit}`;
}

export function describeError(error: z.ZodError, schema?: z.ZodType): FieldProblem[] {
  return error.issues.map((issue) => describeIssue(issue, schema));
}

export type Validation<T> = { success: true; data: T } | { success: false; problems: FieldProblem[] };

/**
 * Validates and explains. Always use this rather than `schema.safeParse`: zod only keeps the offending
 * value on each issue with `reportInput`, and the messages quote it ("got \"consulation\"").
 */
export function validate<S extends z.ZodType>(schema: S, data: unknown): Validation<z.output<S>> {
  const result = schema.safeParse(data, { reportInput: true });
  return result.success ? { success: true, data: result.data } : { success: false, problems: describeError(result.error, schema) };
}
