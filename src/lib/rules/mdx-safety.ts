/**
 * `mdx-safety`: MDX can run code, and HTML can load, restyle or report from other sites. Content may use
 * Markdown, the plain HTML of the allowlist (src/lib/render/allowlist.ts) and the site's registered
 * components, and nothing that runs code. This rule tells the editor, with the line, everything the
 * renderer's sanitiser would remove, by asking the sanitiser about each element of the very tree the
 * page is rendered from; and it reports the MDX code (import/export, {expressions}) the renderer drops.
 */
import type { Element, Root as HastRoot } from 'hast';
import type { Definition, Nodes } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { find, html } from 'property-information';
import type { Node } from 'unist';
import { visit } from 'unist-util-visit';
import { atNode, type Finding, type Rule } from './core/index.ts';
import { CONTENT_HTML_ELEMENTS, judgeElement, REGISTERED_COMPONENTS } from '../render/allowlist.ts';
import { contentHast, linkElement } from '../render/render.ts';

/** Elements that run code, load other pages, take input or restyle the site: named as such in the message. */
const DANGEROUS_ELEMENTS = new Set([
  'script',
  'iframe',
  'style',
  'object',
  'embed',
  'frame',
  'frameset',
  'form',
  'button',
  'link',
  'meta',
  'base',
  'svg',
  'math',
  'template',
  'portal',
  'textarea',
  'select',
  'noscript',
  'video',
  'audio',
  'source',
  'track',
  'canvas',
  'dialog',
]);

const SCRIPT_URL = /^(?:javascript|vbscript|data):/i;

/** Browsers ignore control characters and spaces inside a scheme: "java\tscript:" still runs, and so may "java%09script:" once decoded. */
export function isScriptUrl(url: string): boolean {
  let decoded = url;
  try {
    decoded = decodeURIComponent(url);
  } catch {
    // A malformed escape is judged as written.
  }
  return SCRIPT_URL.test(decoded.replace(/[\u0000-\u0020\u007f]/g, ''));
}

/** Attributes that make the browser fetch from, or report to, an address of their own. */
const FETCHING_ATTRIBUTES = new Set([
  'ping',
  'srcset',
  'formaction',
  'action',
  'poster',
  'background',
  'longdesc',
  'cite',
  'itemtype',
  'manifest',
]);

/** `{/* a note *\/}` is an MDX comment: the parser found no code in it, only comments. */
function isComment(node: { data?: { estree?: { body: unknown[] } | null | undefined } }): boolean {
  return node.data?.estree?.body.length === 0;
}

/** A value quoted back to the editor, with tabs and line breaks shown as \t and \n so nothing hides in the message. */
const quoted = (value: string) => JSON.stringify(value.length > 60 ? `${value.slice(0, 60)}...` : value);

export const mdxSafetyRule = {
  id: 'mdx-safety',
  scope: 'file',
  checkEntry(entry) {
    if (!entry.body?.mdx) return [];
    const findings: Finding[] = [];
    const error = (node: Node | undefined, message: string) =>
      findings.push(atNode('mdx-safety', 'error', entry, node, message));
    visit(entry.body.tree, (node: Nodes) => {
      switch (node.type) {
        case 'mdxjsEsm':
          error(
            node,
            `${quoted(node.value.split('\n')[0]!)} is code: content may not use import or export; remove the line, or reword a sentence that starts with those words`,
          );
          break;
        case 'mdxFlowExpression':
        case 'mdxTextExpression':
          if (!isComment(node))
            error(
              node,
              `"{${node.value.slice(0, 40)}}" is read as code in MDX: write \\{ and \\} for curly brackets, or use round brackets ( ) instead`,
            );
          break;
        case 'mdxJsxFlowElement':
        case 'mdxJsxTextElement':
          checkJsxCode(node, error);
          break;
        case 'definition':
          checkDefinition(node, error);
          break;
        default:
          break;
      }
    });
    checkAgainstAllowlist(contentHast(entry.body.tree), error);
    return findings;
  },
} satisfies Rule;

/** What the renderer never renders from a tag: fragments, and attributes given as code. */
function checkJsxCode(node: MdxJsxFlowElement | MdxJsxTextElement, error: (node: Node, message: string) => void): void {
  if (!node.name) error(node, 'an empty tag <> ... </> is code in MDX: remove it');
  for (const attribute of node.attributes) {
    if (attribute.type === 'mdxJsxExpressionAttribute') {
      error(
        node,
        `{${attribute.value.slice(0, 40)}} in <${node.name ?? ''}> is code: give attributes as plain text, name="value"`,
      );
    } else if (attribute.value !== null && typeof attribute.value === 'object') {
      error(
        node,
        `the attribute ${attribute.name}={...} on <${node.name ?? ''}> is code: write ${attribute.name}="plain text" instead`,
      );
    }
  }
}

/** A reference definition is only rendered where it is used; it is reported where it is written too. */
function checkDefinition(node: Definition, error: (node: Node, message: string) => void): void {
  const element = linkElement(node.url);
  if (judgeElement(element).droppedProperties.includes('href'))
    error(node, linkMessage(String(element.properties.href ?? node.url)));
}

/** Every element and attribute of the unsanitised page that the sanitiser would remove. */
function checkAgainstAllowlist(tree: HastRoot, error: (node: Node, message: string) => void): void {
  visit(tree, 'element', (element: Element) => {
    const { elementDropped, droppedProperties } = judgeElement(element);
    if (elementDropped) error(element, elementMessage(element.tagName));
    for (const property of droppedProperties) error(element, attributeMessage(element, property));
  });
}

function elementMessage(name: string): string {
  if (/^[A-Z]/.test(name) || name.includes('.')) {
    const allowed = REGISTERED_COMPONENTS.length
      ? `the site's components are: ${REGISTERED_COMPONENTS.join(', ')}`
      : 'the site has no components for content yet';
    return `<${name}> is not a component the site provides (${allowed}): use Markdown instead`;
  }
  if (DANGEROUS_ELEMENTS.has(name.toLowerCase())) {
    return `<${name}> is not allowed in content: it can run code, load another site or change the page; ask the web team if you need to embed something`;
  }
  return `<${name}> is not an HTML element content may use: use Markdown, or one of ${CONTENT_HTML_ELEMENTS.slice(0, 8).join(', ')} ...`;
}

function linkMessage(url: string): string {
  if (isScriptUrl(url))
    return `the link ${quoted(url)} runs code when followed: link to a web page (https://...) or a document instead`;
  return `the link ${quoted(url)} is not an address this site links to: use https://..., mailto:, tel:, or a page of this site starting with a single /`;
}

function attributeMessage(element: Element, property: string): string {
  const tag = element.tagName;
  const attribute = find(html, property).attribute;
  const value = element.properties[property];
  if (/^on/i.test(attribute))
    return `the attribute ${attribute}= on <${tag}> runs code when the page is used: remove it`;
  if (attribute === 'href' && typeof value === 'string') return linkMessage(value);
  if (attribute === 'src' && tag === 'img' && typeof value === 'string') {
    if (isScriptUrl(value))
      return `the image ${quoted(value)} is code, not a picture: save the image on this site and give its path, starting with a single /`;
    return `the image ${quoted(value)} is not on this site: save it under /documents/ and give its path starting with a single /, so no other site learns who reads the page`;
  }
  if (attribute === 'style')
    return `the attribute style= on <${tag}> can restyle or cover the page: remove it; the site's own styles apply to content`;
  if (attribute === 'id' || attribute === 'name')
    return `the attribute ${attribute}= on <${tag}> could take the name of a part of the page: remove it`;
  if (attribute.startsWith('data-pagefind'))
    return `the attribute ${attribute}= on <${tag}> would change what search shows for this page: remove it; search reads the page's own title and fields`;
  if (typeof value === 'string' && isScriptUrl(value))
    return `the attribute ${attribute}=${quoted(value)} on <${tag}> runs code: remove it`;
  if (FETCHING_ATTRIBUTES.has(attribute))
    return `the attribute ${attribute}= on <${tag}> makes the browser load from or report to another address: remove it`;
  return `the attribute ${attribute}= on <${tag}> is not one content may use: remove it`;
}
