/**
 * `npm run bench:reader`: what reading one content file costs, step by step, on a generated archive
 * (src/lib/archive; BENCH_COUNT consultations, 2,000 by default, and their feedback reports), in
 * milliseconds per file: splitting and reading the frontmatter (the content reader, which every path
 * pays), the key positions (the check alone pays, and only for files with a frontmatter finding), the
 * MDX body, and rendering it through the allowlist (the site) and judging it (mdx-safety). The yaml
 * package's documents, which the check used to read frontmatter with, are timed alongside. Not a test:
 * the figures depend on the machine and its load, which is printed with them.
 */
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { parseDocument } from 'yaml';
import { generateArchive } from './archive/generate.ts';
import { keyIndexOf } from '../src/lib/rules/core/index.ts';
import { parseBody } from '../src/lib/content/body.ts';
import { loadSettings } from '../src/lib/content/settings.ts';
import { sourceFileFromText, splitFrontmatter } from '../src/lib/content/source.ts';
import { contentHast, renderBody } from '../src/lib/render/render.ts';
import { mdxSafetyRule } from '../src/lib/rules/mdx-safety.ts';
import type { CollectionName } from '../src/lib/schema/index.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const COUNT = Number(process.env.BENCH_COUNT ?? 2_000);
const settings = loadSettings(ROOT);
const files = generateArchive({ count: COUNT, seed: 1, today: '2026-11-23', settings }).map((file) => ({
  collection: file.path.split('/')[1] as CollectionName,
  name: path.basename(file.path),
  text: file.text,
}));

/** Milliseconds per file for `step` over every file, the best of three rounds (after one to warm up). */
function perFile(step: (file: (typeof files)[number]) => unknown): number {
  let best = Number.POSITIVE_INFINITY;
  for (let round = 0; round < 4; round += 1) {
    const started = performance.now();
    for (const file of files) step(file);
    if (round > 0) best = Math.min(best, (performance.now() - started) / files.length);
  }
  return best;
}

const sources = files.map((file) => sourceFileFromText(file.collection, file.name, file.text));
const bodies = sources.map((source) => parseBody(source.body));
const markdown = unified().use(remarkParse).use(remarkGfm);
const rows: [string, number][] = [
  [
    'split and read the frontmatter (js-yaml, every path)',
    perFile((file) => sourceFileFromText(file.collection, file.name, file.text)),
  ],
  [
    '  for comparison: the yaml package, parseDocument + toJS',
    perFile((file) => parseDocument(splitFrontmatter(file.text).yaml ?? '', { schema: 'core' }).toJS()),
  ],
];
let index = 0;
rows.push([
  'key positions (check only, when a finding needs them)',
  perFile(() => keyIndexOf({ ...sources[index++ % sources.length]! })),
]);
rows.push(['parse the MDX body', perFile((file) => parseBody(splitFrontmatter(file.text).body))]);
rows.push([
  '  for comparison: plain Markdown (remark-parse + GFM)',
  perFile((file) => markdown.parse(splitFrontmatter(file.text).body)),
]);
// A new root each time: the unsanitised hast is built once per tree and shared by the renderer and mdx-safety.
const freshTree = () => ({ ...bodies[index++ % bodies.length]!.tree });
rows.push(['mdast -> hast (shared by the renderer and mdx-safety)', perFile(() => contentHast(freshTree()))]);
rows.push([
  'render the body through the allowlist (site, with hast)',
  perFile(() => renderBody(freshTree(), { base: '/' })),
]);
rows.push([
  'judge the body (mdx-safety, check and build gate, with hast)',
  perFile(() => {
    const body = { ...bodies[index % bodies.length]!, tree: freshTree() };
    return mdxSafetyRule.checkEntry({ source: sources[index % sources.length]!, yamlErrors: [], issues: [], body });
  }),
]);

process.stdout.write(
  `${files.length} files (${COUNT} consultations and their feedback reports), load ${os.loadavg()[0]!.toFixed(1)} on ${os.cpus().length} cores\n`,
);
for (const [label, ms] of rows) process.stdout.write(`${label.padEnd(62)} ${ms.toFixed(3)} ms/file\n`);
