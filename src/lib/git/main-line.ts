/**
 * The one read of the repository's history. The rules' git facts (read-facts.ts) and the site's and the audit's
 * history (src/lib/history) are both built on it, so they cannot disagree about what landed when, how a file
 * moved, or the day the hub began: the commits that landed on a main line and changed a file in the folders
 * asked for (one `git log`), each file's life through them with renames followed, and the versions' texts
 * (one `git cat-file --batch` for each batch asked for).
 */
import { londonDate, type IsoDate } from '../dates/calendar-date.ts';
import { COLLECTION_NAMES, type CollectionName } from '../schema/index.ts';
import { readLog, type RawChange, type RawCommit } from './log.ts';
import { git, readObjects, repositoryState } from './run.ts';

export interface LandedCommit extends RawCommit {
  /** The London calendar day it landed on the main line. */
  date: IsoDate;
}

export type VersionKind = 'added' | 'modified' | 'renamed' | 'deleted';

/** One change to a file on the main line. */
export interface FileVersion {
  commit: LandedCommit;
  kind: VersionKind;
  path: string;
  /** Where a renamed file was before. */
  previousPath?: string;
  /** The file's blob before and after the change; absent where there is none (before an addition, after a deletion). */
  before?: string;
  after?: string;
}

/** One file's life on the main line, oldest first, under its current (or, once deleted, last) path. */
export interface FileLine {
  path: string;
  versions: FileVersion[];
}

export interface MainLine {
  /** The ref read as the main line: `HEAD`, or e.g. `refs/remotes/origin/main`. */
  ref: string;
  /** A shallow clone: commits before the boundaries (commits whose parents were not fetched) are missing. */
  shallow: boolean;
  shallowBoundaries: ReadonlySet<string>;
  /** Oldest first: each main-line commit that changed a file in the folders read. */
  commits: LandedCommit[];
  /**
   * The London day the first consultation landed: the day the hub began. Consultations added that day were
   * usually imported from elsewhere, so that commit says when the archive began, not when they were published.
   * Absent when none has landed, and in a shallow clone, whose first commit may not be the first.
   */
  firstConsultationDate?: IsoDate;
  /** The texts of these blobs (those git has), by blob id: one `git cat-file --batch`. */
  texts(ids: Iterable<string | undefined>): Map<string, string>;
}

export type MainLineRead = { available: true; line: MainLine } | { available: false; reason: string };

export interface MainLineOptions {
  /**
   * The branch whose main line is read: the local branch, else the remote-tracking one CI checkouts have, else
   * HEAD. HEAD when absent.
   */
  branch?: string;
  /** Refuse a shallow clone rather than read part of the history. */
  whole?: boolean;
}

/** The collection and slug of a content file's path, `content/<collection>/<slug>.mdx`; undefined for any other path. */
export function contentFileAt(path: string): { collection: CollectionName; slug: string } | undefined {
  const match = CONTENT_FILE.exec(path);
  return match ? { collection: match[1] as CollectionName, slug: match[2]! } : undefined;
}

const CONTENT_FILE = new RegExp(`^content/(${COLLECTION_NAMES.join('|')})/([^/]+)\\.mdx$`);
const NO_BLOB = /^0+$/;
const blob = (id: string) => (NO_BLOB.test(id) ? undefined : id);
const isDefined = (id: string | undefined): id is string => id !== undefined;

/** The main line of `branch`: the local branch, else the remote-tracking one CI checkouts have, else HEAD. */
export function resolveMainRef(root: string, branch: string): string {
  for (const candidate of [`refs/heads/${branch}`, `refs/remotes/origin/${branch}`]) {
    try {
      git(root, ['rev-parse', '--verify', '--quiet', `${candidate}^{commit}`]);
      return candidate;
    } catch {
      // try the next candidate
    }
  }
  return 'HEAD';
}

/** Reads the main line's commits that changed files under `folders` (relative to `root`, e.g. `content/`). */
export function readMainLine(root: string, folders: readonly string[], options: MainLineOptions = {}): MainLineRead {
  const state = repositoryState(root);
  if (state.kind !== 'repository') return { available: false, reason: state.reason };
  if (state.shallow && options.whole)
    return { available: false, reason: 'this is a shallow clone, so the history is incomplete' };
  const ref = options.branch === undefined ? 'HEAD' : resolveMainRef(root, options.branch);
  let commits: LandedCommit[];
  try {
    commits = readLog(root, ref, folders).map((commit) => ({
      ...commit,
      date: londonDate(new Date(commit.committedAt)),
    }));
  } catch (error) {
    return { available: false, reason: error instanceof Error ? error.message.split('\n')[0]! : String(error) };
  }
  const line: MainLine = {
    ref,
    shallow: state.shallow,
    shallowBoundaries: state.shallowBoundaries,
    commits,
    texts: (ids) => readObjects(root, [...ids].filter(isDefined)),
  };
  const first = state.shallow ? undefined : commits.find((commit) => commit.changes.some(addsConsultation));
  if (first) line.firstConsultationDate = first.date;
  return { available: true, line };
}

const addsConsultation = (change: RawChange) =>
  contentFileAt(change.path)?.collection === 'consultations' && blob(change.newBlob) !== undefined;

/**
 * Each tracked file's life through `commits`, keyed by its current (or last) path. `groupOf` says what kind of
 * file a path is (a content file, a document), or undefined for a path not followed: a rename keeps a file's past
 * within its kind; moved out of it, the file is deleted as far as the site is concerned, and moved in, it is added.
 */
export function followFiles(
  commits: readonly LandedCommit[],
  groupOf: (path: string) => string | undefined,
): Map<string, FileLine> {
  const files = new Map<string, FileLine>();
  const record = (commit: LandedCommit, change: RawChange, kept?: FileLine) => {
    const renamed = change.status === 'R' && kept !== undefined;
    if (renamed) files.delete(kept.path);
    const file = renamed ? kept : (files.get(change.path) ?? { path: change.path, versions: [] });
    const last = file.versions.at(-1);
    const kind: VersionKind =
      change.status === 'D'
        ? 'deleted'
        : !last || last.kind === 'deleted' || change.status === 'A' || change.status === 'C' || !blob(change.oldBlob)
          ? 'added'
          : renamed
            ? 'renamed'
            : 'modified';
    const version: FileVersion = { commit, kind, path: change.path };
    if (kind === 'renamed') version.previousPath = kept!.path;
    const before = blob(change.oldBlob);
    const after = blob(change.newBlob);
    if (before) version.before = before;
    if (after) version.after = after;
    file.path = change.path;
    file.versions.push(version);
    files.set(change.path, file);
  };
  for (const commit of commits) {
    for (const change of commit.changes) {
      const group = groupOf(change.path);
      if (change.status === 'R' && change.previousPath !== undefined) {
        const from = groupOf(change.previousPath);
        if (from !== undefined && from === group) {
          // A rename of a file never seen (its past is before a shallow clone's boundary) starts its life here.
          const kept = files.get(change.previousPath);
          record(commit, kept ? change : { ...change, status: 'A', oldBlob: '0' }, kept);
          continue;
        }
        if (from !== undefined) record(commit, { ...change, status: 'D', path: change.previousPath, newBlob: '0' });
        if (group !== undefined) record(commit, { ...change, status: 'A', oldBlob: '0' });
        continue;
      }
      if (group !== undefined) record(commit, change);
    }
  }
  return files;
}
