import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { corpusFolder } from '../../support/corpus.ts';
import { ROOT } from '../../support/paths.ts';
import { generateArchive } from '../../bench/archive/generate.ts';
import { parseBody } from '../../src/lib/content/body.ts';
import { loadSettings } from '../../src/lib/content/settings.ts';
import { splitFrontmatter } from '../../src/lib/content/source.ts';

/** remark-parse, remark-mdx and remark-gfm as their documentation puts them together. */
const reference = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);

const fromDisk = [path.join(ROOT, 'content'), corpusFolder()].flatMap((dir) =>
  (readdirSync(dir, { recursive: true, encoding: 'utf8' }) as string[]).filter((file) => file.endsWith('.mdx')).map((file) => readFileSync(path.join(dir, file), 'utf8')),
);
const archive = generateArchive({ count: 300, seed: 5, today: '2026-11-23', settings: loadSettings(ROOT) }).map((file) => file.text);

describe('parseBody', () => {
  it('gives the tree remark-parse, remark-mdx and remark-gfm give, for every body of the sample, the corpus and an archive', () => {
    let compared = 0;
    for (const text of [...fromDisk, ...archive]) {
      const { body } = splitFrontmatter(text);
      const parsed = parseBody(body);
      if (!parsed.mdx) continue;
      expect(parsed.tree).toEqual(reference.parse(body));
      compared += 1;
    }
    expect(compared).toBeGreaterThan(500);
  });

  it('links bare web and email addresses, as GFM does', () => {
    const links: string[] = [];
    const walk = (node: { type: string; url?: string; children?: unknown[] }) => {
      if (node.type === 'link') links.push(node.url!);
      for (const child of node.children ?? []) walk(child as typeof node);
    };
    walk(parseBody('See www.harrowdale.example, https://example.org/a or write to team@harrowdale.example.').tree);
    expect(links).toEqual(['http://www.harrowdale.example', 'https://example.org/a', 'mailto:team@harrowdale.example']);
  });
});
