/**
 * The history of every content file and consultation document from one pass over the repository: one
 * `git log` for content/ and public/documents/, one `git cat-file --batch` for the versions whose
 * frontmatter is compared, one read of the approvals notes. Renames are followed, so a moved file keeps
 * its past.
 */
import { londonDate, type IsoDate } from '../dates/calendar-date.ts';
import { readLog, type RawChange, type RawCommit } from '../git/log.ts';
import { gitText, readObjects, repositoryState } from '../git/run.ts';
import { DOCUMENTS_FOLDER, CONTENT_FOLDER } from '../routes.ts';
import { COLLECTION_NAMES, type CollectionName } from '../schema/index.ts';
import {
  commitApproval,
  readApprovalRecords,
  type ApprovalRecord,
  type CommitApproval,
  type NoteApproval,
} from './approval-notes.ts';
import {
  fieldChanges,
  otherChanges,
  parseVersion,
  snapshot,
  type FieldChange,
  type Frontmatter,
  type ParsedVersion,
} from './changes.ts';
import { commitTitle, pullRequestNumber } from './pull-request.ts';

export interface HistoryCommit {
  sha: string;
  /** The calendar day in London the change landed on the branch. */
  date: IsoDate;
  committedAt: string;
  /** Who made the change: the pull request's author where known, else the commit author. */
  author: string;
  mergedBy?: string;
  /** The pull request title, or the commit's first line. */
  title: string;
  pullRequest?: number;
  approvals: NoteApproval[];
  /** Whether it came through an approved pull request, from its approvals note. */
  approval: CommitApproval;
}

export type RevisionKind = 'added' | 'modified' | 'renamed' | 'deleted';

export interface Revision {
  commit: HistoryCommit;
  kind: RevisionKind;
  path: string;
  previousPath?: string;
  /** Changes to the tracked fields (dates, status, decision...). */
  changes: FieldChange[];
  /** Every change in words, tracked fields first; never empty. */
  descriptions: string[];
  /** The tracked fields after this revision (before it, for a deletion). */
  fields: Frontmatter;
}

export interface FileHistory {
  /** Current (or last) path, e.g. `content/consultations/library-opening-hours.mdx`. */
  path: string;
  collection: CollectionName;
  slug: string;
  /** Oldest first. */
  revisions: Revision[];
  /** Undefined when the clone is shallow and the file's first commit is not in it. */
  firstPublished?: IsoDate;
  lastUpdated: IsoDate;
  /** The earliest revisions are missing (shallow clone). */
  truncated: boolean;
  deleted: boolean;
}

/** One change to a file under public/documents/: a document added, replaced, moved or removed. */
export interface DocumentRevision {
  commit: HistoryCommit;
  kind: RevisionKind;
  path: string;
  previousPath?: string;
}

export interface RepositoryHistory {
  /** False in a shallow clone or outside a repository: say so rather than show a partial story as whole. */
  complete: boolean;
  reason?: string;
  /** Keyed by path relative to the site root. */
  files: Map<string, FileHistory>;
  /** Changes to each consultation document, oldest first, keyed by its current path (`public/documents/x.pdf`). */
  documents: Map<string, DocumentRevision[]>;
  /** Main-line commits that touched content/. */
  commitCount: number;
  /**
   * The day the first content landed. Files added that day were usually imported from elsewhere, so
   * their first commit says when the archive began, not when they were published.
   */
  firstContentDate?: IsoDate;
}

const CONTENT_FILE = new RegExp(`^content/(${COLLECTION_NAMES.join('|')})/([^/]+)\\.mdx$`);
const isDocument = (path: string | undefined) => path?.startsWith(DOCUMENTS_FOLDER) ?? false;
const NO_BLOB = /^0+$/;

const contentFile = (path: string | undefined) => {
  const match = path ? CONTENT_FILE.exec(path) : null;
  return match ? { collection: match[1] as CollectionName, slug: match[2]! } : undefined;
};

export function emptyHistory(reason: string): RepositoryHistory {
  return { complete: false, reason, files: new Map(), documents: new Map(), commitCount: 0 };
}

/** Reads the history of every file under content/ in `repoDir`. Never throws for a missing repository. */
export function readRepositoryHistory(repoDir: string): RepositoryHistory {
  const state = repositoryState(repoDir);
  if (state.kind !== 'repository') return emptyHistory(state.reason);
  const commits = readLog(repoDir, 'HEAD', [CONTENT_FOLDER, DOCUMENTS_FOLDER]);
  const touched = commits.map((commit) => ({
    commit,
    changes: commit.changes.filter((change) => contentFile(change.path) ?? contentFile(change.previousPath)),
    documentChanges: commit.changes.filter((change) => isDocument(change.path) || isDocument(change.previousPath)),
  }));
  const relevant = touched.filter(({ changes }) => changes.length > 0);

  const blobs = readObjects(
    repoDir,
    relevant
      .flatMap(({ changes }) => changes.flatMap((change) => [change.oldBlob, change.newBlob]))
      .filter((id) => !NO_BLOB.test(id)),
  );
  const notes = readApprovalRecords(repoDir);
  const landed = touched.filter(({ changes, documentChanges }) => changes.length + documentChanges.length > 0);
  const branchAuthors = readBranchAuthors(
    repoDir,
    landed.map(({ commit }) => commit),
  );

  const versions = new Map<string, ParsedVersion>();
  const version = (blob: string): ParsedVersion => {
    let parsed = versions.get(blob);
    if (!parsed) {
      parsed = parseVersion(blobs.get(blob) ?? '');
      versions.set(blob, parsed);
    }
    return parsed;
  };

  const files = new Map<string, FileHistory>();
  const documents = new Map<string, DocumentRevision[]>();
  for (const { commit: raw, changes, documentChanges } of landed) {
    const commit = historyCommit(raw, notes, branchAuthors);
    for (const change of changes) applyChange(files, commit, change, version);
    for (const change of documentChanges) applyDocumentChange(documents, commit, change);
  }

  for (const file of files.values()) {
    const first = file.revisions[0]!;
    file.truncated = state.shallow && state.shallowBoundaries.has(first.commit.sha);
    if (!file.truncated) file.firstPublished = first.commit.date;
    file.lastUpdated = file.revisions.at(-1)!.commit.date;
  }
  const history: RepositoryHistory = { complete: !state.shallow, files, documents, commitCount: relevant.length };
  const firstContent = relevant[0];
  if (firstContent && !state.shallow) history.firstContentDate = londonDate(new Date(firstContent.commit.committedAt));
  if (state.shallow) {
    const oldest = commits[0]?.committedAt;
    history.reason = `this is a shallow clone: changes before ${oldest ? londonDate(new Date(oldest)) : 'its first commit'} are not included`;
  }
  return history;
}

function applyChange(
  files: Map<string, FileHistory>,
  commit: HistoryCommit,
  change: RawChange,
  version: (blob: string) => ParsedVersion,
): void {
  const target = contentFile(change.path);
  const source = change.status === 'R' ? contentFile(change.previousPath) : undefined;
  if (change.status === 'R' && change.previousPath && source && !target) {
    // Moved out of the content tree: as far as the site is concerned, it was removed.
    return applyChange(files, commit, { ...change, status: 'D', path: change.previousPath, newBlob: '0' }, version);
  }
  if (!target) return;

  let file = change.status === 'R' && change.previousPath ? files.get(change.previousPath) : files.get(change.path);
  if (change.status === 'R' && change.previousPath) files.delete(change.previousPath);
  const previous = file?.revisions.at(-1);
  if (!file) {
    file = {
      path: change.path,
      collection: target.collection,
      slug: target.slug,
      revisions: [],
      lastUpdated: commit.date,
      truncated: false,
      deleted: false,
    };
  }
  file.path = change.path;
  file.collection = target.collection;
  file.slug = target.slug;
  files.set(change.path, file);

  const revision = describeRevision(file.collection, commit, change, previous, version);
  file.deleted = revision.kind === 'deleted';
  file.revisions.push(revision);
}

function applyDocumentChange(
  documents: Map<string, DocumentRevision[]>,
  commit: HistoryCommit,
  change: RawChange,
): void {
  const renamed = change.status === 'R' && change.previousPath !== undefined;
  if (renamed && !isDocument(change.path)) {
    // Moved out of public/documents/: the site no longer serves it.
    return applyDocumentChange(documents, commit, { ...change, status: 'D', path: change.previousPath!, newBlob: '0' });
  }
  const previous =
    renamed && isDocument(change.previousPath) ? documents.get(change.previousPath!) : documents.get(change.path);
  if (renamed) documents.delete(change.previousPath!);
  const revisions = previous ?? [];
  const last = revisions.at(-1);
  const kind: RevisionKind =
    change.status === 'D'
      ? 'deleted'
      : renamed && isDocument(change.previousPath)
        ? 'renamed'
        : !last || last.kind === 'deleted' || change.status === 'A'
          ? 'added'
          : 'modified';
  const revision: DocumentRevision = { commit, kind, path: change.path };
  if (kind === 'renamed') revision.previousPath = change.previousPath!;
  revisions.push(revision);
  documents.set(change.path, revisions);
}

function describeRevision(
  collection: CollectionName,
  commit: HistoryCommit,
  change: RawChange,
  previous: Revision | undefined,
  version: (blob: string) => ParsedVersion,
): Revision {
  const base = { commit, path: change.path };
  if (change.status === 'D') {
    return withFields(
      { ...base, kind: 'deleted', changes: [], descriptions: ['Removed from the site'] },
      () => previous?.fields ?? {},
    );
  }
  const after = version(change.newBlob);
  const afterFields = () => snapshot(collection, after.frontmatter);
  const isNew =
    NO_BLOB.test(change.oldBlob) ||
    change.status === 'A' ||
    change.status === 'C' ||
    previous?.kind === 'deleted' ||
    !previous;
  if (isNew) {
    return withFields(
      { ...base, kind: 'added', changes: [], descriptions: [previous ? 'Published again' : 'First published'] },
      afterFields,
    );
  }
  const before = version(change.oldBlob);
  const frontmatterChanged = before.yaml !== after.yaml;
  const changes = frontmatterChanged ? fieldChanges(collection, before.frontmatter, after.frontmatter) : [];
  const descriptions = changes.map((fieldChange) => fieldChange.description);
  const revision: Omit<Revision, 'fields'> = {
    ...base,
    kind: change.status === 'R' ? 'renamed' : 'modified',
    changes,
    descriptions,
  };
  if (change.status === 'R' && change.previousPath) {
    revision.previousPath = change.previousPath;
    descriptions.unshift(`Moved from ${change.previousPath}`);
  }
  descriptions.push(...otherChanges(collection, before, after));
  if (descriptions.length === 0) descriptions.push('Formatting changed');
  return withFields(revision, frontmatterChanged || !previous ? afterFields : () => previous.fields);
}

/** `fields` is computed on first read, so versions nobody asks about are never parsed. */
function withFields(revision: Omit<Revision, 'fields'>, compute: () => Frontmatter): Revision {
  let fields: Frontmatter | undefined;
  return Object.defineProperty(revision, 'fields', {
    enumerable: true,
    get: () => {
      fields ??= compute();
      return fields;
    },
  }) as Revision;
}

function historyCommit(
  raw: RawCommit,
  notes: Map<string, ApprovalRecord>,
  branchAuthors: Map<string, string>,
): HistoryCommit {
  const isMerge = raw.parents.length > 1;
  const note = notes.get(raw.sha) ?? (isMerge ? notes.get(raw.parents[1]!) : undefined);
  const pullRequest = note?.pr ?? pullRequestNumber(raw.message);
  const commit: HistoryCommit = {
    sha: raw.sha,
    date: londonDate(new Date(raw.committedAt)),
    committedAt: raw.committedAt,
    author: note?.author ?? (isMerge ? branchAuthors.get(raw.parents[1]!) : undefined) ?? raw.authorName,
    title: note?.title ?? commitTitle(raw.message),
    approvals: note?.approvals ?? [],
    approval: commitApproval(note),
  };
  const mergedBy = note?.mergedBy ?? (isMerge ? raw.authorName : undefined);
  if (mergedBy) commit.mergedBy = mergedBy;
  if (pullRequest !== undefined) commit.pullRequest = pullRequest;
  return commit;
}

/** A merge commit's author is whoever pressed the button; the change's author is on the merged branch. */
function readBranchAuthors(repoDir: string, commits: RawCommit[]): Map<string, string> {
  const tips = commits.filter((commit) => commit.parents.length > 1).map((commit) => commit.parents[1]!);
  const authors = new Map<string, string>();
  if (tips.length === 0) return authors;
  let output: string;
  try {
    output = gitText(repoDir, ['log', '--no-walk=unsorted', '--stdin', '--format=%H%x1f%an'], {
      input: `${tips.join('\n')}\n`,
    });
  } catch {
    // A shallow clone may not have the merged branch: fall back to the merge commit's author.
    return authors;
  }
  for (const line of output.split('\n')) {
    const [sha, name] = line.split('\x1f');
    if (sha && name) authors.set(sha, name);
  }
  return authors;
}
