/**
 * Parses MDX bodies with the real MDX parser (the one the site build uses), and turns its errors into
 * sentences an editor can act on. Editors paste prose from Word and email; `<`, `{` and `<!-- -->`
 * mean something else in MDX.
 */
import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

/** Built once: creating a processor per file is a measurable share of a 10,000-file check. */
const mdxProcessor = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);
const markdownProcessor = unified().use(remarkParse).use(remarkGfm);

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
   * links and images can still be checked, but not MDX safety.
   */
  mdx: boolean;
  problem?: BodyProblem;
}

export function parseBody(body: string): ParsedBody {
  try {
    return { tree: mdxProcessor.parse(body), mdx: true };
  } catch (error) {
    return { tree: markdownProcessor.parse(body), mdx: false, problem: describeMdxError(error, body) };
  }
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
