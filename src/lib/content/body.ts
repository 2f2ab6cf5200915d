/**
 * The body half of the content reader (source.ts is the frontmatter half): parses MDX bodies with the
 * real MDX parser, the one tree every rule and the site's renderer read, and turns its errors into
 * sentences an editor can act on. Editors paste prose from Word and email; `<`, `{` and `<!-- -->`
 * mean something else in MDX.
 *
 * Bodies are untrusted: before parsing, a body is refused if it is shaped to exhaust the parser (lines
 * nested hundreds of levels deep, or thousands of emphasis and bracket marks in one paragraph, which
 * take the parser minutes); after parsing, a tree nested deeper than anything content needs is refused,
 * so no later recursive walk (rules, renderer) can overflow the stack.
 */
import type { Root } from 'mdast';
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote';
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTaskListItemFromMarkdown } from 'mdast-util-gfm-task-list-item';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified, type Processor } from 'unified';

/**
 * GFM without its literal autolinks (bare `www.`, `https://` and email addresses), which are half of the
 * parse time. A body with no `@`, `://` or `www.` outside link destinations `](...)` cannot hold one,
 * so it gets the same tree from this, in half the time (body.test.ts compares the trees on the sample,
 * the corpus and an archive). The one difference: a bare address right after a `](` that opens no
 * link (a stray `]`) is left as text. A body with a backslash escape is always read with full GFM.
 */
function gfmWithoutLiteralAutolinks(this: Processor) {
  const data = this.data() as { micromarkExtensions?: unknown[]; fromMarkdownExtensions?: unknown[] };
  (data.micromarkExtensions ??= []).push(gfmFootnote(), gfmStrikethrough(), gfmTable(), gfmTaskListItem());
  (data.fromMarkdownExtensions ??= []).push(gfmFootnoteFromMarkdown(), gfmStrikethroughFromMarkdown(), gfmTableFromMarkdown(), gfmTaskListItemFromMarkdown());
}
const AUTOLINK_TRIGGER = /@|:\/\/|www\./i;
const LINK_DESTINATION = /(?<!\\)\]\([^\s()]*\)/g;

function mayHoldLiteralAutolink(body: string): boolean {
  if (!AUTOLINK_TRIGGER.test(body)) return false;
  return body.includes('\\') || AUTOLINK_TRIGGER.test(body.replace(LINK_DESTINATION, ''));
}

/** Built once: creating a processor per file is a measurable share of a 10,000-file check. */
const mdxProcessor = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);
const mdxWithoutLiteralAutolinks = unified().use(remarkParse).use(remarkMdx).use(gfmWithoutLiteralAutolinks);
const markdownProcessor = unified().use(remarkParse).use(remarkGfm);

/** The MDX parser, with GFM: every body is read by this. */
function parseMdx(body: string): Root {
  return (mayHoldLiteralAutolink(body) ? mdxProcessor : mdxWithoutLiteralAutolinks).parse(body);
}

export interface BodyProblem {
  /** 1-based line and column inside the body. */
  line: number;
  column: number;
  message: string;
}

export interface ParsedBody {
  tree: Root;
  /**
   * False when MDX could not parse the body: the tree then comes from plain Markdown, so headings,
   * links and images can still be checked, but not MDX safety; or it is empty, when the body was refused.
   */
  mdx: boolean;
  problem?: BodyProblem;
  /** True when the body was refused unread (too deep or too heavy): the tree is then empty. */
  refused?: true;
}

/** Deeper than any page needs (a list in a list in a quote is about ten), shallow enough for every recursive walk. */
export const MAX_BODY_DEPTH = 64;
/** Leading spaces, tabs, quote marks and list markers on one line: about 50 levels of nesting. */
const MAX_LINE_NESTING = 100;
/** Emphasis, strike-through, bracket and tag marks in one paragraph; the parser's cost grows with their square. */
const MAX_BLOCK_MARKS = 1000;
/** The same marks in the whole body, so many heavy paragraphs cannot add up to minutes either. */
const MAX_BODY_MARKS = 10_000;

const NESTING_PREFIX = /^[ \t>*+\-0-9.)]*/;
const THEMATIC_BREAK = /^[ \t]*(?:[-*_][ \t]*)+$/;
const MARK = /[*_~[<]/g;

export function parseBody(body: string): ParsedBody {
  const refused = refusal(body);
  if (refused) return refused;
  let parsed: ParsedBody;
  try {
    parsed = { tree: parseMdx(body), mdx: true };
  } catch (error) {
    if (error instanceof RangeError) return tooDeep(0, body);
    try {
      parsed = { tree: markdownProcessor.parse(body), mdx: false, problem: describeMdxError(error, body) };
    } catch (fallbackError) {
      if (fallbackError instanceof RangeError) return tooDeep(0, body);
      throw fallbackError;
    }
  }
  const deepAt = deeperThan(parsed.tree, MAX_BODY_DEPTH);
  return deepAt === undefined ? parsed : tooDeep(deepAt, body);
}

/** A body shaped to exhaust the parser, refused before it is parsed. */
function refusal(body: string): ParsedBody | undefined {
  let offset = 0;
  let blockMarks = 0;
  let bodyMarks = 0;
  for (const line of body.split('\n')) {
    const nesting = NESTING_PREFIX.exec(line)![0].length;
    if (nesting > MAX_LINE_NESTING && !THEMATIC_BREAK.test(line)) return tooDeep(offset, body);
    if (line.trim() === '') blockMarks = 0;
    const marks = line.match(MARK)?.length ?? 0;
    blockMarks += marks;
    bodyMarks += marks;
    if (blockMarks > MAX_BLOCK_MARKS || bodyMarks > MAX_BODY_MARKS) {
      return refused(at(body, offset, `this part of the page has more than ${blockMarks > MAX_BLOCK_MARKS ? MAX_BLOCK_MARKS : MAX_BODY_MARKS} marks like *, _, ~, [ and <, more than the page reader can safely handle: split it up or remove the extra marks`));
    }
    offset += line.length + 1;
  }
  return undefined;
}

function tooDeep(offset: number, body: string): ParsedBody {
  return refused(at(body, offset, `the page text is nested too deeply (quotes, lists or tags inside each other more than ${MAX_BODY_DEPTH} levels): flatten it`));
}

const refused = (problem: BodyProblem): ParsedBody => ({ tree: { type: 'root', children: [] }, mdx: false, problem, refused: true });

/** The start offset of the first node nested deeper than `limit`, found without recursion. */
function deeperThan(tree: Root, limit: number): number | undefined {
  const stack: { node: { children?: unknown[]; position?: { start: { offset?: number } } }; depth: number }[] = [{ node: tree, depth: 0 }];
  while (stack.length) {
    const { node, depth } = stack.pop()!;
    if (depth > limit) return node.position?.start.offset ?? 0;
    for (const child of node.children ?? []) stack.push({ node: child as (typeof stack)[number]['node'], depth: depth + 1 });
  }
  return undefined;
}

interface MdxErrorLike {
  reason?: string;
  message?: string;
  source?: string;
  ruleId?: string;
  place?: { offset?: number; line?: number; column?: number; start?: { offset?: number; line?: number; column?: number } };
}

/** Turns an MDX parser error into a problem at the character that caused it. */
export function describeMdxError(error: unknown, body: string): BodyProblem {
  const details = (typeof error === 'object' && error !== null ? error : {}) as MdxErrorLike;
  const reason = details.reason ?? details.message ?? String(error);
  const point = details.place && 'start' in details.place && details.place.start ? details.place.start : details.place;
  const offset = point?.offset ?? (point?.line ? offsetOf(body, point.line, point.column ?? 1) : body.length);
  const source = details.source ?? '';

  if (source.includes('mdx-jsx')) {
    const tag = /closing tag for `<([^>`]*)>` \((\d+):(\d+)/.exec(reason);
    if (tag) {
      return at(body, offsetOf(body, Number(tag[2]), Number(tag[3])), `the tag <${tag[1]}> is never closed: in MDX every tag needs an end (write <br /> for a line break), and a "<" in text must be written &lt;`);
    }
    const angle = body.lastIndexOf('<', Math.max(0, offset - 1));
    const start = angle >= 0 ? angle : offset;
    if (body.startsWith('<!--', start)) {
      return at(body, start, 'an HTML comment (<!-- ... -->) breaks MDX: delete it, or keep notes for editors outside the page');
    }
    const next = body.charAt(start + 1);
    const follows = next && !/\s/.test(next) ? ` followed by "${next}"` : '';
    return at(body, start, `a "<"${follows} starts an HTML tag in MDX: write &lt; or the words "less than"`);
  }
  if (source.includes('mdx-expression')) {
    const brace = body.lastIndexOf('{', Math.max(0, offset - 1));
    return at(body, brace >= 0 ? brace : offset, 'a "{" starts code in MDX: write \\{ and \\} for curly brackets, or use round brackets ( ) instead');
  }
  if (source.includes('mdxjs-esm')) {
    return at(body, offset, 'a paragraph starting with "import" or "export" is read as code in MDX: reword the sentence so it starts differently');
  }
  return at(body, offset, `MDX could not read the text here (${firstSentence(reason)}); check for a stray "<", "{" or unclosed tag`);
}

function at(body: string, offset: number, message: string): BodyProblem {
  const before = body.slice(0, Math.max(0, Math.min(offset, body.length)));
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, column: before.length - lineStart + 1, message };
}

function offsetOf(body: string, line: number, column: number): number {
  let offset = 0;
  for (let current = 1; current < line; current += 1) {
    const newline = body.indexOf('\n', offset);
    if (newline < 0) return body.length;
    offset = newline + 1;
  }
  return offset + column - 1;
}

function firstSentence(reason: string): string {
  return reason.split(/[,;(]/)[0]!.trim();
}
