/**
 * The work the content loader does per file, apart from Astro: read it (the content reader), judge it
 * (the build's gate) and render its body (the allowlist). Parsing MDX is nearly all of it, about 2 ms a
 * file, so a large tree is shared out over worker threads (content-worker.ts), as the check does.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { gateFindings } from '../lib/check/build-gate.ts';
import { parseEntry } from '../lib/content/entry.ts';
import type { Finding } from '../lib/rules/core/index.ts';
import { contentBytes, contentSource, type ContentFile } from '../lib/content/load.ts';
import type { Settings } from '../lib/content/settings.ts';
import { renderBody } from '../lib/render/render.ts';

export interface PrepareOptions {
  /** The site's base path, for site paths in bodies. */
  base: string;
  /** Test-only: build files the gate refuses when their frontmatter can still be used. */
  bypass: boolean;
}

export interface PreparedFile {
  file: ContentFile;
  /** The gate's errors; none for a file the check accepts. */
  findings: Finding[];
  /** Set when the file is to be built: its frontmatter as read, and its body rendered. */
  page?: { data: Record<string, unknown>; html: string };
}

export function prepareContentFile(
  file: ContentFile,
  settings: Settings,
  { base, bypass }: PrepareOptions,
): PreparedFile {
  const entry = parseEntry(contentSource(file, contentBytes(file)));
  const findings = gateFindings(entry, settings);
  const prepared: PreparedFile = { file, findings };
  const usable = entry.data !== undefined && entry.body !== undefined;
  if (usable && (findings.length === 0 || bypass))
    prepared.page = { data: entry.source.frontmatter?.data ?? {}, html: renderBody(entry.body!.tree, { base }) };
  return prepared;
}

/** Below this many files per thread, starting a worker costs more than it saves. */
const MIN_FILES_PER_THREAD = 500;

export interface WorkerInput {
  files: ContentFile[];
  settings: Settings;
  options: PrepareOptions;
}

const WORKER = new URL('./content-worker.ts', import.meta.url);

function inWorker(input: WorkerInput): Promise<PreparedFile[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER, { workerData: input });
    worker.once('message', (message: { prepared?: PreparedFile[]; error?: string }) => {
      void worker.terminate();
      if (message.prepared) resolve(message.prepared);
      else reject(new Error(`a worker preparing content failed: ${message.error ?? 'it sent nothing back'}`));
    });
    worker.once('error', reject);
  });
}

/** Every file prepared, in the order given: this thread takes the first share, workers the others. */
export async function prepareContentFiles(
  files: readonly ContentFile[],
  settings: Settings,
  options: PrepareOptions,
): Promise<PreparedFile[]> {
  const threads = Math.max(1, Math.min(availableParallelism(), Math.floor(files.length / MIN_FILES_PER_THREAD)));
  const shareOf = (index: number) => files.filter((_, at) => at % threads === index);
  const elsewhere = Array.from({ length: threads - 1 }, (_, worker) =>
    inWorker({ files: shareOf(worker + 1), settings, options }),
  );
  // Caught at once, so a failing worker cannot go unhandled while this thread still works on its share.
  elsewhere.forEach((share) => share.catch(() => undefined));
  const shares = [
    shareOf(0).map((file) => prepareContentFile(file, settings, options)),
    ...(await Promise.all(elsewhere)),
  ];
  const prepared: PreparedFile[] = new Array(files.length);
  shares.forEach((share, index) => share.forEach((result, at) => (prepared[at * threads + index] = result)));
  return prepared;
}
