/**
 * Edits that turn a corpus base file into a case, and the line a field or a piece of text is on in the result.
 *
 * Frontmatter edits splice the YAML source: only the field set or deleted is rewritten, so the rest of the base
 * keeps its bytes and its lines. A set rewrites the whole top field it names below an existing map (setting
 * `decision.href` where there is no `decision` writes a new `decision:` block at the end of the frontmatter).
 */
import {
  isMap,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  stringify,
  type Document,
  type Node,
  type Pair,
} from 'yaml';

/** A field path as written in a case: `decision.href`, `themes.0.theme`. */
export type FieldPath = string;

export interface FrontmatterEdits {
  /** Field path -> the value it gets (any YAML value). */
  set?: Record<FieldPath, unknown>;
  delete?: FieldPath[];
}

/**
 * One edit of the body, applied in order. `find` and `after` must occur exactly once in the body; `after` puts
 * `insert` as a new block (a blank line, then its lines) after the line holding that text.
 */
export type BodyEdit = { find: string; replace: string } | { after: string; insert: string } | { append: string };

export interface FileEdits {
  frontmatter?: FrontmatterEdits;
  body?: BodyEdit[];
}

const FENCE = '---\n';
const YAML_OPTIONS = { lineWidth: 0, flowCollectionPadding: false } as const;

interface Split {
  yaml: string;
  body: string;
}

function split(text: string, what: string): Split {
  const close = text.indexOf(`\n${FENCE}`, FENCE.length - 1);
  if (!text.startsWith(FENCE) || close < 0) throw new Error(`${what}: a base file needs a frontmatter block`);
  return { yaml: text.slice(FENCE.length, close + 1), body: text.slice(close + 1 + FENCE.length) };
}

const segments = (field: FieldPath) => field.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part));

/** Applies `edits` to the text of a base file. Throws, naming `what`, when an edit does not fit the base. */
export function applyEdits(text: string, edits: FileEdits, what: string): string {
  if (!edits.frontmatter && !edits.body) return text;
  let { yaml, body } = split(text, what);
  for (const [field, value] of Object.entries(edits.frontmatter?.set ?? {}))
    yaml = setField(yaml, segments(field), value, what);
  for (const field of edits.frontmatter?.delete ?? [])
    yaml = deleteField(yaml, segments(field), `${what}: delete ${field}`);
  for (const edit of edits.body ?? []) body = editBody(body, edit, what);
  return `${FENCE}${yaml}${FENCE}${body}`;
}

function editBody(body: string, edit: BodyEdit, what: string): string {
  if ('append' in edit) return body + edit.append;
  const anchor = 'find' in edit ? edit.find : edit.after;
  const at = body.indexOf(anchor);
  if (anchor === '' || at < 0 || body.indexOf(anchor, at + 1) >= 0) {
    throw new Error(`${what}: the body must contain ${JSON.stringify(anchor)} exactly once`);
  }
  if ('find' in edit) return body.slice(0, at) + edit.replace + body.slice(at + anchor.length);
  const end = endOfLine(body, at + anchor.length);
  const block = edit.insert.endsWith('\n') ? edit.insert : `${edit.insert}\n`;
  return `${body.slice(0, end)}${body[end - 1] === '\n' ? '' : '\n'}\n${block}${body.slice(end)}`;
}

function parse(yaml: string, what: string): Document {
  const doc = parseDocument(yaml);
  if (doc.errors.length > 0) throw new Error(`${what}: the frontmatter is not valid YAML: ${doc.errors[0]!.message}`);
  return doc;
}

/** The offset just past the line that `offset` is on (past its newline). */
function endOfLine(source: string, offset: number): number {
  const newline = source.indexOf('\n', Math.max(offset - 1, 0));
  return newline < 0 ? source.length : newline + 1;
}

const startOfLine = (source: string, offset: number) => source.lastIndexOf('\n', offset - 1) + 1;
const columnOf = (source: string, offset: number) => offset - startOfLine(source, offset);
const valueEnd = (pair: Pair<Node, Node | null>) => (pair.value ?? pair.key).range![1];

/**
 * `key: value` as YAML, its lines after the first indented to `column`; lists of plain values, and a value that
 * replaces a flow collection, stay on one line.
 */
function pairText(key: string, value: unknown, column: number, flow = false): string {
  const doc = parseDocument(stringify({ [key]: value }, YAML_OPTIONS));
  const written = isMap(doc.contents) ? doc.contents.items[0]?.value : undefined;
  if (flow && (isMap(written) || isSeq(written))) written.flow = true;
  const flowLists = (node: unknown) => {
    if (isSeq(node) && node.items.every(isScalar)) node.flow = true;
    if (isSeq(node) || isMap(node)) for (const item of node.items) flowLists(isMap(node) ? (item as Pair).value : item);
  };
  flowLists(doc.contents);
  const lines = doc.toString(YAML_OPTIONS).trimEnd().split('\n');
  return `${lines.map((line, at) => (at === 0 ? line : ' '.repeat(column) + line)).join('\n')}\n`;
}

function setField(yaml: string, path: (string | number)[], value: unknown, what: string): string {
  const doc = parse(yaml, what);
  // The deepest map on the path that exists: its field on the path is rewritten whole.
  let depth = path.length - 1;
  while (depth > 0 && !(typeof path[depth] === 'string' && isMap(doc.getIn(path.slice(0, depth), true)))) depth -= 1;
  // A field inside a flow collection (`byChannel: { online: 100 }`) is set by rewriting the collection's field.
  const flowAt = path.slice(0, depth).findIndex((_, at) => isFlow(doc.getIn(path.slice(0, at + 1), true)));
  if (flowAt >= 0) {
    depth = flowAt;
    while (depth > 0 && typeof path[depth] !== 'string') depth -= 1;
  }
  const map = depth === 0 ? doc.contents : doc.getIn(path.slice(0, depth), true);
  const key = path[depth];
  if (!isMap(map) || typeof key !== 'string') throw new Error(`${what}: cannot set ${path.join('.')}`);
  const pair = map.items.find((item) => isScalar(item.key) && item.key.value === key) as
    Pair<Node, Node | null> | undefined;
  const current = doc.getIn(path.slice(0, depth + 1));
  const whole = depth === path.length - 1 ? value : withValue(toJs(current), path.slice(depth + 1), value);
  if (pair) {
    const start = pair.key.range![0];
    const text = pairText(key, whole, columnOf(yaml, start), isFlow(pair.value));
    return yaml.slice(0, start) + text + yaml.slice(endOfLine(yaml, valueEnd(pair)));
  }
  const last = map.items.at(-1) as Pair<Node, Node | null> | undefined;
  if (!last) throw new Error(`${what}: cannot add ${path.join('.')} to an empty map`);
  const at = endOfLine(yaml, valueEnd(last));
  const column = columnOf(yaml, last.key.range![0]);
  return yaml.slice(0, at) + ' '.repeat(column) + pairText(key, whole, column) + yaml.slice(at);
}

const toJs = (value: unknown): unknown =>
  value !== null && typeof value === 'object' && 'toJSON' in value ? (value as { toJSON(): unknown }).toJSON() : value;

/** `base` (a plain value) with `value` at `path` below it. */
function withValue(base: unknown, path: (string | number)[], value: unknown): unknown {
  if (path.length === 0) return value;
  const [head, ...rest] = path;
  const copy: Record<string | number, unknown> = (
    Array.isArray(base)
      ? [...base]
      : base !== null && typeof base === 'object'
        ? { ...base }
        : typeof head === 'number'
          ? []
          : {}
  ) as Record<string | number, unknown>;
  copy[head!] = withValue(copy[head!], rest, value);
  return copy;
}

const isFlow = (node: unknown) => (isMap(node) || isSeq(node)) && node.flow === true;

function deleteField(yaml: string, path: (string | number)[], what: string): string {
  const doc = parse(yaml, what);
  const parent = path.length === 1 ? doc.contents : doc.getIn(path.slice(0, -1), true);
  if (isFlow(parent) && isMap(parent)) {
    const rest = { ...(parent.toJSON() as Record<string, unknown>) };
    delete rest[String(path.at(-1))];
    return setField(yaml, path.slice(0, -1), rest, what);
  }
  const key = path.at(-1);
  const item = isMap(parent)
    ? (parent.items.find((entry) => isScalar(entry.key) && entry.key.value === key) as
        Pair<Node, Node | null> | undefined)
    : undefined;
  if (!item) throw new Error(`${what}: there is no such field`);
  const start = item.key.range![0];
  const lineStart = startOfLine(yaml, start);
  if (yaml.slice(lineStart, start).trim() !== '')
    throw new Error(`${what}: cannot delete the first field of a list item`);
  return yaml.slice(0, lineStart) + yaml.slice(endOfLine(yaml, valueEnd(item)));
}

/** The 1-based line of `field`'s key (or list item) in a file's frontmatter, or undefined when it has none. */
export function fieldLine(text: string, field: FieldPath): number | undefined {
  let split_: Split;
  try {
    split_ = split(text, field);
  } catch {
    return undefined;
  }
  const counter = new LineCounter();
  const doc = parseDocument(split_.yaml, { lineCounter: counter });
  const path = segments(field);
  const parent = path.length === 1 ? doc.contents : doc.getIn(path.slice(0, -1), true);
  const key = path.at(-1);
  let offset: number | undefined;
  if (isMap(parent)) {
    const pair = parent.items.find((item) => isScalar(item.key) && item.key.value === key);
    offset = (pair?.key as Node | undefined)?.range?.[0];
  } else if (isSeq(parent) && typeof key === 'number') {
    offset = (parent.items[key] as Node | undefined)?.range?.[0];
  }
  // The frontmatter starts on line 2, after the opening fence.
  return offset === undefined ? undefined : counter.linePos(offset).line + 1;
}

/** The 1-based line of the first line of `text` that contains `needle`. */
export function textLine(text: string, needle: string): number | undefined {
  const at = text.indexOf(needle);
  return at < 0 ? undefined : text.slice(0, at).split('\n').length;
}
