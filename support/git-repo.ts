/** Real git repositories in temp folders, with commits dated as the test says. */
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { writeFiles } from './content-tree.ts';

export function git(root: string, args: string[], date = '2026-01-05T12:00:00+00:00'): string {
  return execFileSync('git', args, {
    cwd: root,
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 'Test Editor',
      GIT_AUTHOR_EMAIL: 'editor@harrowdale.example',
      GIT_COMMITTER_NAME: 'Test Editor',
      GIT_COMMITTER_EMAIL: 'editor@harrowdale.example',
      GIT_AUTHOR_DATE: date,
      GIT_COMMITTER_DATE: date,
    },
  });
}

export function initRepo(root: string): void {
  git(root, ['init', '-q', '-b', 'main']);
}

/** Writes (or, with null, deletes) files and commits them on the current branch at `date`. */
export function commit(
  root: string,
  date: string,
  files: Record<string, string | null>,
  message = 'Update content',
): string {
  const writes: Record<string, string> = {};
  for (const [file, text] of Object.entries(files)) {
    if (text === null) rmSync(`${root}/${file}`);
    else writes[file] = text;
  }
  writeFiles(root, writes);
  git(root, ['add', '-A']);
  git(root, ['commit', '-q', '-m', message], date);
  return git(root, ['rev-parse', 'HEAD']).trim();
}
