/** The worker side of parallel.ts: reads, parses and checks its share of the files with the per-file rules. */
import { readFileSync } from 'node:fs';
import { workerData } from 'node:worker_threads';
import { sourceFileFromBytes } from '../content/source.ts';
import { parseEntry } from './entry.ts';
import { checkFile, type FileResult } from './file-result.ts';
import type { WorkerInput } from './parallel.ts';

const { files, settings, done, port, index } = workerData as WorkerInput & { index: number };
const flags = new Int32Array(done);
try {
  const results: FileResult[] = files.map(({ collection, name, path }) => checkFile(parseEntry(sourceFileFromBytes(collection, name, readFileSync(path))), settings));
  port.postMessage({ results });
} catch (error) {
  port.postMessage({ error: error instanceof Error ? error.message : String(error) });
} finally {
  Atomics.store(flags, index, 1);
  Atomics.notify(flags, index);
}
