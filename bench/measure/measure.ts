/**
 * Runs a command and measures its wall time and peak memory. With GNU time (/usr/bin/time) the peak is
 * the largest single process of the tree (its maximum resident set size); without it, the sum of the
 * tree's resident memory, sampled every 100 ms.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const GNU_TIME = '/usr/bin/time';

export interface Measurement {
  seconds: number;
  peakMb: number;
  /** How the peak was taken. */
  peakOf: 'largest process' | 'process tree';
  exitCode: number;
  stdout: string;
  stderr: string;
  /** Lines written to stdout and stderr together: log spam costs time at archive scale. */
  logLines: number;
  /** One-minute load average before and after: other work on the machine skews timings. */
  load: [number, number];
}

export interface RunOptions {
  cwd: string;
  env?: NodeJS.ProcessEnv;
  /** Where to keep the full output; it is also returned. */
  logFile?: string;
}

export async function measureCommand(
  command: string,
  args: readonly string[],
  options: RunOptions,
): Promise<Measurement> {
  const useGnuTime = existsSync(GNU_TIME);
  const timeFile = path.join(os.tmpdir(), `measure-${process.pid}-${Date.now()}.txt`);
  const [file, argv] = useGnuTime ? [GNU_TIME, ['-f', '%M', '-o', timeFile, command, ...args]] : [command, [...args]];
  const loadBefore = os.loadavg()[0]!;
  const started = performance.now();
  const child = spawn(file, argv, {
    cwd: options.cwd,
    env: options.env ?? process.env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const stdout: Buffer[] = [];
  const stderr: Buffer[] = [];
  child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
  child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
  let treePeakKb = 0;
  const sampler = useGnuTime
    ? undefined
    : setInterval(() => (treePeakKb = Math.max(treePeakKb, treeRssKb(child.pid!))), 100);
  const exitCode = await new Promise<number>((resolve) => child.on('close', (code) => resolve(code ?? 1)));
  const seconds = (performance.now() - started) / 1000;
  if (sampler) clearInterval(sampler);
  let peakKb = treePeakKb;
  if (useGnuTime && existsSync(timeFile)) {
    // GNU time writes "Command exited with non-zero status N" before the figure when the command fails.
    peakKb = Number(readFileSync(timeFile, 'utf8').trim().split('\n').at(-1));
    rmSync(timeFile, { force: true });
  }
  const out = Buffer.concat(stdout).toString('utf8');
  const err = Buffer.concat(stderr).toString('utf8');
  if (options.logFile) writeFileSync(options.logFile, `${out}${err ? `\n--- stderr ---\n${err}` : ''}`);
  const lines = (text: string) => (text ? text.split('\n').filter((line) => line.trim()).length : 0);
  return {
    seconds,
    peakMb: Math.round(peakKb / 1024),
    peakOf: useGnuTime ? 'largest process' : 'process tree',
    exitCode,
    stdout: out,
    stderr: err,
    logLines: lines(out) + lines(err),
    load: [loadBefore, os.loadavg()[0]!],
  };
}

/** Resident memory of a process and all its descendants, from /proc (Linux). */
function treeRssKb(rootPid: number): number {
  const parents = new Map<number, number>();
  const rss = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const status = readFileSync(`/proc/${name}/status`, 'utf8');
      parents.set(Number(name), Number(/^PPid:\s+(\d+)/m.exec(status)?.[1]));
      rss.set(Number(name), Number(/^VmRSS:\s+(\d+)/m.exec(status)?.[1] ?? 0));
    } catch {
      // The process ended while we looked.
    }
  }
  let total = 0;
  for (const [pid, kb] of rss) {
    for (let at: number | undefined = pid; at; at = parents.get(at)) {
      if (at === rootPid) {
        total += kb;
        break;
      }
    }
  }
  return total;
}
