/**
 * Renders a body tree (the content reader's mdast, src/lib/content/body.ts) to HTML through the one
 * allowlist: mdast -> hast (MDX comments and other expressions dropped on the tree, lowercase JSX HTML
 * kept as elements for the sanitiser to judge) -> hast-util-sanitize with CONTENT_SCHEMA -> site paths
 * under the deploy base -> HTML. Raw HTML in plain Markdown is never passed through. The site's content
 * loader renders every page body here; `mdx-safety` reads the same unsanitised hast.
 */
import type { Element, ElementContent, Properties, Root as HastRoot } from 'hast';
import type { Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { toHast, type Handler, type State } from 'mdast-util-to-hast';
import { sanitize } from 'hast-util-sanitize';
import { toHtml } from 'hast-util-to-html';
import { find, html } from 'property-information';
import { CONTENT_SCHEMA, VISUALLY_HIDDEN } from './allowlist.ts';

/** A JSX element as the hast element the sanitiser judges: plain-text attributes only, children rendered. */
function jsxElement(state: State, node: MdxJsxFlowElement | MdxJsxTextElement): Element | ElementContent[] {
  const children = state.all(node);
  // A fragment (<>...</>) has no element of its own.
  if (!node.name) return children;
  const properties: Properties = {};
  for (const attribute of node.attributes) {
    // Spreads ({...x}) and {expression} values are code: never rendered (mdx-safety reports them).
    if (attribute.type !== 'mdxJsxAttribute' || (attribute.value !== null && typeof attribute.value === 'object'))
      continue;
    const info = find(html, attribute.name);
    const value = attribute.value ?? null;
    properties[info.property] =
      value === null ? true : info.spaceSeparated ? value.split(/[ \t\n\f\r]+/).filter(Boolean) : value;
  }
  const element: Element = { type: 'element', tagName: node.name, properties, children };
  state.patch(node, element);
  return element;
}

const dropped: Handler = () => undefined;

const HANDLERS = {
  mdxJsxFlowElement: jsxElement as Handler,
  mdxJsxTextElement: jsxElement as Handler,
  // Comments are expressions ({/* ... */}); every expression and import/export is dropped on the tree.
  mdxFlowExpression: dropped,
  mdxTextExpression: dropped,
  mdxjsEsm: dropped,
};

const unsanitised = new WeakMap<Root, HastRoot>();

/** The body as hast, before sanitising, with source positions: built once per tree, for the renderer and `mdx-safety`. */
export function contentHast(tree: Root): HastRoot {
  let hast = unsanitised.get(tree);
  if (!hast) {
    hast = toHast(tree, {
      handlers: HANDLERS,
      allowDangerousHtml: false,
      clobberPrefix: 'user-content-',
      footnoteLabelProperties: { className: [VISUALLY_HIDDEN] },
    }) as HastRoot;
    unsanitised.set(tree, hast);
  }
  return hast;
}

/** The `<a>` a Markdown link to `url` becomes (its address normalised as every link's is). */
export function linkElement(url: string): Element {
  return toHast({ type: 'link', url, children: [] }) as Element;
}

export interface RenderOptions {
  /** The site's base path (`/` or `/<repository>/`): site paths in links and images are served under it. */
  base: string;
}

/** Points `/documents/x.pdf` at `<base>documents/x.pdf`; the allowlist has already refused `//host`. */
function underBase(node: HastRoot | HastRoot['children'][number], base: string): void {
  if (node.type !== 'root' && node.type !== 'element') return;
  if (node.type === 'element') {
    for (const key of ['href', 'src'] as const) {
      const value = node.properties[key];
      if (typeof value === 'string' && value.startsWith('/')) node.properties[key] = base + value.slice(1);
    }
  }
  for (const child of node.children) underBase(child, base);
}

/** The HTML of a body tree, through the allowlist. */
export function renderBody(tree: Root, { base }: RenderOptions): string {
  const safe = sanitize(contentHast(tree), CONTENT_SCHEMA) as HastRoot;
  const prefix = base.endsWith('/') ? base : `${base}/`;
  if (prefix !== '/') underBase(safe, prefix);
  return toHtml(safe);
}
