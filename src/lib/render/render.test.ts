import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Element, Root as HastRoot } from 'hast';
import { sanitize } from 'hast-util-sanitize';
import { toHtml } from 'hast-util-to-html';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { corpusFolder } from '../../../support/corpus.ts';
import { ROOT } from '../../../support/paths.ts';
import { parseBody } from '../content/body.ts';
import { splitFrontmatter } from '../content/source.ts';
import { CONTENT_SCHEMA, judgeElement } from './allowlist.ts';
import { contentHast, renderBody } from './render.ts';

const render = (body: string, base = '/') => renderBody(parseBody(body).tree, { base });

/** Every element of a body's unsanitised tree the allowlist would change. */
function judged(body: string): string[] {
  const changed: string[] = [];
  visit(contentHast(parseBody(body).tree), 'element', (element: Element) => {
    const { elementDropped, droppedProperties } = judgeElement(element);
    if (elementDropped) changed.push(`<${element.tagName}>`);
    for (const property of droppedProperties) changed.push(`<${element.tagName}> ${property}`);
  });
  return changed;
}

const MARKDOWN = `# Heading

Text with **strong**, _emphasis_, ~~deleted~~, \`code\`, a line  
break, [a page](/consultations/), [a site](https://example.org/), [mail](mailto:team@harrowdale.example),
[phone](tel:+441632960512), [a place](#how-to-respond), www.example.org and https://example.org/x. A note.[^note]

> A quote.

| Left | Right | Centre |
|:-----|------:|:------:|
| 1    | 2     | 3      |

- [ ] to do
- [x] done

1. one
2. two

\`\`\`js
const x = '{/* not a comment */}';
\`\`\`

---

![A map of Kelbrook](/documents/map.png "Kelbrook")

[^note]: A footnote.
`;

describe('renderBody', () => {
  it('keeps everything Markdown and GFM write: the allowlist removes nothing from them', () => {
    expect(judged(MARKDOWN)).toEqual([]);
    const html = render(MARKDOWN);
    for (const part of [
      '<th align="left">Left</th>',
      '<td align="right">2</td>',
      '<input type="checkbox" disabled>',
      '<input type="checkbox" checked disabled>',
      '<code class="language-js">',
      '<img src="/documents/map.png" alt="A map of Kelbrook" title="Kelbrook">',
      '<a href="#user-content-fn-note" id="user-content-fnref-note" data-footnote-ref aria-describedby="footnote-label">',
      '<h2 class="visually-hidden" id="footnote-label">',
      '<li id="user-content-fn-note">',
      '<a href="tel:+441632960512">',
      '<a href="http://www.example.org">',
    ]) {
      expect(html).toContain(part);
    }
  });

  it('drops MDX comments on the tree and shows code exactly as written', () => {
    expect(render('Before { /* <img src="x" onerror="alert(1)" /> */ } after.')).toBe('<p>Before  after.</p>');
    const code = render('Write `{/*` to start.\n\n```\n*/}\n<script>alert(1)</script>\n```');
    expect(code).toBe(
      '<p>Write <code>{/*</code> to start.</p>\n<pre><code>*/}\n&#x3C;script>alert(1)&#x3C;/script>\n</code></pre>',
    );
  });

  it('keeps the plain HTML content may use, and serves site paths under the base', () => {
    const html = render(
      '<abbr title="Special educational needs">SEN</abbr> on <time dateTime="2026-11-23">23 November</time>.\n\n<details><summary>More</summary>Detail in [a document](/documents/x.pdf) and ![map](/documents/map.png).</details>',
      '/hub/',
    );
    expect(html).toContain('<abbr title="Special educational needs">SEN</abbr>');
    expect(html).toContain('<time datetime="2026-11-23">');
    expect(html).toContain('<details><summary>More</summary>');
    expect(html).toContain('<a href="/hub/documents/x.pdf">');
    expect(html).toContain('<img src="/hub/documents/map.png" alt="map">');
    expect(render('[away](https://example.org/) and [here](#top)', '/hub/')).toBe(
      '<p><a href="https://example.org/">away</a> and <a href="#top">here</a></p>',
    );
  });

  it('removes what runs code, loads from elsewhere or spoofs the page', () => {
    const html = render(
      'A <script>alert(1)</script> b <a href="javascript:alert(1)" onClick="x()">c</a> <img src="//tracker.example/p.gif" alt="" /> <span style="color:red" data-pagefind-meta="title:x" id="search-form">d</span>',
    );
    expect(html).toBe('<p>A  b <a>c</a> <img alt=""> <span>d</span></p>');
  });
});

describe('the allowlist asked element by element, as mdx-safety asks it', () => {
  /** Every body of the sample content and of the corpus. */
  const bodies = [path.join(ROOT, 'content'), corpusFolder()].flatMap((dir) =>
    (readdirSync(dir, { recursive: true, encoding: 'utf8' }) as string[])
      .filter((file) => file.endsWith('.mdx'))
      .map((file) => ({
        file,
        sample: dir.endsWith('content'),
        body: splitFrontmatter(readFileSync(path.join(dir, file), 'utf8')).body,
      })),
  );

  it('finds something to remove exactly when sanitising the whole tree changes it', () => {
    expect(bodies.length).toBeGreaterThan(120);
    let changed = 0;
    for (const { file, body } of bodies) {
      const hast = contentHast(parseBody(body).tree);
      const sanitised = toHtml(sanitize(hast, CONTENT_SCHEMA) as HastRoot);
      const unchanged = sanitised === toHtml(hast);
      expect(judged(body).length === 0, file).toBe(unchanged);
      if (!unchanged) changed += 1;
    }
    expect(changed).toBeGreaterThan(40);
  });

  it('finds nothing to remove in the sample content', () => {
    for (const { file, body } of bodies.filter((entry) => entry.sample)) expect(judged(body), file).toEqual([]);
  });
});
