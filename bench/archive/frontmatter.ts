/**
 * Writes frontmatter the way editors and the CMS write it: plain scalars where YAML reads them back
 * unchanged, double quotes otherwise, flow lists for lists of words, block lists for lists of records.
 */
type Value = string | number | boolean | undefined | Value[] | { [key: string]: Value };

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
// A plain scalar must start with a letter and hold nothing YAML reads as syntax (": ", " #", quotes...).
const SAFE_PLAIN = /^[A-Za-z£][^#"'`\n]*$/;
// Inside a flow list [a, b] commas and brackets are syntax too.
const FLOW_SYNTAX = /[,[\]{}]/;
// Words YAML 1.1 parsers (js-yaml) read as booleans or null.
const RESERVED = /^(?:y|yes|n|no|true|false|on|off|null)$/i;

function scalar(value: string | number | boolean, inFlow = false): string {
  if (typeof value !== 'string') return String(value);
  if (ISO_DATE.test(value)) return value;
  const plain =
    SAFE_PLAIN.test(value) &&
    !RESERVED.test(value) &&
    !value.includes(': ') &&
    !/[\s:]$/.test(value) &&
    !(inFlow && FLOW_SYNTAX.test(value));
  return plain ? value : JSON.stringify(value);
}

const isScalar = (value: Value): value is string | number | boolean => typeof value !== 'object';

function lines(value: { [key: string]: Value }, indent: string): string[] {
  const out: string[] = [];
  for (const [key, item] of Object.entries(value)) {
    if (item === undefined) continue;
    if (isScalar(item)) out.push(`${indent}${key}: ${scalar(item)}`);
    else if (Array.isArray(item)) {
      if (item.every(isScalar))
        out.push(`${indent}${key}: [${item.map((entry) => scalar(entry as string, true)).join(', ')}]`);
      else {
        out.push(`${indent}${key}:`);
        for (const entry of item) {
          const [first, ...rest] = lines(entry as { [key: string]: Value }, `${indent}    `);
          out.push(`${indent}  - ${first!.trimStart()}`, ...rest);
        }
      }
    } else {
      out.push(`${indent}${key}:`, ...lines(item, `${indent}  `));
    }
  }
  return out;
}

/** `---`, the YAML, `---`, a blank line and the body. */
export function mdxFile(frontmatter: Record<string, unknown>, body: string): string {
  return `---\n${lines(frontmatter as { [key: string]: Value }, '').join('\n')}\n---\n\n${body.trim()}\n`;
}
