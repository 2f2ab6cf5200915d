/**
 * Editors type prose, but the body is compiled as MDX, where a bare `{` starts a JavaScript expression
 * and a `<` not followed by a tag name is a syntax error that fails the whole build. On save, a body the
 * editor changed is given to the project's MDX parser (src/lib/content/body.ts); only when it fails is the
 * character it fails on repaired, and the parser asked again. A body that parses is never touched, so
 * headings, lists, tables and their alignment, code spans and fences (in lists and quotes too), MDX
 * comments `{/* ... *\/}` and anything already escaped stay exactly as written.
 *
 * Repairs, at the failing character only:
 * - an HTML comment `<!-- note -->` becomes the MDX comment `{/* note *\/}`: a note stays a note, never
 *   published and never escaped into visible text;
 * - an autolink `<https://...>` (MDX has none) becomes the link `[https://...](https://...)`;
 * - a `<` that does not open a tag becomes `\<`; `{` and its closing `}` become `\{` and `\}`, and so does
 *   `{draft}`, which parses as code: content may hold no expressions, only comments.
 * Tag-shaped text (`<abbr>`, `<Callout />`) and `import`/`export` lines are left for the checks to explain.
 */
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { parseBody } from '../content/body.ts';

/** A tag name followed by whitespace, `/` or `>`: anything else after `<` cannot be JSX. */
const TAG_START = /^<\/?[A-Za-z][\w.-]*(?=[\s/>])|^<>|^<\/>/;
const AUTOLINK = /^<((?:https?:\/\/|mailto:)[^\s<>]+|[^\s<>@]+@[^\s<>@]+\.[^\s<>@]+)>/;
/** Each repair removes one failing character: a body has at most this many before the save gives up. */
const MAX_REPAIRS = 500;

export function makeMdxSafe(body: string): string {
  let text = body;
  for (let attempt = 0; attempt < MAX_REPAIRS; attempt += 1) {
    const { problem, refused, tree } = parseBody(text);
    if (refused) return text;
    const repaired = problem
      ? repairAt(text, offsetOf(text, problem.line, problem.column))
      : escapeExpressions(text, tree);
    if (repaired === undefined) return text;
    text = repaired;
  }
  return text;
}

function repairAt(text: string, offset: number): string | undefined {
  const rest = text.slice(offset);
  const replace = (length: number, by: string) => text.slice(0, offset) + by + text.slice(offset + length);
  if (rest.startsWith('<!--')) {
    const end = rest.indexOf('-->');
    const note = end < 0 ? undefined : rest.slice(4, end);
    return note === undefined || note.includes('*/') ? undefined : replace(end + 3, `{/*${note}*/}`);
  }
  const autolink = AUTOLINK.exec(rest);
  if (autolink) {
    const [written, address] = autolink as unknown as [string, string];
    const href = /^(?:https?:|mailto:)/.test(address) ? address : `mailto:${address}`;
    return replace(written.length, `[${address}](${href})`);
  }
  if (rest.startsWith('<')) return TAG_START.test(rest) ? undefined : replace(0, '\\');
  if (rest.startsWith('{')) {
    const close = matchingBrace(text, offset);
    const escaped = close === undefined ? text : `${text.slice(0, close)}\\${text.slice(close)}`;
    return `${escaped.slice(0, offset)}\\${escaped.slice(offset)}`;
  }
  return undefined;
}

/** `{...}` in the text that parsed as code rather than a comment, escaped; undefined when there is none. */
function escapeExpressions(text: string, tree: Root): string | undefined {
  const braces: number[] = [];
  visit(tree, (node) => {
    if (node.type !== 'mdxFlowExpression' && node.type !== 'mdxTextExpression') return;
    const { start, end } = node.position ?? {};
    if (start?.offset === undefined || end?.offset === undefined || MDX_COMMENT.test(node.value)) return;
    braces.push(start.offset, end.offset - 1);
  });
  if (braces.length === 0) return undefined;
  let escaped = text;
  for (const offset of braces.sort((a, b) => b - a)) escaped = `${escaped.slice(0, offset)}\\${escaped.slice(offset)}`;
  return escaped;
}

const MDX_COMMENT = /^\s*\/\*[\s\S]*\*\/\s*$/;

/** The `}` that closes the `{` at `open`, within its paragraph. */
function matchingBrace(text: string, open: number): number | undefined {
  let depth = 0;
  for (let index = open; index < text.length; index += 1) {
    const char = text[index];
    if (char === '\\') index += 1;
    else if (char === '{') depth += 1;
    else if (char === '}' && --depth === 0) return index;
    else if (char === '\n' && text[index + 1] === '\n') return undefined;
  }
  return undefined;
}

function offsetOf(text: string, line: number, column: number): number {
  let offset = 0;
  for (let current = 1; current < line; current += 1) offset = text.indexOf('\n', offset) + 1;
  return offset + column - 1;
}
