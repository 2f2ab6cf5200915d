/** Small helpers for reading MDX bodies. */
import type { Heading, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';

/** Heading text compared the way an editor would: case, spacing and end punctuation do not matter. */
export function normaliseHeading(text: string): string {
  return text
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/[\s.:?!]+$/, '')
    .trim();
}

export interface Section {
  heading: Heading;
  title: string;
  /** The nodes after the heading, up to the next heading of the same or a higher level. */
  content: RootContent[];
}

/** The sections introduced by headings of `depth` at the top level of the body. */
export function sectionsAt(tree: Root, depth: number): Section[] {
  const sections: Section[] = [];
  let current: Section | undefined;
  for (const node of tree.children) {
    if (node.type === 'heading' && node.depth <= depth) {
      current = node.depth === depth ? { heading: node, title: toString(node), content: [] } : undefined;
      if (current) sections.push(current);
    } else if (current) {
      current.content.push(node);
    }
  }
  return sections;
}
