/**
 * `accessibility`: content that everyone can use: images with alt text, headings that do not skip a
 * level, link text that says where it goes, tables with a header row, and documents with an
 * accessible HTML version.
 */
import type { Heading, Nodes, Table } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { atField, atNode, type Finding, type Rule } from './core/index.ts';
import { asConsultation } from './consultation-facts.ts';

/** Link text that makes no sense read out of context, as screen reader users often hear links. */
export const VAGUE_LINK_TEXT = new Set([
  'click here',
  'click',
  'here',
  'read more',
  'more',
  'more info',
  'more information',
  'this link',
  'link',
  'this page',
  'find out more',
]);

const OFFICE_FORMATS = new Set(['pdf', 'docx', 'odt']);

export const accessibilityRule = {
  id: 'accessibility',
  scope: 'file',
  checkEntry(entry) {
    const findings: Finding[] = [];
    const error = (node: Nodes, message: string) =>
      findings.push(atNode('accessibility', 'error', entry, node, message));
    if (entry.body) {
      let previousDepth = 1;
      visit(entry.body.tree, (node: Nodes) => {
        if (node.type === 'image' && !node.alt?.trim()) {
          error(
            node,
            'an image has no alt text: describe what it shows, for example ![Map of the proposed route](/images/route.png)',
          );
        } else if (
          (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') &&
          node.name === 'img' &&
          !hasAlt(node)
        ) {
          error(node, 'an <img> has no alt text: add alt="what the image shows"');
        } else if (node.type === 'heading') {
          checkHeading(node, previousDepth, error);
          previousDepth = node.depth;
        } else if (node.type === 'link') {
          const text = toString(node)
            .toLowerCase()
            .replace(/[^a-z ]/g, '')
            .replace(/\s+/g, ' ')
            .trim();
          if (VAGUE_LINK_TEXT.has(text)) {
            error(
              node,
              `the link text "${toString(node).trim()}" does not say where the link goes: use words that describe it, for example "read the full proposal"`,
            );
          }
        } else if (node.type === 'table' && headerIsEmpty(node)) {
          error(node, 'a table has an empty header row: name each column in the first row');
        }
      });
    }
    const consultation = asConsultation(entry);
    if (consultation) {
      const documents = consultation.data.documents;
      const hasAccessibleHtml = documents.some((document) => document.format === 'html' && document.accessible);
      documents.forEach((document, index) => {
        if (OFFICE_FORMATS.has(document.format) && !hasAccessibleHtml) {
          findings.push(
            atField(
              'accessibility',
              'warning',
              consultation,
              ['documents', index],
              `"${document.title}" is a ${document.format.toUpperCase()} with no accessible HTML version alongside it: add an HTML version so everyone can read it`,
            ),
          );
        }
      });
    }
    return findings;
  },
} satisfies Rule;

function checkHeading(node: Heading, previousDepth: number, error: (node: Nodes, message: string) => void): void {
  if (node.depth > previousDepth + 1) {
    const expected = previousDepth + 1;
    error(
      node,
      `a level ${node.depth} heading follows a level ${previousDepth} heading: use level ${expected} (${'#'.repeat(expected)}) so nobody thinks a section is missing`,
    );
  }
}

function hasAlt(node: MdxJsxFlowElement | MdxJsxTextElement): boolean {
  return node.attributes.some(
    (attribute) =>
      attribute.type === 'mdxJsxAttribute' &&
      attribute.name === 'alt' &&
      typeof attribute.value === 'string' &&
      attribute.value.trim() !== '',
  );
}

function headerIsEmpty(table: Table): boolean {
  const header = table.children[0];
  return !header || header.children.every((cell) => toString(cell).trim() === '');
}
