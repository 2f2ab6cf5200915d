/** One content file read as far as it can be: YAML, validated frontmatter and the parsed MDX body. */
import type { YAMLError } from 'yaml';
import type { z } from 'zod';
import type { SourceFile } from '../content/source.ts';
import { collectionSchemas } from '../schema/index.ts';
import { parseBody, type ParsedBody } from './mdx.ts';

/** Content files are text: anything larger is a pasted export or a binary saved by mistake. */
export const MAX_FILE_BYTES = 1_000_000;

export interface ParsedEntry<T = unknown> {
  source: SourceFile;
  /** YAML syntax errors; when there are any the frontmatter is not validated. */
  yamlErrors: readonly YAMLError[];
  /** Schema problems, when the YAML parsed but did not match the content model. */
  issues: readonly z.core.$ZodIssue[];
  /** The validated frontmatter, only when it matches the schema. */
  data?: T;
  /** Absent for an empty or oversized file. */
  body?: ParsedBody;
}

/** An entry whose frontmatter is valid. */
export type ValidEntry<T> = ParsedEntry<T> & { data: T };

export function isOversized(source: SourceFile): boolean {
  return source.bytes > MAX_FILE_BYTES;
}

export function isEmpty(source: SourceFile): boolean {
  return source.text.trim() === '';
}

export function parseEntry(source: SourceFile): ParsedEntry {
  const entry: ParsedEntry = { source, yamlErrors: source.frontmatter?.document.errors ?? [], issues: [] };
  if (isEmpty(source)) return entry;
  if (source.frontmatter && entry.yamlErrors.length === 0) {
    const result = collectionSchemas[source.collection].safeParse(source.frontmatter.document.toJS() ?? {}, { reportInput: true });
    if (result.success) entry.data = result.data;
    else entry.issues = result.error.issues;
  }
  if (!isOversized(source)) entry.body = parseBody(source.body);
  return entry;
}
