/**
 * One content file read as far as it can be: the frontmatter (validated against its collection's schema when
 * it could be read) and the parsed MDX body. The last step of the content reader: the check, the rules, the
 * site's content loader and the CMS preview all turn a file into an entry here, so they judge the same data.
 */
import type { z } from 'zod';
import { parseBody, type ParsedBody } from './body.ts';
import type { FrontmatterProblem, SourceFile } from './source.ts';
import { collectionSchemas } from '../schema/index.ts';

/** Content files are text: anything larger is a pasted export or a binary saved by mistake. */
export const MAX_FILE_BYTES = 1_000_000;

export interface ParsedEntry<T = unknown> {
  source: SourceFile;
  /** Why the frontmatter could not be read; when there is one the frontmatter is not validated. */
  yamlErrors: readonly FrontmatterProblem[];
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

export function frontmatterProblems(source: SourceFile): readonly FrontmatterProblem[] {
  const problem = source.frontmatter?.problem;
  return problem ? [problem] : [];
}

export function parseEntry(source: SourceFile): ParsedEntry {
  const entry: ParsedEntry = { source, yamlErrors: frontmatterProblems(source), issues: [] };
  if (isEmpty(source)) return entry;
  const fields = source.frontmatter?.data;
  if (fields) {
    const result = collectionSchemas[source.collection].safeParse(fields, { reportInput: true });
    if (result.success) entry.data = result.data;
    else entry.issues = result.error.issues;
  }
  if (!isOversized(source)) entry.body = parseBody(source.body);
  return entry;
}
