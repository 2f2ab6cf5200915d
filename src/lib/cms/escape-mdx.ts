/**
 * Editors type prose, but the body is compiled as MDX, where a bare `{` starts a JavaScript expression
 * and a `<` not followed by a tag name is a syntax error that fails the whole build. This escapes those
 * characters on save so "under 5s <10 minutes" or "{draft}" reach the page as typed.
 *
 * Left alone: code spans and fenced code (literal in MDX), characters already escaped, and `<` that
 * opens something tag-shaped (`<abbr>`, `</p>`, `<Component />`), which the `mdx-safety` check judges.
 */

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
/** A tag name followed by whitespace, `/` or `>`: anything else after `<` cannot be JSX. */
const TAG_START = /^<\/?[A-Za-z][\w.-]*(?=[\s/>])|^<>|^<\/>/;

export function escapeMdxText(body: string): string {
  const lines = body.split('\n');
  let fence: string | undefined;
  return lines
    .map((line) => {
      const marker = FENCE.exec(line)?.[1];
      if (fence) {
        if (marker && marker[0] === fence[0] && marker.length >= fence.length && line.trim() === marker)
          fence = undefined;
        return line;
      }
      if (marker) {
        fence = marker;
        return line;
      }
      return escapeLine(line);
    })
    .join('\n');
}

function escapeLine(line: string): string {
  let out = '';
  let i = 0;
  while (i < line.length) {
    const char = line[i]!;
    if (char === '\\') {
      out += line.slice(i, i + 2);
      i += 2;
      continue;
    }
    if (char === '`') {
      const run = /^`+/.exec(line.slice(i))![0];
      const close = line.indexOf(run, i + run.length);
      if (close !== -1) {
        out += line.slice(i, close + run.length);
        i = close + run.length;
        continue;
      }
      out += run;
      i += run.length;
      continue;
    }
    if (char === '{' || char === '}') out += `\\${char}`;
    else if (char === '<' && !TAG_START.test(line.slice(i))) out += '\\<';
    else out += char;
    i += 1;
  }
  return out;
}
