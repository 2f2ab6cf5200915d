/** The worker side of parallel.ts: reads, parses and checks its share of the files with the per-file rules. */
import { workerData } from 'node:worker_threads';
import type { FileResult } from './file-result.ts';
import type { WorkerInput } from './parallel.ts';

const { files, settings, done, port, index } = workerData as WorkerInput & { index: number };
const flags = new Int32Array(done);
try {
  // Loaded here rather than imported at the top: a module that fails to load must still report back,
  // or the main thread, blocked until this worker answers, would wait for ever.
  const [{ contentBytes, contentSource }, { parseEntry }, { checkFile }] = await Promise.all([
    import('../content/load.ts'),
    import('../content/entry.ts'),
    import('./file-result.ts'),
  ]);
  const results: FileResult[] = files.map((file) =>
    checkFile(parseEntry(contentSource(file, contentBytes(file))), settings),
  );
  port.postMessage({ results });
} catch (error) {
  port.postMessage({ error: error instanceof Error ? error.message : String(error) });
} finally {
  Atomics.store(flags, index, 1);
  Atomics.notify(flags, index);
}
