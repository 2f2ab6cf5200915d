/**
 * What a branch changes since it left a ref, for checking only what a pull request touches: every file
 * that differs between the merge base and the working tree (committed on the branch, staged or not yet
 * staged), every untracked file, and which of them existed at the merge base. The ref comes from the
 * command line, so it is validated before git sees it and can never become one of git's options.
 */
import { londonDate, type IsoDate } from '../dates/calendar-date.ts';
import { GitError, gitText, readObjects } from './run.ts';

export interface Changes {
  /** The ref as given, and the merge base of it and HEAD. */
  ref: string;
  base: string;
  /** Paths relative to the root: added, modified, deleted, both names of a renamed file, untracked. */
  paths: ReadonlySet<string>;
  /** The merge base's blob id of each changed path that existed there. */
  baseBlobs: ReadonlyMap<string, string>;
}

/** The ref cannot be used: the CLI reports the message and exits 2. */
export class ChangedSinceError extends Error {
  override name = 'ChangedSinceError';
}

/**
 * The commit `ref` names, or a clear error: a ref starting with "-" is refused, never passed on. `option` is
 * the command-line option the ref came from, for the message.
 */
export function resolveRef(root: string, ref: string, option = '--changed-since'): string {
  const needs = `${option} needs a branch, tag or commit such as origin/main`;
  if (ref === '') throw new ChangedSinceError(`${needs}, and was given an empty one`);
  if (ref.startsWith('-'))
    throw new ChangedSinceError(`${needs}; "${ref}" cannot be one (a ref never starts with "-")`);
  try {
    return gitText(root, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`]).trim();
  } catch (error) {
    if (!(error instanceof GitError)) throw error;
    throw new ChangedSinceError(
      `${option}: git cannot find "${ref}" in ${root}; check the name, or fetch it (git fetch origin main)`,
    );
  }
}

/**
 * The London calendar day the commit `ref` names was committed. The deploy gate checks the content as on
 * the day it last changed: what the calendar alone brings later (a report falling due, an opening day with
 * a step missing) is for the daily issues, and the pages already say it, so it never stops a deploy.
 */
export function commitDay(root: string, ref: string): IsoDate {
  const commit = resolveRef(root, ref, '--as-of');
  return londonDate(new Date(gitText(root, ['show', '-s', '--format=%cI', commit]).trim()));
}

/** `within`: the folders (relative to the root) whose changes count; everywhere when absent. */
export function changesSince(root: string, ref: string, within: readonly string[] = []): Changes {
  const commit = resolveRef(root, ref);
  let base: string;
  try {
    base = gitText(root, ['merge-base', commit, 'HEAD']).trim();
  } catch (error) {
    if (!(error instanceof GitError)) throw error;
    const reason = 'a shallow clone needs the full history (fetch-depth: 0)';
    throw new ChangedSinceError(`--changed-since: "${ref}" and HEAD have no commit in common; ${reason}`);
  }
  const paths = new Set<string>();
  const baseBlobs = new Map<string, string>();
  // Without rename detection a rename is a deletion and an addition, so both names are in the list.
  const diffArgs = ['diff', '--raw', '-z', '--no-renames', '--no-abbrev', '--relative', base, '--', ...within];
  const diff = gitText(root, diffArgs).split('\0');
  for (let at = 0; at + 1 < diff.length; at += 2) {
    const [, , oldBlob, , status] = diff[at]!.slice(1).split(' ');
    const file = diff[at + 1]!;
    paths.add(file);
    if (status !== 'A' && oldBlob && !/^0+$/.test(oldBlob)) baseBlobs.set(file, oldBlob);
  }
  const untracked = gitText(root, ['ls-files', '--others', '--exclude-standard', '-z', '--', ...within]).split('\0');
  for (const file of untracked) if (file) paths.add(file);
  return { ref, base, paths, baseBlobs };
}

/** The text at the merge base of each of `files` that existed there, by path. */
export function readBaseVersions(root: string, changes: Changes, files: Iterable<string>): Map<string, string> {
  const wanted = [...files].filter((file) => changes.baseBlobs.has(file));
  const objects = readObjects(
    root,
    wanted.map((file) => changes.baseBlobs.get(file)!),
  );
  const texts = new Map<string, string>();
  for (const file of wanted) {
    const text = objects.get(changes.baseBlobs.get(file)!);
    if (text !== undefined) texts.set(file, text);
  }
  return texts;
}
