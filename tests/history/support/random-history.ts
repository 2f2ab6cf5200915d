/**
 * A seeded random history for a generated archive's consultations, around the edges of the forward plan: the
 * hub begins with an import of everything opening up to three weeks later, then each other consultation lands
 * anywhere from two months before it opens to a few days after (some exactly the notice before, some on the day it
 * opens), some first with an opening date three weeks earlier that is put right later, some under a draft name
 * they are renamed from. One `git fast-import`.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { seededRandom } from '../../../bench/archive/random.ts';
import type { GeneratedFile } from '../../../bench/archive/generate.ts';
import { addDays, toEpochDay, type IsoDate } from '../../../src/lib/dates/calendar-date.ts';
import { git, identityEnv } from '../../../src/lib/git/run.ts';
import { collectionFolder } from '../../../src/lib/routes.ts';

interface Change {
  date: IsoDate;
  /** Written, or removed when `text` is absent. */
  path: string;
  text?: string;
}

const opensOf = (text: string) => /^opens: (\d{4}-\d{2}-\d{2})$/m.exec(text)![1]!;

/**
 * `git init`s `root`, which holds the generated tree, and writes the history of its consultations (the rest of
 * the tree is committed with the import). Returns the day the hub began.
 */
export function writeRandomHistory(
  root: string,
  files: readonly GeneratedFile[],
  copied: readonly string[],
  today: IsoDate,
  seed: number,
  noticeDays: number,
): IsoDate {
  const random = seededRandom(seed);
  const consultations = files
    .filter((file) => file.path.startsWith(collectionFolder('consultations')))
    .sort((a, b) => opensOf(a.text).localeCompare(opensOf(b.text)));
  const began = opensOf(consultations[Math.floor(consultations.length / 3)]!.text);
  const changes: Change[] = copied.map((file) => ({
    date: began,
    path: file,
    text: readFileSync(path.join(root, file), 'utf8'),
  }));
  for (const file of consultations) {
    const opens = opensOf(file.text);
    if (opens <= addDays(began, 21)) {
      changes.push({ date: began, path: file.path, text: file.text });
      continue;
    }
    const shape = random.int(1, 12);
    // Some land on the edges: exactly the notice before it opens, or on the day it opens (not forthcoming then).
    const offset = shape === 11 ? -noticeDays : shape === 12 ? 0 : random.int(-60, 4);
    const landed = [addDays(opens, offset), today].sort()[0]!;
    const later = [addDays(landed, random.int(1, 20)), today].sort()[0]!;
    if (shape <= 2) {
      const early = file.text.replace(`opens: ${opens}`, `opens: ${addDays(opens, -21)}`);
      changes.push({ date: landed, path: file.path, text: early }, { date: later, path: file.path, text: file.text });
    } else if (shape <= 4) {
      const draft = file.path.replace(/\.mdx$/, '-draft.mdx');
      changes.push({ date: landed, path: draft, text: file.text }, { date: later, path: draft });
      changes.push({ date: later, path: file.path, text: file.text });
    } else {
      changes.push({ date: landed, path: file.path, text: file.text });
    }
  }
  changes.sort((a, b) => a.date.localeCompare(b.date));

  // One commit a day, at noon in London in winter (UTC), oldest first.
  const stream: Buffer[] = [];
  const write = (text: string | Buffer) => stream.push(Buffer.from(text));
  const data = (text: string) => write(`data ${Buffer.byteLength(text)}\n${text}\n`);
  const days = [...new Set(changes.map((change) => change.date))];
  for (const day of days) {
    write(
      `commit refs/heads/main\ncommitter Priya Shah <priya@harrowdale.example> ${toEpochDay(day) * 86_400 + 43_200} +0000\n`,
    );
    data(`Publish the changes of ${day}\n`);
    for (const change of changes.filter((candidate) => candidate.date === day)) {
      if (change.text === undefined) write(`D ${change.path}\n`);
      else {
        write(`M 100644 inline ${change.path}\n`);
        data(change.text);
      }
    }
  }
  const env = identityEnv({ name: 'Priya Shah', email: 'priya@harrowdale.example' });
  git(root, ['init', '--quiet', '--initial-branch=main'], { env });
  git(root, ['fast-import', '--quiet'], { env, input: Buffer.concat(stream) });
  // The work tree already holds every final version: point the index at them without rewriting files.
  git(root, ['read-tree', 'HEAD'], { env });
  return began;
}
