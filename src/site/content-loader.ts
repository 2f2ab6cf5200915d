/**
 * Loads content/<collection>/*.mdx for Astro through the content reader and the check's gate, and
 * renders each body through the allowlist sanitiser while content syncs (src/lib/render), instead of
 * compiling every file into a JavaScript module as the MDX integration does, or passing raw HTML
 * through as Astro's Markdown pipeline does.
 *
 * Why not the MDX route: at archive scale it dominates the build (10,000 consultations and their
 * feedback reports took four minutes in Vite alone, and over 7 GB of memory; see bench/README.md), and
 * content may not use what makes MDX more than Markdown anyway (mdx-safety).
 *
 * The gate: a file with `schema` or `mdx-safety` errors stops the build, which names each file and
 * problem, so what is published is only ever what the check accepted. Links and folders named `*.mdx`
 * are never followed (listContentFiles).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { describeGateFindings, gateBypassed, GATE_BYPASS_VARIABLE } from '../lib/check/build-gate.ts';
import type { Finding } from '../lib/rules/core/index.ts';
import { contentBytes, listContentFiles, type ContentFile } from '../lib/content/load.ts';
import { loadSettings } from '../lib/content/settings.ts';
import { decodeSource } from '../lib/content/source.ts';
import { plural } from '../lib/text/plural.ts';
import { prepareContentFile, prepareContentFiles, type PreparedFile } from './content-files.ts';
import type { CollectionName } from '../lib/schema/index.ts';

const EXTENSION = '.mdx';
const SYNC_BATCH = 32;

/** The code a stored page was rendered by: the data store survives between builds, and must not outlive a stricter allowlist. */
const RENDERER_SOURCES = [
  'src/lib/render/allowlist.ts',
  'src/lib/render/render.ts',
  'src/lib/content/body.ts',
  'src/lib/content/source.ts',
  'package-lock.json',
];

function rendererVersion(root: string): string {
  const hash = createHash('sha1');
  for (const file of RENDERER_SOURCES) {
    try {
      hash.update(readFileSync(path.join(root, file)));
    } catch {
      hash.update(`${file} missing`);
    }
  }
  return hash.digest('base64');
}

export function contentLoader(collection: CollectionName): Loader {
  return {
    name: 'content-through-the-allowlist',
    async load(context: LoaderContext) {
      const root = fileURLToPath(context.config.root);
      const settings = loadSettings(root);
      const base = context.config.base;
      const bypass = gateBypassed(process.env);
      const version = `${rendererVersion(root)} ${base} ${bypass ? 'bypass' : 'gated'}`;
      const refused: Finding[] = [];
      const digestOf = (file: ContentFile) =>
        context.generateDigest(`${version}\n${file.kind}\n${decodeSource(contentBytes(file))}`);

      /** Stores what was prepared, or leaves the file out and says why. */
      const store = async ({ file, findings, page }: PreparedFile, digest: string) => {
        const id = file.name.slice(0, -EXTENSION.length);
        const filePath = `content/${collection}/${file.name}`;
        if (findings.length > 0) {
          refused.push(...findings);
          context.store.delete(id);
          if (bypass && page)
            context.logger.warn(`${filePath}: built although the check rejects it (${GATE_BYPASS_VARIABLE} is set)`);
          if (bypass && !page)
            context.logger.warn(`${filePath}: left out, its frontmatter cannot be used (${findings[0]!.message})`);
        }
        if (!page) return;
        const data = await context.parseData({ id, data: page.data, filePath });
        // No `body`: no page reads it, and the data store is bundled into the build, so at archive scale
        // every byte is paid for twice.
        context.store.set({ id, data, filePath, digest, rendered: { html: page.html } });
      };

      const files = listContentFiles(root, [collection]);
      // Synchronous reads on purpose: each async read is five thread-pool round trips, and at archive
      // scale that waiting, not the reading, took most of the content sync (12 s of 14 s for 19,000 files).
      const digests = new Map(files.map((file) => [file, digestOf(file)]));
      // The data store survives between builds: unchanged files are not read, checked or rendered again.
      const changed = files.filter((file) => {
        const cached = context.store.get(file.name.slice(0, -EXTENSION.length));
        return !(cached?.digest === digests.get(file) && cached?.rendered);
      });
      const prepared = await prepareContentFiles(changed, settings, { base, bypass });
      // In small batches, so what each file still awaits (validation) overlaps.
      for (let start = 0; start < prepared.length; start += SYNC_BATCH) {
        await Promise.all(
          prepared.slice(start, start + SYNC_BATCH).map((result) => store(result, digests.get(result.file)!)),
        );
      }
      const present = new Set(files.map((file) => file.name.slice(0, -EXTENSION.length)));
      for (const id of context.store.keys()) if (!present.has(id)) context.store.delete(id);
      if (refused.length > 0) {
        const count = plural(new Set(refused.map((finding) => finding.file)).size, 'content file');
        const report = `${count} in content/${collection} failed the check, so the site is not built:\n${describeGateFindings(refused)}\nRun npm run check for the details.`;
        if (!bypass) throw new Error(report);
        context.logger.warn(
          `${report}\nFiles whose frontmatter cannot be used were left out; the rest were built (${GATE_BYPASS_VARIABLE}).`,
        );
      }

      // `astro dev`: follow edits the way the glob loader does.
      const { watcher } = context;
      if (!watcher) return;
      const folderPath = path.join(root, 'content', collection);
      const inFolder = (changed: string) => path.dirname(changed) === folderPath && changed.endsWith(EXTENSION);
      const resync = (changed: string) => {
        if (!inFolder(changed)) return;
        const file = listContentFiles(root, [collection]).find((listed) => listed.path === changed);
        if (!file) return;
        refused.length = 0;
        store(prepareContentFile(file, settings, { base, bypass }), digestOf(file))
          .then(
            () =>
              refused.length &&
              context.logger.error(`the site does not show ${file.name}:\n${describeGateFindings(refused)}`),
          )
          .catch((error: unknown) => context.logger.error(error instanceof Error ? error.message : String(error)));
      };
      watcher.add(folderPath);
      watcher.on('add', resync);
      watcher.on('change', resync);
      watcher.on('unlink', (changed) => inFolder(changed) && context.store.delete(path.basename(changed, EXTENSION)));
    },
  };
}
