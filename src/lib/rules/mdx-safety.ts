/**
 * `mdx-safety`: MDX can run code. Content written by editors may use Markdown, a small set of harmless
 * HTML elements and the site's registered components, and nothing that runs code: no import/export,
 * no {expressions}, no <script>/<iframe>/<style>, no on...= handlers, no javascript: links.
 */
import type { Nodes } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';
import type { Finding } from '../check/finding.ts';
import { atNode } from './report.ts';
import type { Rule } from './types.ts';

/** Components the site passes to MDX content. Add a name here when the site registers a component. */
export const REGISTERED_COMPONENTS: readonly string[] = [];

/** Elements that run code, load other pages or restyle the site. */
const FORBIDDEN_ELEMENTS = new Set(['script', 'iframe', 'style', 'object', 'embed', 'frame', 'frameset', 'form', 'input', 'button', 'link', 'meta', 'base', 'svg', 'math', 'template', 'portal']);

/** Plain HTML an editor may need that Markdown cannot say. */
export const ALLOWED_ELEMENTS = new Set(['abbr', 'br', 'sup', 'sub', 'small', 'strong', 'em', 'b', 'i', 'u', 's', 'mark', 'kbd', 'cite', 'q', 'dfn', 'del', 'ins', 'span', 'div', 'p', 'details', 'summary', 'dl', 'dt', 'dd', 'figure', 'figcaption', 'img', 'a', 'ul', 'ol', 'li', 'blockquote', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'caption', 'address', 'time']);

const SCRIPT_URL = /^(?:javascript|vbscript|data):/i;

/** Browsers ignore control characters and spaces inside a scheme: "java\tscript:" still runs. */
export function isScriptUrl(url: string): boolean {
  return SCRIPT_URL.test(url.replace(/[\u0000-\u0020\u007f]/g, ''));
}

/** `{/* a note *\/}` is an MDX comment, not code. */
function isComment(expression: string): boolean {
  return /^\s*\/\*[\s\S]*\*\/\s*$/.test(expression);
}

export const mdxSafetyRule: Rule = {
  id: 'mdx-safety',
  checkEntry(entry) {
    if (!entry.body?.mdx) return [];
    const findings: Finding[] = [];
    const error = (node: Nodes, message: string) => findings.push(atNode('mdx-safety', 'error', entry, node, message));
    visit(entry.body.tree, (node: Nodes) => {
      switch (node.type) {
        case 'mdxjsEsm':
          error(node, `"${node.value.split('\n')[0]!.slice(0, 60)}" is code: content may not use import or export; remove the line, or reword a sentence that starts with those words`);
          break;
        case 'mdxFlowExpression':
        case 'mdxTextExpression':
          if (!isComment(node.value)) {
            error(node, `"{${node.value.slice(0, 40)}}" is read as code in MDX: write \\{ and \\} for curly brackets, or use round brackets ( ) instead`);
          }
          break;
        case 'mdxJsxFlowElement':
        case 'mdxJsxTextElement':
          checkElement(node, error);
          break;
        case 'link':
        case 'image':
        case 'definition':
          if (isScriptUrl(node.url)) error(node, `the link "${node.url.slice(0, 40)}" runs code when followed: link to a web page (https://...) or a document instead`);
          break;
        default:
          break;
      }
    });
    return findings;
  },
};

function checkElement(node: MdxJsxFlowElement | MdxJsxTextElement, error: (node: Nodes, message: string) => void): void {
  const name = node.name;
  if (!name) {
    error(node, 'an empty tag <> ... </> is code in MDX: remove it');
    return;
  }
  const isComponent = /^[A-Z]/.test(name) || name.includes('.');
  if (FORBIDDEN_ELEMENTS.has(name.toLowerCase())) {
    error(node, `<${name}> is not allowed in content: it can run code or load another site; ask the web team if you need to embed something`);
  } else if (isComponent && !REGISTERED_COMPONENTS.includes(name)) {
    const allowed = REGISTERED_COMPONENTS.length ? `the site's components are: ${REGISTERED_COMPONENTS.join(', ')}` : 'the site has no components for content yet';
    error(node, `<${name}> is not a component the site provides (${allowed}): use Markdown instead`);
  } else if (!isComponent && !ALLOWED_ELEMENTS.has(name)) {
    error(node, `<${name}> is not an HTML element content may use: use Markdown, or one of ${[...ALLOWED_ELEMENTS].slice(0, 8).join(', ')} ...`);
  }
  for (const attribute of node.attributes) {
    if (attribute.type === 'mdxJsxExpressionAttribute') {
      error(node, `{${attribute.value.slice(0, 40)}} in <${name}> is code: give attributes as plain text, name="value"`);
      continue;
    }
    if (/^on/i.test(attribute.name)) {
      error(node, `the attribute ${attribute.name}= on <${name}> runs code when the page is used: remove it`);
    } else if (attribute.value !== null && typeof attribute.value === 'object') {
      error(node, `the attribute ${attribute.name}={...} on <${name}> is code: write ${attribute.name}="plain text" instead`);
    } else if (typeof attribute.value === 'string' && isScriptUrl(attribute.value)) {
      error(node, `the attribute ${attribute.name}="${attribute.value.slice(0, 40)}" on <${name}> runs code: link to a web page (https://...) instead`);
    }
  }
}
