/**
 * `npm run bench:check`: times `npm run check` on a generated archive of 10,000 consultations (and
 * their feedback reports; bench/archive) in a temp folder, without git history: cold without the
 * cache, cold filling it, warm, and warm after one file changed. Each run is a new process, so the
 * figures include start-up. Target: under 3 s on a 2-core machine. Not a test: the figures depend on
 * the machine and its load, which is printed with them. BENCH_COUNT=N changes the size.
 */
import { appendFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { collectionFolder } from '../src/lib/routes.ts';
import { measureCommand } from './measure/measure.ts';
import { writeArchiveTree } from './archive/tree.ts';

const COUNT = Number(process.env.BENCH_COUNT ?? 10_000);
const TODAY = '2026-11-23';
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const TSX = path.join(ROOT, 'node_modules/tsx/dist/cli.mjs');
const TARGET_SECONDS = 3;

interface Run {
  label: string;
  seconds: number;
  cpuSeconds: number;
  peakMb: number;
  load: number;
  output: string;
}

async function timeCheck(label: string, root: string, extra: string[] = []): Promise<Run> {
  const cpuFile = path.join(root, '..', `cpu-${process.pid}.txt`);
  const measured = await measureCommand(
    '/usr/bin/time',
    [
      '-f',
      '%U %S',
      '-o',
      cpuFile,
      process.execPath,
      TSX,
      path.join(ROOT, 'scripts/check.ts'),
      '--root',
      root,
      '--json',
      '--today',
      TODAY,
      ...extra,
    ],
    { cwd: root },
  );
  if (measured.exitCode > 1) throw new Error(`${label}: the check could not run\n${measured.stderr}`);
  const [user = 0, system = 0] = readFileSync(cpuFile, 'utf8').trim().split('\n').at(-1)!.split(' ').map(Number);
  rmSync(cpuFile, { force: true });
  return {
    label,
    seconds: measured.seconds,
    cpuSeconds: user + system,
    peakMb: measured.peakMb,
    load: measured.load[0],
    output: measured.stdout,
  };
}

const work = mkdtempSync(path.join(os.tmpdir(), 'bench-check-'));
const root = path.join(work, 'archive');
try {
  const generated = performance.now();
  const tree = writeArchiveTree({ projectRoot: ROOT, outDir: root, count: COUNT, seed: 1, today: TODAY });
  console.log(
    `Generated ${tree.consultations} consultations and ${tree.feedback} feedback reports in ${((performance.now() - generated) / 1000).toFixed(1)} s.`,
  );

  const runs: Run[] = [];
  runs.push(await timeCheck('cold, --no-cache', root, ['--no-cache']));
  runs.push(await timeCheck('cold, filling the cache', root));
  runs.push(await timeCheck('warm', root));
  const edited = tree.files.find((file) => file.path.startsWith(collectionFolder('consultations')))!;
  appendFileSync(path.join(root, edited.path), '\nWe added this sentence after the page was published.\n');
  runs.push(await timeCheck('warm, one file changed', root));
  writeFileSync(path.join(root, edited.path), edited.text);

  const summary = JSON.parse(runs[0]!.output) as {
    files: number;
    errors: number;
    warnings: number;
    findings: { rule: string }[];
  };
  const byRule = new Map<string, number>();
  for (const finding of summary.findings) byRule.set(finding.rule, (byRule.get(finding.rule) ?? 0) + 1);
  console.log(
    `${summary.files} files: ${summary.errors} errors, ${summary.warnings} warnings (${[...byRule].map(([rule, count]) => `${rule} ${count}`).join(', ')}).`,
  );
  const findingsOf = (run: Run) => JSON.stringify((JSON.parse(run.output) as { findings: unknown }).findings);
  const same = runs.slice(1, 3).every((run) => findingsOf(run) === findingsOf(runs[0]!));
  console.log(
    same
      ? 'The cached runs report exactly what the cold run reports.'
      : 'MISMATCH: a cached run reports something the cold run does not.',
  );
  console.log(
    `\n${'run'.padEnd(26)}${'wall'.padStart(8)}${'cpu'.padStart(8)}${'peak'.padStart(9)}${'load'.padStart(7)}`,
  );
  for (const run of runs) {
    console.log(
      `${run.label.padEnd(26)}${`${run.seconds.toFixed(2)} s`.padStart(8)}${`${run.cpuSeconds.toFixed(2)} s`.padStart(8)}${`${run.peakMb} MB`.padStart(9)}${run.load.toFixed(1).padStart(7)}`,
    );
  }
  const warm = runs[2]!.seconds;
  console.log(
    `\n${os.cpus().length} cores. Warm ${warm < TARGET_SECONDS ? 'is within' : 'is over'} the ${TARGET_SECONDS} s target; cold is ${runs[0]!.seconds.toFixed(1)} s. A load above the core count slows every figure.`,
  );
  if (!same) process.exitCode = 1;
} finally {
  rmSync(work, { recursive: true, force: true });
}
