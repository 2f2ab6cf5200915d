/**
 * Per-file results for many files at once, on worker threads: parsing YAML and MDX is nearly all of a
 * cold check, and each file is independent. The caller stays synchronous (checkContent is called from
 * code that cannot await), so the main thread blocks on Atomics.wait and takes each worker's results
 * with receiveMessageOnPort; results come back in the order the files were given.
 */
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import type { Settings } from '../content/settings.ts';
import type { ContentFile } from '../content/load.ts';
import type { FileResult } from './file-result.ts';

export interface WorkerInput {
  files: ContentFile[];
  settings: Settings;
  done: SharedArrayBuffer;
  port: MessagePort;
}

const WORKER = new URL('./parse-worker.ts', import.meta.url);

/**
 * Splits the files round-robin over `threads` threads, so long and short files spread evenly: this
 * thread checks the first share with `checkHere` while `threads - 1` workers check the others (a worker
 * costs a second or two of start-up, so this thread does not sit idle).
 */
export function checkFilesInParallel(
  files: readonly ContentFile[],
  settings: Settings,
  threads: number,
  checkHere: (file: ContentFile) => FileResult,
): FileResult[] {
  const count = Math.max(1, Math.min(threads, files.length));
  const shareOf = (index: number) => files.filter((_, at) => at % count === index);
  const done = new SharedArrayBuffer(4 * count);
  const flags = new Int32Array(done);
  const started = Array.from({ length: count - 1 }, (_, worker) => {
    const index = worker + 1;
    const { port1, port2 } = new MessageChannel();
    const input: WorkerInput = { files: shareOf(index), settings, done, port: port2 };
    return {
      worker: new Worker(WORKER, { workerData: { ...input, index }, transferList: [port2] }),
      port: port1,
      index,
    };
  });
  const results: FileResult[] = new Array(files.length);
  const place = (shareResults: readonly FileResult[], index: number) =>
    shareResults.forEach((result, at) => (results[at * count + index] = result));
  try {
    place(shareOf(0).map(checkHere), 0);
    for (const { port, index } of started) {
      Atomics.wait(flags, index, 0);
      const message = receiveMessageOnPort(port)?.message as { results?: FileResult[]; error?: string } | undefined;
      if (!message?.results)
        throw new Error(`a worker checking files failed: ${message?.error ?? 'it sent nothing back'}`);
      place(message.results, index);
    }
  } finally {
    for (const { worker, port } of started) {
      port.close();
      void worker.terminate();
    }
  }
  return results;
}
