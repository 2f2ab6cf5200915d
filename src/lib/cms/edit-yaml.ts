/**
 * Saves that change only what changed. The CMS hands back the whole entry as data; rather than writing the
 * file again from that data (which reflowed lists, dropped quotes and comments, and turned a one-field edit
 * into a 40-line diff), the new data is compared with the data the file held and only the differences are
 * written into the file's own text, with the `yaml` package's Document API for positions and rendering.
 *
 * - A changed scalar replaces exactly its own characters, keeping its quoting where the new value allows.
 * - A field whose structure changed (an item added to a list, a nested field added or removed) is
 *   rendered again from the edited document, so its comments and its other fields stay; nothing else moves.
 * - A removed field loses its lines; a new field is added at the end.
 *
 * The file is always read through the project's content reader (src/lib/content/source.ts): the data the
 * comparison starts from is the data the check and the site read.
 */
import { Document, isMap, isScalar, isSeq, Pair, parseDocument, Scalar, YAMLMap, type Node } from 'yaml';
import { isSameData } from '../content/same-data.ts';
import { readFields } from '../content/source.ts';

type Data = Record<string, unknown>;
type Edit = { from: number; to: number; text: string };

const RENDER = { lineWidth: 0 } as const;

/** The YAML `source` edited so that it reads as `data`; `source` itself when it already does. */
export function editYaml(source: string, data: Data): string {
  const before = readFields(source);
  if (before.problem) throw new Error(`cms: the file could not be read to save it (${before.problem.message})`);
  if (isSameData(before.data, data)) return source;
  const doc = parseDocument(source, { keepSourceTokens: false });
  const root = doc.contents;
  if (!isMap(root) || root.flow || doc.errors.length) return newYaml(data, Object.keys(before.data));
  const edits: Edit[] = [];
  const added: string[] = [];
  for (const key of Object.keys(before.data)) {
    if (Object.hasOwn(data, key)) continue;
    const pair = pairOf(root, key);
    if (pair) edits.push({ ...wholeLines(source, pairRange(pair)), text: '' });
  }
  for (const [key, value] of Object.entries(data)) {
    if (!Object.hasOwn(before.data, key)) {
      if (value !== undefined) added.push(renderPair(doc, key, value));
      continue;
    }
    if (isSameData(before.data[key], value)) continue;
    const pair = pairOf(root, key)!;
    const scalarEdits = valueEdits(pair.value as Node, before.data[key], value, false);
    if (scalarEdits) edits.push(...scalarEdits);
    else {
      const old = pair.value as Node;
      const lines = wholeLines(source, pairRange(pair));
      const padding = flowPadding(source, old);
      applyValue(doc, [key], old, value);
      const now = pair.value as Node;
      // A flow list or map stays on its line: only the characters between its brackets change.
      if ((isSeq(old) || isMap(old)) && old.flow && old.range && (isSeq(now) || isMap(now)) && now.flow) {
        const single = new Document(now);
        single.contents = now;
        const text = single.toString({ ...RENDER, flowCollectionPadding: padding }).replace(/\s*(#.*)?\n$/, '');
        if (!text.includes('\n')) {
          edits.push({ from: old.range[0], to: old.range[1], text });
          continue;
        }
      }
      edits.push({ ...lines, text: renderPair(doc, key, undefined, padding) });
    }
  }
  let text = source;
  for (const edit of edits.sort((a, b) => b.from - a.from))
    text = text.slice(0, edit.from) + edit.text + text.slice(edit.to);
  if (added.length) text = `${text}${text === '' || text.endsWith('\n') ? '' : '\n'}${added.join('')}`;
  return text;
}

/** A YAML document for data that has no file yet, its fields in the form's order. */
export function newYaml(data: Data, order: readonly string[] = []): string {
  const keys = [
    ...order.filter((key) => Object.hasOwn(data, key)),
    ...Object.keys(data).filter((key) => !order.includes(key)),
  ];
  const ordered = Object.fromEntries(keys.filter((key) => data[key] !== undefined).map((key) => [key, data[key]]));
  if (Object.keys(ordered).length === 0) return '';
  return new Document(ordered, { aliasDuplicateObjects: false }).toString(RENDER);
}

/**
 * Edits that replace only changed scalars, or undefined when the value changed shape (then the whole field
 * is rendered again). `inFlow`: inside `[...]` or `{...}`, where a comma or bracket in a plain value would end it.
 */
function valueEdits(
  node: Node | null | undefined,
  before: unknown,
  after: unknown,
  inFlow: boolean,
): Edit[] | undefined {
  if (isSameData(before, after)) return [];
  if (!node) return undefined;
  if (isScalar(node) && isPlainValue(after) && isPlainValue(before) && node.range) {
    const text = renderScalar(after, node.type, inFlow);
    return text === undefined ? undefined : [{ from: node.range[0], to: node.range[1], text }];
  }
  if (isMap(node) && isFields(before) && isFields(after)) {
    const keys = Object.keys(before);
    if (keys.length !== Object.keys(after).length || !keys.every((key) => Object.hasOwn(after, key))) return undefined;
    const edits: Edit[] = [];
    for (const key of keys) {
      const pair = pairOf(node, key);
      const inner = pair
        ? valueEdits(pair.value as Node, before[key], after[key], inFlow || Boolean(node.flow))
        : undefined;
      if (!inner) return undefined;
      edits.push(...inner);
    }
    return edits;
  }
  if (isSeq(node) && Array.isArray(before) && Array.isArray(after) && before.length === after.length) {
    const edits: Edit[] = [];
    for (let index = 0; index < before.length; index += 1) {
      const inner = valueEdits(node.items[index] as Node, before[index], after[index], inFlow || Boolean(node.flow));
      if (!inner) return undefined;
      edits.push(...inner);
    }
    return edits;
  }
  return undefined;
}

/** A scalar as YAML text in the place of one written as `type`; undefined when only a block would hold it. */
function renderScalar(value: unknown, type: Scalar['type'], inFlow: boolean): string | undefined {
  if (type === 'BLOCK_LITERAL' || type === 'BLOCK_FOLDED') return undefined;
  // A multi-line value on one line, in double quotes: valid at any depth, unlike a block scalar's indentation.
  if (typeof value === 'string' && value.includes('\n')) return JSON.stringify(value);
  const scalar = new Scalar(value);
  if (typeof value === 'string') {
    scalar.type = type === 'QUOTE_DOUBLE' || type === 'QUOTE_SINGLE' ? type : 'PLAIN';
    if (inFlow && scalar.type === 'PLAIN' && /[,[\]{}]/.test(value)) scalar.type = 'QUOTE_DOUBLE';
  }
  return new Document(scalar).toString(RENDER).replace(/\n$/, '');
}

/** Changes the document's node at `path` to hold `value`, changing as little of it as the value allows. */
function applyValue(doc: Document, path: (string | number)[], node: Node | null | undefined, value: unknown): void {
  if (isMap(node) && isFields(value)) {
    for (const item of [...node.items]) {
      const key = keyOf(item);
      if (key !== undefined && !Object.hasOwn(value, key)) node.delete(item.key);
    }
    for (const [key, child] of Object.entries(value)) {
      if (child === undefined) continue;
      const existing = pairOf(node, key);
      if (
        existing &&
        isSameData(existing.value instanceof Object ? (existing.value as Node).toJSON() : existing.value, child)
      )
        continue;
      if (existing) applyValue(doc, [...path, key], existing.value as Node, child);
      else node.set(key, styled(doc, child, node));
    }
    return;
  }
  if (isSeq(node) && Array.isArray(value) && node.items.length === value.length) {
    value.forEach((item, index) => applyValue(doc, [...path, index], node.items[index] as Node, item));
    return;
  }
  if (isScalar(node) && isPlainValue(value)) {
    const type = node.type;
    node.value = value;
    if (typeof value === 'string' && value.includes('\n')) node.type = 'QUOTE_DOUBLE';
    else if (typeof value === 'string' && type !== 'BLOCK_LITERAL' && type !== 'BLOCK_FOLDED') node.type = type;
    return;
  }
  doc.setIn(path, styled(doc, value, node));
}

/** A new node for `value` in the style of the node it replaces: flow lists stay flow, flow list items stay flow. */
function styled(doc: Document, value: unknown, like: Node | null | undefined): Node {
  const node = doc.createNode(value, { aliasDuplicateObjects: false }) as Node;
  // A comment after the value, or above it, stays with the value that replaces it.
  if (like) Object.assign(node, { comment: like.comment, commentBefore: like.commentBefore });
  if ((isSeq(like) || isMap(like)) && like.flow && (isSeq(node) || isMap(node))) node.flow = true;
  if (isSeq(like) && isSeq(node)) {
    const flowItems = like.items.length > 0 && like.items.every((item) => (isMap(item) || isSeq(item)) && item.flow);
    if (flowItems) for (const item of node.items) if (isMap(item) || isSeq(item)) item.flow = true;
  }
  return node;
}

/** Whether the file writes its flow collections as `[ a, b ]` (yaml's default) or `[a, b]`: the first one in `node` says. */
function flowPadding(source: string, node: Node | null | undefined): boolean {
  const flow = firstFlow(node);
  return flow?.range ? /^[[{]\s/.test(source.slice(flow.range[0], flow.range[0] + 2)) : true;
}

function firstFlow(node: Node | null | undefined): Node | undefined {
  if (!isMap(node) && !isSeq(node)) return undefined;
  if (node.flow) return node;
  for (const item of node.items) {
    const found = firstFlow((isMap(node) ? (item as Pair).value : item) as Node);
    if (found) return found;
  }
  return undefined;
}

/** One top-level field rendered alone: `key: value` lines ending in a newline. */
function renderPair(doc: Document, key: string, value: unknown, flowCollectionPadding = true): string {
  const root = doc.contents as YAMLMap;
  const existing = value === undefined ? pairOf(root, key)! : undefined;
  const pair = existing ?? new Pair(new Scalar(key), styled(doc, value, undefined));
  // The lines above the field (its comment, a blank line) are not part of what is replaced: never repeat them.
  const keyNode = pair.key as Node;
  const kept = { commentBefore: keyNode.commentBefore, spaceBefore: keyNode.spaceBefore };
  keyNode.commentBefore = undefined;
  keyNode.spaceBefore = undefined;
  const single = new Document(new YAMLMap());
  (single.contents as YAMLMap).items.push(pair as Pair);
  const text = single.toString({ ...RENDER, flowCollectionPadding });
  Object.assign(keyNode, kept);
  return text;
}

function pairOf(map: YAMLMap, key: string): Pair | undefined {
  return map.items.find((item) => keyOf(item) === key) as Pair | undefined;
}

function keyOf(pair: Pair): string | undefined {
  const key = isScalar(pair.key) ? pair.key.value : pair.key;
  return typeof key === 'string' ? key : undefined;
}

/** Where a top-level field starts (its key) and ends (its value, with any comment after it). */
function pairRange(pair: Pair): [number, number] {
  const key = pair.key as Node;
  const value = pair.value as Node | null;
  return [key.range![0], (value?.range ?? key.range!)[2]];
}

/** A range grown to whole lines, with the newline that ends the last one. */
function wholeLines(text: string, [from, to]: [number, number]): { from: number; to: number } {
  const start = text.lastIndexOf('\n', from - 1) + 1;
  const newline = text.indexOf('\n', Math.max(to - 1, start));
  return { from: start, to: newline < 0 ? text.length : newline + 1 };
}

const isPlainValue = (value: unknown) => value === null || ['string', 'number', 'boolean'].includes(typeof value);

const isFields = (value: unknown): value is Data =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
