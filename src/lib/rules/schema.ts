/**
 * `schema`: the file can be read (UTF-8, not empty, not oversized), the YAML parses, the frontmatter
 * matches the content model and the MDX body parses.
 */
import type { YAMLError } from 'yaml';
import { isEmpty, isOversized, MAX_FILE_BYTES, type ParsedEntry } from '../check/entry.ts';
import type { Finding } from '../check/finding.ts';
import { bodyPosition, keyPosition, yamlOffsetPosition } from '../check/positions.ts';
import { describeIssue } from '../content/errors.ts';
import type { Rule } from './types.ts';
import { findingAt } from './report.ts';
import { isClosingTheLoopIssue } from './closing-the-loop.ts';

const FILE_START = { line: 1, column: 1 };

const YAML_MESSAGES: Record<string, string> = {
  TAB_AS_INDENT: 'a tab is used to indent the frontmatter: YAML allows only spaces for indentation',
  DUPLICATE_KEY: 'this field is given twice: keep one of them',
  BAD_INDENT: 'the indentation here does not line up with the fields around it',
  MISSING_CHAR: 'a quote or bracket is opened here and never closed',
  MULTILINE_IMPLICIT_KEY: 'a field name runs over more than one line: check for a missing ":" or an unquoted colon in the value above',
  BLOCK_AS_IMPLICIT_KEY: 'a field name runs over more than one line: check for a missing ":" or an unquoted colon in the value above',
  UNEXPECTED_TOKEN: 'this line cannot be read as YAML: check for a stray character, or put the value in quotes',
};

export const schemaRule: Rule = {
  id: 'schema',
  checkEntry(entry) {
    const { source } = entry;
    if (isEmpty(source)) {
      return [at(entry, FILE_START, 'the file is empty: it needs frontmatter between two "---" lines and the page text below them')];
    }
    const findings: Finding[] = [];
    if (isOversized(source)) {
      findings.push(at(entry, FILE_START, `the file is ${megabytes(source.bytes)}; a content file must be under ${megabytes(MAX_FILE_BYTES)}: put long material in a document under /documents/ and link to it`));
    }
    const replacement = source.text.indexOf('\uFFFD');
    if (replacement >= 0) {
      const line = source.text.slice(0, replacement).split('\n').length;
      findings.push(at(entry, { line, column: 1 }, `the file is not saved as UTF-8 (line ${line} has characters that cannot be read): save it again with UTF-8 encoding`));
    }
    if (!source.frontmatter) {
      findings.push(at(entry, FILE_START, 'the file must start with frontmatter: a "---" line, the fields, then another "---" line'));
    }
    for (const error of entry.yamlErrors) findings.push(yamlFinding(entry, error));
    for (const issue of entry.issues) {
      if (isClosingTheLoopIssue(entry, issue)) continue;
      const { message } = describeIssue(issue);
      const path = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0]!] : issue.path;
      findings.push(at(entry, keyPosition(source, path), message));
    }
    const problem = entry.body?.problem;
    if (problem) findings.push(at(entry, bodyPosition(source, problem.line, problem.column), problem.message));
    return findings;
  },
};

function at(entry: ParsedEntry, position: { line: number; column: number }, message: string): Finding {
  return findingAt('schema', 'error', entry, position, message);
}

function yamlFinding(entry: ParsedEntry, error: YAMLError): Finding {
  const explanation = YAML_MESSAGES[error.code] ?? 'the frontmatter is not valid YAML here';
  const detail = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+.*$/, '');
  const offset = (error.code === 'MISSING_CHAR' && unclosedQuote(entry.source.frontmatter?.source ?? '', error.pos[0])) || error.pos[0];
  return at(entry, yamlOffsetPosition(entry.source, offset), `${explanation} (YAML says: ${detail})`);
}

/**
 * YAML notices a missing closing quote only at the end of the document; the editor needs the line
 * where the quoted value starts: the last value before the error that opens a quote and does not close it.
 */
function unclosedQuote(yaml: string, before: number): number | undefined {
  let found: number | undefined;
  const value = /^[ \t]*(?:- )?[\w-]+:[ \t]*(["'])(.*)$/gm;
  for (let match = value.exec(yaml); match && match.index < before; match = value.exec(yaml)) {
    const [, quote, rest = ''] = match;
    if (!rest.includes(quote!)) found = match.index + match[0].indexOf(quote!);
  }
  return found;
}

function megabytes(bytes: number): string {
  return `${(bytes / 1_000_000).toFixed(1)} MB`;
}
