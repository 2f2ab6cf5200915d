/**
 * The half of the check that depends on one file and the settings alone: its validated frontmatter, the
 * positions of its keys (when a finding needed them) and the findings of the per-file rules. This is what
 * the check cache keeps, so on a warm run an unchanged file is neither parsed nor checked again; the rules
 * that compare files or read `today` and git still run on every check.
 */
import type { z } from 'zod';
import { contentSource, type ContentFile } from '../content/load.ts';
import type { Settings } from '../content/settings.ts';
import { parseBody, type ParsedBody } from '../content/body.ts';
import {
  decodeSource,
  fileNames,
  frontmatterBlock,
  splitFrontmatter,
  type FrontmatterBlock,
  type SourceFile,
} from '../content/source.ts';
import type { CollectionName } from '../schema/index.ts';
import { PER_FILE_RULES } from '../rules/index.ts';
import { builtKeyIndex, type Finding, type KeyIndex, setKeyIndex } from '../rules/core/index.ts';
import { frontmatterProblems, isEmpty, isOversized, type ParsedEntry } from '../content/entry.ts';
import { fileRuleFindings } from './run.ts';

export interface FileResult {
  /** The validated frontmatter, when it matches the schema. */
  data?: unknown;
  issues: readonly z.core.$ZodIssue[];
  /** The positions of the frontmatter keys, when a rule asked for one; otherwise worked out again if ever needed. */
  keys?: KeyIndex;
  /** The findings of each per-file rule, in the order the rule gave them. */
  findings: ReadonlyMap<string, readonly Finding[]>;
}

export function checkFile(entry: ParsedEntry, settings: Settings): FileResult {
  const findings = new Map<string, readonly Finding[]>();
  for (const rule of PER_FILE_RULES) findings.set(rule.id, fileRuleFindings(rule, entry, settings));
  const result: FileResult = { issues: entry.issues, findings };
  const keys = builtKeyIndex(entry.source);
  if (keys) result.keys = keys;
  if (entry.data !== undefined) result.data = entry.data;
  return result;
}

/**
 * The entry of a file whose result came from the cache. The text is decoded, and the YAML and MDX body
 * parsed, only if something asks for them (a caller reading the context, or a rule reading the body):
 * the rules that run on every check need only the data and the key positions.
 */
export function cachedEntry(file: ContentFile, bytes: Uint8Array, result: FileResult): ParsedEntry {
  const source = file.kind === 'file' ? lazySourceFile(file.collection, file.name, bytes) : contentSource(file, bytes);
  if (result.keys) setKeyIndex(source, result.keys);
  let body: ParsedBody | undefined;
  let bodyParsed = false;
  const entry = {
    source,
    issues: result.issues,
    get yamlErrors() {
      return frontmatterProblems(source);
    },
    get body() {
      if (!bodyParsed) {
        bodyParsed = true;
        if (!isEmpty(source) && !isOversized(source)) body = parseBody(source.body);
      }
      return body;
    },
  } as ParsedEntry;
  if (result.data !== undefined) entry.data = result.data;
  return entry;
}

/** The SourceFile `contentSource` builds from these bytes, built on first use. */
function lazySourceFile(collection: CollectionName, fileName: string, bytes: Uint8Array): SourceFile {
  let text: string | undefined;
  let parts: ReturnType<typeof splitFrontmatter> | undefined;
  let frontmatter: { block: FrontmatterBlock | undefined } | undefined;
  const textOf = () => (text ??= decodeSource(bytes));
  const partsOf = () => (parts ??= splitFrontmatter(textOf()));
  const source = { ...fileNames(collection, fileName), bytes: bytes.byteLength } as SourceFile;
  Object.defineProperties(source, {
    text: { enumerable: true, get: textOf },
    body: { enumerable: true, get: () => partsOf().body },
    bodyStartLine: { enumerable: true, get: () => partsOf().bodyStartLine },
    frontmatter: {
      enumerable: true,
      get() {
        return (frontmatter ??= { block: frontmatterBlock(partsOf()) }).block;
      },
    },
  });
  return source;
}
