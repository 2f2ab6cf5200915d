/**
 * The content reader: the only code that turns a content file's text into frontmatter data (and, with
 * body.ts, a body tree). The check, the site's content loader, the settings, the approvals classifier,
 * the history, the git facts and the CMS preview all read files through here, so they cannot disagree
 * about where the frontmatter ends or what it says. No disk access: the CMS preview runs it in the browser.
 *
 * YAML is read with js-yaml and the YAML 1.2 core schema, with one set of options everywhere: dates stay
 * the strings the editor typed (never shifted by a time zone), unknown tags (`!!js/function`) are refused,
 * anchors and aliases are refused (nobody writes them by hand or through the CMS, and aliases are how
 * "billion laughs" bombs are built), and nesting is capped. Source positions, which only the check needs,
 * come from src/lib/rules/core/positions.ts and never feed the data.
 */
import { CORE_SCHEMA, load, YAMLException, type LoadOptions, type State } from 'js-yaml';
import type { CollectionName } from '../schema/index.ts';

export interface SourceFile {
  collection: CollectionName;
  /** The file name without `.mdx`. */
  slug: string;
  /** Path relative to the repository root, with forward slashes, e.g. `content/consultations/x.mdx`. */
  file: string;
  /** The raw bytes decoded as UTF-8 (invalid sequences become U+FFFD). */
  text: string;
  bytes: number;
  /** `undefined` when the file does not start with a `---` line. */
  frontmatter?: FrontmatterBlock;
  body: string;
  /** 1-based line of the first body line in the file. */
  bodyStartLine: number;
  /** Set when the path is not an ordinary file (src/lib/content/load.ts never opens those): the text is then empty. */
  notAFile?: NotAFile;
}

/** What a path named `*.mdx` can be other than an ordinary file. */
export type NotAFile = 'symbolic link' | 'folder' | 'special file';

export interface FrontmatterBlock {
  /** The YAML source between the fences. */
  source: string;
  /** 1-based file line of the first YAML line. */
  startLine: number;
  /** The fields, when the YAML could be read as a mapping; `{}` for an empty block. */
  data?: Record<string, unknown>;
  /** Why the block could not be read; set exactly when `data` is not. */
  problem?: FrontmatterProblem;
}

export type FrontmatterProblemKind = 'syntax' | 'unclosed' | 'tag' | 'alias' | 'too-deep' | 'not-fields' | 'unreadable';

export interface FrontmatterProblem {
  kind: FrontmatterProblemKind;
  /** A plain-English sentence for the editor. */
  message: string;
  /** Character offset inside `source` where the problem is. */
  offset: number;
  /** What the YAML parser said, when it said something. */
  parserSaid?: string;
}

/** Frontmatter is a handful of fields; anything nested deeper than this is not content (and could exhaust the stack). */
export const MAX_FRONTMATTER_DEPTH = 20;

/** A fence is a whole line of three hyphens (trailing spaces allowed): `related: [] # ---` does not end the frontmatter. */
const FENCE_LINE = /^---[ \t]*$/;

export interface SplitSource {
  /** The YAML between the fences; undefined when the file does not start with a fence line. */
  yaml?: string;
  body: string;
  /** 1-based line of the first body line in the file. */
  bodyStartLine: number;
  /** True when the opening fence has no closing fence: everything after it is taken as YAML. */
  unclosed?: boolean;
}

/** The end of the line starting at `offset` (before any `\r\n`) and where the next line starts. */
function lineAt(text: string, offset: number): { end: number; next: number } {
  const newline = text.indexOf('\n', offset);
  if (newline < 0) return { end: text.length, next: text.length };
  return { end: newline > offset && text.charCodeAt(newline - 1) === 13 ? newline - 1 : newline, next: newline + 1 };
}

const isFence = (text: string, start: number, end: number) => text.startsWith('---', start) && FENCE_LINE.test(text.slice(start, end));

/** Splits an MDX file into its YAML frontmatter and body, at whole `---` lines. */
export function splitFrontmatter(text: string): SplitSource {
  const content = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const first = lineAt(content, 0);
  if (!isFence(content, 0, first.end) || first.next === content.length) {
    return isFence(content, 0, first.end) ? { yaml: '', body: '', bodyStartLine: 2, unclosed: true } : { body: text, bodyStartLine: 1 };
  }
  let line = 2;
  for (let offset = first.next; offset < content.length; line += 1) {
    const { end, next } = lineAt(content, offset);
    if (isFence(content, offset, end)) return { yaml: content.slice(first.next, offset), body: content.slice(next), bodyStartLine: line + 1 };
    offset = next;
  }
  return { yaml: content.slice(first.next), body: '', bodyStartLine: line, unclosed: true };
}

class AnchorFound extends Error {
  readonly offset: number;

  constructor(offset: number) {
    super('anchor');
    this.offset = offset;
  }
}

/** Refuses anchors as they are read. An alias needs an anchor before it, so this refuses every alias too. */
function refuseAnchors(this: State, event: 'open' | 'close', state: State): void {
  const anchor = (state as State & { anchor: string | null }).anchor;
  if (event === 'close' && anchor !== null) throw new AnchorFound(Math.max(0, state.input.lastIndexOf(`&${anchor}`, state.position)));
}

/** The one set of options every YAML read uses. `maxDepth` is js-yaml 4.3's nesting limit (not yet in its types). */
const LOAD_OPTIONS: LoadOptions & { maxDepth: number } = { schema: CORE_SCHEMA, json: false, maxDepth: MAX_FRONTMATTER_DEPTH, listener: refuseAnchors };

export type YamlResult = { value: unknown; problem?: undefined } | { value?: undefined; problem: FrontmatterProblem };

/**
 * Reads one YAML document (a frontmatter block or a settings file) with the project's only YAML options.
 * Never throws: what cannot be read comes back as a problem with a position and a plain message.
 */
export function parseYaml(source: string): YamlResult {
  try {
    return { value: load(source, LOAD_OPTIONS) };
  } catch (error) {
    return { problem: describeYamlError(error, source) };
  }
}

function describeYamlError(error: unknown, source: string): FrontmatterProblem {
  if (error instanceof AnchorFound) {
    return { kind: 'alias', offset: error.offset, message: 'YAML anchors and aliases (&name and *name) are not allowed in frontmatter: write each value out in full' };
  }
  if (!(error instanceof YAMLException)) {
    // A stack overflow or anything else the parser did not expect: still a finding, never a crash.
    return { kind: 'unreadable', offset: 0, message: `the frontmatter could not be read (${error instanceof Error ? error.message : String(error)}): simplify it to plain fields` };
  }
  const reason = error.reason;
  const offset = (error as YAMLException & { mark?: { position?: number } }).mark?.position ?? 0;
  const problem = (kind: FrontmatterProblemKind, message: string, at = offset): FrontmatterProblem => ({ kind, message, offset: at, parserSaid: reason });
  const tag = /^unknown tag !<(.*)>$/.exec(reason)?.[1];
  if (tag !== undefined) {
    const written = tag.startsWith('tag:yaml.org,2002:') ? `!!${tag.slice('tag:yaml.org,2002:'.length)}` : tag;
    return problem('tag', `the YAML tag ${written} is not allowed: frontmatter holds only text, numbers, true or false, lists and fields; remove the "${written}" before the value`);
  }
  if (reason.startsWith('unidentified alias')) {
    return problem('alias', 'YAML anchors and aliases (&name and *name) are not allowed in frontmatter: write each value out in full');
  }
  if (reason.startsWith('nesting exceeded maxDepth')) {
    return problem('too-deep', `the frontmatter nests lists and fields more than ${MAX_FRONTMATTER_DEPTH} levels deep: content needs only a few levels`);
  }
  if (reason === 'duplicated mapping key') return problem('syntax', 'this field is given twice: keep one of them');
  if (reason.startsWith('tab characters must not be used')) return problem('syntax', 'a tab is used to indent the frontmatter: YAML allows only spaces for indentation');
  if (/within a (?:double|single) quoted scalar/.test(reason)) {
    return problem('syntax', 'a quote is opened here and never closed', unclosedOpener(source, offset) ?? offset);
  }
  if (/flow collection|missed comma/.test(reason)) {
    return problem('syntax', 'a bracket is opened here and never closed, or a comma is missing between items', unclosedOpener(source, offset) ?? offset);
  }
  if (/indentation/.test(reason)) {
    return problem('syntax', 'the indentation here does not line up with the fields around it; if a value holds a colon followed by a space, put the value in quotes');
  }
  return problem('syntax', 'this line cannot be read as YAML: check for a stray character, or put the value in quotes');
}

const CLOSER: Record<string, string> = { '"': '"', "'": "'", '[': ']', '{': '}' };

/**
 * YAML notices a missing closing quote or bracket only at the end of the document; the editor needs the
 * line where the value starts: the last value before the error that opens one and does not close it.
 */
function unclosedOpener(yaml: string, before: number): number | undefined {
  let found: number | undefined;
  const value = /^[ \t]*(?:- )?[\w-]+:[ \t]*(["'[{])(.*)$/gm;
  for (let match = value.exec(yaml); match && match.index < before; match = value.exec(yaml)) {
    const [, opener, rest = ''] = match;
    if (!rest.includes(CLOSER[opener!]!)) found = match.index + match[0].indexOf(opener!);
  }
  return found;
}

const isFields = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Reads the YAML of a frontmatter block (or a settings file) as fields. */
export function readFields(source: string): { data: Record<string, unknown>; problem?: undefined } | { data?: undefined; problem: FrontmatterProblem } {
  const result = parseYaml(source);
  if (result.problem) return { problem: result.problem };
  if (result.value === undefined || result.value === null) return { data: {} };
  if (isFields(result.value)) return { data: result.value };
  const what = Array.isArray(result.value) ? 'a list' : 'a single value';
  return {
    problem: { kind: 'not-fields', offset: 0, message: `the frontmatter is read as ${what}, not as fields: write one field per line as name: value` },
  };
}

/** The frontmatter block of a split file. */
export function frontmatterBlock(split: SplitSource): FrontmatterBlock | undefined {
  if (split.yaml === undefined) return undefined;
  const block: FrontmatterBlock = { source: split.yaml, startLine: 2 };
  if (split.unclosed) {
    block.problem = { kind: 'unclosed', offset: 0, message: 'the frontmatter starts with a "---" line but never ends: add a line with only "---" after the last field' };
    return block;
  }
  const fields = readFields(split.yaml);
  if (fields.problem) block.problem = fields.problem;
  else block.data = fields.data;
  return block;
}

/**
 * The frontmatter of a content file's text as plain data: what the approvals classifier, the history and
 * the git facts read. Undefined when the file has no frontmatter or it cannot be read as fields.
 */
export function frontmatterData(text: string): Record<string, unknown> | undefined {
  return frontmatterBlock(splitFrontmatter(text))?.data;
}

const UTF8 = new TextDecoder('utf-8');

/** A content file's text: its bytes decoded as UTF-8, as every reader of content files decodes them. */
export function decodeSource(bytes: Uint8Array): string {
  return UTF8.decode(bytes);
}

/** Builds the SourceFile for `content/<collection>/<fileName>` from its bytes on disk. */
export function sourceFileFromBytes(collection: CollectionName, fileName: string, bytes: Uint8Array): SourceFile {
  return sourceFileFromText(collection, fileName, decodeSource(bytes), bytes.byteLength);
}

/** Builds the SourceFile for `content/<collection>/<fileName>` from its decoded text. */
export function sourceFileFromText(collection: CollectionName, fileName: string, text: string, bytes = new TextEncoder().encode(text).byteLength): SourceFile {
  const split = splitFrontmatter(text);
  const source: SourceFile = { ...fileNames(collection, fileName), text, bytes, body: split.body, bodyStartLine: split.bodyStartLine };
  const frontmatter = frontmatterBlock(split);
  if (frontmatter) source.frontmatter = frontmatter;
  return source;
}

/** The slug and repository path of `content/<collection>/<fileName>`. */
export function fileNames(collection: CollectionName, fileName: string): Pick<SourceFile, 'collection' | 'slug' | 'file'> {
  return { collection, slug: fileName.replace(/\.mdx$/, ''), file: `content/${collection}/${fileName}` };
}
