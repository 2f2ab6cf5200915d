import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import { afterAll, describe, expect, it } from 'vitest';
import { contentLoader } from './content-loader.ts';

const root = mkdtempSync(path.join(tmpdir(), 'content-loader-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const folder = path.join(root, 'content/standards');
mkdirSync(folder, { recursive: true });

interface Stored {
  id: string;
  data: Record<string, unknown>;
  filePath?: string;
  digest?: string;
  rendered?: { html: string };
  body?: string;
}

/** The parts of Astro's loader context the loader uses, recording what it renders. */
function fakeContext(store: Map<string, Stored>, rendered: string[]) {
  return {
    config: { root: pathToFileURL(`${root}/`) },
    store: {
      get: (id: string) => store.get(id),
      set: (entry: Stored) => store.set(entry.id, entry),
      delete: (id: string) => store.delete(id),
      keys: () => [...store.keys()],
    },
    parseData: async ({ data }: { data: Record<string, unknown> }) => data,
    renderMarkdown: async (markdown: string) => {
      rendered.push(markdown);
      return { html: `<p>${markdown.trim()}</p>` };
    },
    generateDigest: (text: string) => String(text.length) + text.slice(-20),
    logger: { error: () => {} },
  } as unknown as LoaderContext;
}

describe('contentLoader', () => {
  it('stores validated frontmatter and the body rendered as Markdown, without MDX comments or the raw body', async () => {
    writeFileSync(
      path.join(folder, 'closing-the-loop.mdx'),
      '---\ntitle: Closing the loop\nreviewed: 2026-05-01\n---\n\nWe publish {/* an editor note */}what we did.\n',
    );
    const store = new Map<string, Stored>();
    const rendered: string[] = [];
    await contentLoader('standards').load(fakeContext(store, rendered));
    const entry = store.get('closing-the-loop')!;
    expect(entry.filePath).toBe('content/standards/closing-the-loop.mdx');
    expect(entry.data.title).toBe('Closing the loop');
    expect(entry.rendered?.html).toBe('<p>We publish what we did.</p>');
    expect(entry.body).toBeUndefined();
  });

  it('renders only files that changed, and forgets files that were removed', async () => {
    writeFileSync(path.join(folder, 'timescales.mdx'), '---\ntitle: Timescales\n---\n\nTwelve weeks.\n');
    const store = new Map<string, Stored>();
    const rendered: string[] = [];
    await contentLoader('standards').load(fakeContext(store, rendered));
    expect(rendered).toHaveLength(2);

    rmSync(path.join(folder, 'closing-the-loop.mdx'));
    writeFileSync(
      path.join(folder, 'timescales.mdx'),
      '---\ntitle: Timescales\n---\n\nTwelve weeks, or more over Christmas.\n',
    );
    rendered.length = 0;
    await contentLoader('standards').load(fakeContext(store, rendered));
    expect(rendered.map((text) => text.trim())).toEqual(['Twelve weeks, or more over Christmas.']);
    expect([...store.keys()]).toEqual(['timescales']);
  });

  it('names the file when its frontmatter is not YAML', async () => {
    writeFileSync(path.join(folder, 'broken.mdx'), '---\ntitle: [unclosed\n---\n\nText.\n');
    await expect(contentLoader('standards').load(fakeContext(new Map(), []))).rejects.toThrow(
      'content/standards/broken.mdx: the frontmatter is not valid YAML',
    );
    rmSync(path.join(folder, 'broken.mdx'));
  });
});
