/** The worker side of content-files.ts: prepares its share of the files and sends them back. */
import { parentPort, workerData } from 'node:worker_threads';
import type { WorkerInput } from './content-files.ts';

const { files, settings, options } = workerData as WorkerInput;
try {
  // Loaded here rather than imported at the top, so a module that fails to load is reported, not lost.
  const { prepareContentFile } = await import('./content-files.ts');
  parentPort!.postMessage({ prepared: files.map((file) => prepareContentFile(file, settings, options)) });
} catch (error) {
  parentPort!.postMessage({ error: error instanceof Error ? error.message : String(error) });
}
