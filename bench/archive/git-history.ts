/**
 * Gives a generated archive the history a real one would have: each consultation is added a few weeks
 * before it opens (so the forward-plan rule sees the notice), some have their closing date extended
 * later, and each feedback report lands in the week it was published. Written with one `git fast-import`,
 * so thousands of commits take seconds.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { addDays, toEpochDay, type IsoDate } from '../../src/lib/dates/calendar-date.ts';
import { git, identityEnv } from '../../src/lib/git/run.ts';
import { collectionFolder } from '../../src/lib/routes.ts';
import type { GeneratedFile } from './generate.ts';

/** Days between a consultation's first commit and its opening day: more than the 28-day notice. */
const ANNOUNCED_DAYS_BEFORE = 42;
/** One consultation in this many is first published with a shorter period and extended later. */
const EXTENDED_EVERY = 20;
const EDITORS = ['Priya Shah', 'Tom Hughes', 'Aisha Khan', 'Gareth Lloyd', 'Mei Chen'];

interface Change {
  date: IsoDate;
  path: string;
  text: string;
  title: string;
}

const field = (text: string, name: string) => new RegExp(`^${name}: (\\d{4}-\\d{2}-\\d{2})$`, 'm').exec(text)?.[1];

/** The changes, oldest first, that end with the tree as generated. */
export function plannedChanges(files: readonly GeneratedFile[], today: IsoDate): Change[] {
  const changes: Change[] = [];
  let consultations = 0;
  for (const file of files) {
    const slug = path.basename(file.path, '.mdx');
    if (file.path.startsWith(collectionFolder('consultations'))) {
      const opens = field(file.text, 'opens')!;
      const closes = field(file.text, 'closes')!;
      const announced = [addDays(opens, -ANNOUNCED_DAYS_BEFORE), today].sort()[0]!;
      consultations += 1;
      if (consultations % EXTENDED_EVERY === 0 && announced < opens) {
        const draft = file.text.replace(`closes: ${closes}`, `closes: ${addDays(closes, -14)}`);
        changes.push({ date: announced, path: file.path, text: draft, title: `Announce ${slug}` });
        changes.push({
          date: [addDays(opens, -1), today].sort()[0]!,
          path: file.path,
          text: file.text,
          title: `Extend ${slug} by two weeks`,
        });
      } else {
        changes.push({ date: announced, path: file.path, text: file.text, title: `Announce ${slug}` });
      }
    } else if (file.path.startsWith(collectionFolder('feedback'))) {
      changes.push({
        date: field(file.text, 'published')!,
        path: file.path,
        text: file.text,
        title: `Publish feedback for ${slug}`,
      });
    }
  }
  // Stable: a file's versions keep their order when they land on the same day.
  return changes.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/**
 * `git init`s `root` (which must already hold the tree) and imports one commit for the copied files
 * and one per week that had changes. Returns the number of commits.
 */
export function importArchiveHistory(
  root: string,
  files: readonly GeneratedFile[],
  copied: readonly string[],
  today: IsoDate,
): number {
  const changes = plannedChanges(files, today);
  const first = changes[0]?.date ?? today;
  const chunks: Buffer[] = [];
  const write = (text: string) => chunks.push(Buffer.from(text));
  const data = (content: string | Buffer) => {
    const bytes = typeof content === 'string' ? Buffer.from(content) : content;
    write(`data ${bytes.length}\n`);
    chunks.push(bytes, Buffer.from('\n'));
  };
  let commits = 0;
  const commit = (date: IsoDate, title: string, modifications: { path: string; content: string | Buffer }[]) => {
    const editor = EDITORS[commits % EDITORS.length]!;
    commits += 1;
    write(
      `commit refs/heads/main\ncommitter ${editor} <${editor.toLowerCase().replace(' ', '.')}@harrowdale.example> ${toEpochDay(date) * 86_400 + 43_200} +0000\n`,
    );
    data(`${title} (#${commits})\n`);
    for (const modification of modifications) {
      write(`M 100644 inline ${modification.path}\n`);
      data(modification.content);
    }
  };
  commit(
    addDays(first, -7),
    'Set up the consultation hub',
    copied.map((file) => ({ path: file, content: readFileSync(path.join(root, file)) })),
  );
  // One merge a week, as a small team publishing through reviewed pull requests would: this keeps the
  // number of commits (each rewriting a folder of thousands of files) proportionate.
  const week = (date: IsoDate) => Math.floor((toEpochDay(date) + 3) / 7);
  for (let start = 0; start < changes.length;) {
    let end = start;
    while (end < changes.length && week(changes[end]!.date) === week(changes[start]!.date)) end += 1;
    const batch = changes.slice(start, end);
    commit(
      batch.at(-1)!.date,
      batch.length === 1 ? batch[0]!.title : `Publish ${batch.length} content changes`,
      batch.map((change) => ({ path: change.path, content: change.text })),
    );
    start = end;
  }

  const env = identityEnv({ name: 'bench', email: 'bench@harrowdale.example' });
  const run = (args: string[], input?: Buffer) => git(root, args, { env, ...(input ? { input } : {}) });
  run(['init', '--quiet', '--initial-branch=main']);
  run(['fast-import', '--quiet'], Buffer.concat(chunks));
  // The work tree already holds the final versions: point the index at them without rewriting files.
  run(['read-tree', 'HEAD']);
  return commits;
}
