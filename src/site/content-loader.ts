/**
 * Loads content/<collection>/*.mdx and renders each body with Astro's Markdown pipeline while content
 * syncs, instead of compiling every file into a JavaScript module as the MDX integration does.
 *
 * Why: at archive scale the MDX route dominates the build (10,000 consultations and their feedback
 * reports took four minutes in Vite alone, and over 7 GB of memory; see bench/README.md). The content
 * rules (mdx-safety) already forbid everything that makes MDX more than Markdown: imports, exports,
 * expressions and components. Only MDX comments are allowed, and they are dropped here. When the site
 * registers a component for content (REGISTERED_COMPONENTS), the collections go back to the MDX loader.
 */
import { readFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
// Astro's own frontmatter parser (js-yaml), as its glob loader uses: the yaml package with source positions
// (right for the checker's messages) took half of the loading time at archive scale.
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { glob, type Loader, type LoaderContext } from 'astro/loaders';
import { REGISTERED_COMPONENTS } from '../lib/rules/mdx-safety.ts';

const MDX_COMMENT = /\{\/\*[\s\S]*?\*\/\}/g;
const EXTENSION = '.mdx';
const SYNC_BATCH = 32;

export function contentLoader(collection: string): Loader {
  const base = `./content/${collection}`;
  if (REGISTERED_COMPONENTS.length > 0) return glob({ pattern: `*${EXTENSION}`, base });
  return {
    name: 'mdx-bodies-as-markdown',
    async load(context: LoaderContext) {
      const folder = new URL(`${base}/`, context.config.root);
      const sync = async (name: string) => {
        const id = name.slice(0, -EXTENSION.length);
        const fileUrl = new URL(name, folder);
        // Synchronous on purpose: each async read is five thread-pool round trips, and at archive scale
        // that waiting, not the reading, took most of the content sync (12 s of 14 s for 19,000 files).
        const text = readFileSync(fileUrl, 'utf8');
        const digest = context.generateDigest(text);
        // The data store survives between builds: unchanged files are not parsed or rendered again.
        const cached = context.store.get(id);
        if (cached?.digest === digest && cached.rendered) return;
        const filePath = `content/${collection}/${name}`;
        let parsed: { frontmatter: Record<string, unknown>; content: string };
        try {
          parsed = parseFrontmatter(text, { frontmatter: 'remove' });
        } catch (error) {
          throw new Error(`${filePath}: the frontmatter is not valid YAML (${error instanceof Error ? error.message : String(error)})`);
        }
        const body = parsed.content;
        const data = await context.parseData({ id, data: parsed.frontmatter, filePath });
        const rendered = await context.renderMarkdown(body.replace(MDX_COMMENT, ''), { fileURL: fileUrl });
        // No `body` and only the HTML of `rendered` (not its headings and image lists): no page reads them,
        // and the data store is bundled into the build, so at archive scale every byte is paid for twice.
        context.store.set({ id, data, filePath, digest, rendered: { html: rendered.html } });
      };

      const names = (await readdir(folder)).filter((name) => name.endsWith(EXTENSION)).sort();
      // In small batches, so what each file still awaits (validation, rendering) overlaps.
      for (let start = 0; start < names.length; start += SYNC_BATCH) await Promise.all(names.slice(start, start + SYNC_BATCH).map(sync));
      const present = new Set(names.map((name) => name.slice(0, -EXTENSION.length)));
      for (const id of context.store.keys()) if (!present.has(id)) context.store.delete(id);

      // `astro dev`: follow edits the way the glob loader does.
      const { watcher } = context;
      if (!watcher) return;
      const folderPath = fileURLToPath(folder);
      const inFolder = (file: string) => path.dirname(file) === path.dirname(path.join(folderPath, 'x')) && file.endsWith(EXTENSION);
      const resync = (file: string) => {
        if (!inFolder(file)) return;
        sync(path.basename(file)).catch((error: unknown) => context.logger.error(error instanceof Error ? error.message : String(error)));
      };
      watcher.add(folderPath);
      watcher.on('add', resync);
      watcher.on('change', resync);
      watcher.on('unlink', (file) => inFolder(file) && context.store.delete(path.basename(file, EXTENSION)));
    },
  };
}
