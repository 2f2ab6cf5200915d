/**
 * npm run bench:history -- [--files 10000] [--commits 300] [--runs 3]
 *
 * Times history extraction on this repository and on a generated repository with many content files
 * (built in one `git fast-import`, with edits, date changes, renames and approvals notes), so the
 * one-pass design can be checked at archive scale.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { addDays } from '../src/lib/dates/calendar-date.ts';
import { git } from '../src/lib/git/run.ts';
import { readRepositoryHistory } from '../src/lib/history/history.ts';
import { contentFile } from '../src/lib/routes.ts';

const { values } = parseArgs({
  options: {
    files: { type: 'string', default: '10000' },
    commits: { type: 'string', default: '300' },
    runs: { type: 'string', default: '3' },
  },
});
const fileCount = Number(values.files);
const commitCount = Number(values.commits);
const runs = Number(values.runs);

function consultation(index: number, closesShift: number, edit: number): string {
  const opens = addDays('2020-01-06', index % 2500);
  return `---
title: Generated consultation number ${index} about local services
summary: A generated consultation used to measure how long reading the history of a large archive takes.
activity: ${index % 5 === 0 ? 'engagement' : 'consultation'}
significance: standard
statutory:
  required: false
service: Service ${index % 40}
decisionMaker: Cabinet Member for Service ${index % 40}
topics: [transport]
areas: [countywide]
audiences: [residents]
methods: [survey, drop-in]
opens: ${opens}
closes: ${addDays(opens, 84 + closesShift)}
respond:
  online: https://haveyoursay.harrowdale.example/surveys/generated-${index}
  post: Freepost HARROWDALE GENERATED, County Hall, Kelbrook HD1 2AB
  events:
    - title: Drop-in session number ${index}
      date: ${addDays(opens, 14)}
      start: "10:00"
      end: "12:00"
      location: Kelbrook Central Library, Abbey Road, Kelbrook HD1 4QT
      stepFree: true
contact:
  team: Generated Team
  email: generated@harrowdale.example
---

## What we are proposing

Generated proposal text, revision ${edit}. ${'More words about the proposal. '.repeat(20)}
`;
}

const blobPath = (index: number) => contentFile(index % 4 === 3 ? 'feedback' : 'consultations', `generated-${index}`);

/** A fast-import stream: files added over the first third of the commits, then edits, date changes and renames. */
function fastImportStream(): string {
  const parts: string[] = [];
  const data = (text: string) => `data ${Buffer.byteLength(text)}\n${text}\n`;
  const paths = Array.from({ length: fileCount }, (_, index) => blobPath(index));
  const shifts = new Array<number>(fileCount).fill(0);
  const addCommits = Math.max(1, Math.floor(commitCount / 3));
  const perAdd = Math.ceil(fileCount / addCommits);
  let time = Date.parse('2021-01-04T09:00:00Z') / 1000;
  let random = 42;
  const next = () => (random = (random * 1_103_515_245 + 12_345) % 2 ** 31);
  const notes: number[] = [];
  for (let c = 1; c <= commitCount; c += 1) {
    time += 86_400;
    const ops: string[] = [];
    if (c <= addCommits) {
      for (let index = (c - 1) * perAdd; index < Math.min(fileCount, c * perAdd); index += 1)
        ops.push(`M 100644 inline ${paths[index]}\n${data(consultation(index, 0, 0))}`);
    } else {
      for (let k = 0; k < 50; k += 1) {
        const index = next() % fileCount;
        if (k === 0 && c % 10 === 0) {
          const renamed = paths[index]!.replace('.mdx', `-r${c}.mdx`);
          ops.push(`R ${paths[index]} ${renamed}\n`);
          paths[index] = renamed;
          continue;
        }
        if (k % 5 === 0) shifts[index] = shifts[index]! + 7;
        ops.push(`M 100644 inline ${paths[index]}\n${data(consultation(index, shifts[index]!, c))}`);
      }
      if (c % 3 === 0) notes.push(c);
    }
    const message =
      c % 2 ? `Merge pull request #${c} from harrowdale/change-${c}\n\nChange ${c}` : `Change ${c} (#${c})`;
    parts.push(
      `commit refs/heads/main\nmark :${c}\nauthor Bench Author <bench@harrowdale.example> ${time} +0000\ncommitter Bench Author <bench@harrowdale.example> ${time} +0000\n${data(message)}${c > 1 ? `from :${c - 1}\n` : ''}${ops.join('')}\n`,
    );
  }
  notes.forEach((c, i) => {
    const note = JSON.stringify({
      pr: c,
      title: `Change ${c}`,
      author: 'bench-author',
      mergedBy: 'bench-merger',
      approvals: [{ login: 'bench-reviewer', role: 'consultation-group' }],
    });
    parts.push(
      `commit refs/notes/approvals\ncommitter Bench <bench@harrowdale.example> ${time} +0000\n${data(`Notes ${i}`)}N inline :${c}\n${data(note)}\n`,
    );
  });
  return parts.join('');
}

function time<T>(run: () => T): { result: T; ms: number } {
  const started = performance.now();
  const result = run();
  return { result, ms: performance.now() - started };
}

function measure(label: string, dir: string) {
  const timings: number[] = [];
  let summary = '';
  for (let run = 0; run < runs; run += 1) {
    const { result, ms } = time(() => readRepositoryHistory(dir));
    timings.push(ms);
    const revisions = [...result.files.values()].reduce((sum, file) => sum + file.revisions.length, 0);
    summary = `${result.files.size} files, ${revisions} revisions, ${result.commitCount} commits touching content/`;
  }
  timings.sort((a, b) => a - b);
  process.stdout.write(
    `${label}: ${summary}; history read in ${timings.map((ms) => `${(ms / 1000).toFixed(2)} s`).join(', ')} (median ${(timings[Math.floor(runs / 2)]! / 1000).toFixed(2)} s)\n`,
  );
}

measure('This repository', process.cwd());

const dir = mkdtempSync(path.join(os.tmpdir(), 'bench-history-'));
try {
  git(dir, ['init', '-q', '-b', 'main']);
  const generated = time(() => git(dir, ['fast-import', '--quiet'], { input: fastImportStream() }));
  git(dir, ['checkout', '-q', '-f', 'main']);
  process.stdout.write(
    `Generated ${fileCount} files over ${commitCount} commits in ${(generated.ms / 1000).toFixed(1)} s\n`,
  );
  measure(`Generated repository (${fileCount} files)`, dir);
} finally {
  if (process.env.KEEP_BENCH_REPO) process.stdout.write(`Kept ${dir}\n`);
  else rmSync(dir, { recursive: true, force: true });
}
