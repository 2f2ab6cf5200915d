/**
 * The history of every content file and consultation document, built on the one read of the main line
 * (src/lib/git/main-line.ts: one `git log` for content/ and public/documents/, one `git cat-file --batch` for
 * the versions whose frontmatter is compared), with one read of the approvals notes. Renames are followed, so a
 * moved file keeps its past.
 */
import type { IsoDate } from '../dates/calendar-date.ts';
import {
  contentFileAt,
  followFiles,
  readMainLine,
  type FileLine,
  type FileVersion,
  type LandedCommit,
} from '../git/main-line.ts';
import { gitText } from '../git/run.ts';
import { DOCUMENTS_FOLDER, CONTENT_FOLDER } from '../routes.ts';
import type { CollectionName } from '../schema/index.ts';
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
  /** The day the first consultation landed, when the hub began and the archive was imported (see main-line.ts). */
  firstConsultationDate?: IsoDate;
}

/** What the history follows: content files (a rename between collections keeps the past) and documents. */
const kindOf = (path: string) =>
  contentFileAt(path) ? 'content' : path.startsWith(DOCUMENTS_FOLDER) ? 'document' : undefined;

export function emptyHistory(reason: string): RepositoryHistory {
  return { complete: false, reason, files: new Map(), documents: new Map(), commitCount: 0 };
}

/**
 * Reads the history of every file under content/ in `repoDir`, of HEAD or of `branch`'s main line (as the rules
 * read it). Never throws for a missing repository.
 */
export function readRepositoryHistory(repoDir: string, options: { branch?: string } = {}): RepositoryHistory {
  const read = readMainLine(repoDir, [CONTENT_FOLDER, DOCUMENTS_FOLDER], options);
  if (!read.available) return emptyHistory(read.reason);
  const { line } = read;
  const lines = [...followFiles(line.commits, kindOf).values()];
  const contentLines = lines.filter((file) => contentFileAt(file.path));
  const documentLines = lines.filter((file) => !contentFileAt(file.path));
  const contentCommits = new Set(contentLines.flatMap((file) => file.versions.map((version) => version.commit)));

  const blobs = line.texts(
    contentLines.flatMap((file) => file.versions.flatMap((version) => [version.before, version.after])),
  );
  const notes = readApprovalRecords(repoDir);
  const landed = new Set(lines.flatMap((file) => file.versions.map((version) => version.commit)));
  const branchAuthors = readBranchAuthors(repoDir, [...landed]);
  const commits = new Map<LandedCommit, HistoryCommit>();
  const commitOf = (raw: LandedCommit) => {
    let commit = commits.get(raw);
    if (!commit) {
      commit = historyCommit(raw, notes, branchAuthors);
      commits.set(raw, commit);
    }
    return commit;
  };

  const versions = new Map<string, ParsedVersion>();
  const version = (blob: string | undefined): ParsedVersion => {
    let parsed = versions.get(blob ?? '');
    if (!parsed) {
      parsed = parseVersion((blob && blobs.get(blob)) ?? '');
      versions.set(blob ?? '', parsed);
    }
    return parsed;
  };

  const files = new Map<string, FileHistory>();
  for (const file of contentLines) files.set(file.path, fileHistory(file, line.shallowBoundaries, commitOf, version));
  const documents = new Map<string, DocumentRevision[]>();
  for (const file of documentLines) {
    documents.set(
      file.path,
      file.versions.map((change) => {
        const revision: DocumentRevision = { commit: commitOf(change.commit), kind: change.kind, path: change.path };
        if (change.previousPath !== undefined) revision.previousPath = change.previousPath;
        return revision;
      }),
    );
  }

  const history: RepositoryHistory = { complete: !line.shallow, files, documents, commitCount: contentCommits.size };
  if (line.firstConsultationDate) history.firstConsultationDate = line.firstConsultationDate;
  if (line.shallow) {
    const oldest = line.commits[0]?.date;
    history.reason = `this is a shallow clone: changes before ${oldest ?? 'its first commit'} are not included`;
  }
  return history;
}

function fileHistory(
  file: FileLine,
  shallowBoundaries: ReadonlySet<string>,
  commitOf: (raw: LandedCommit) => HistoryCommit,
  version: (blob: string | undefined) => ParsedVersion,
): FileHistory {
  const { collection, slug } = contentFileAt(file.path)!;
  const revisions: Revision[] = [];
  for (const change of file.versions)
    revisions.push(describeRevision(collection, commitOf(change.commit), change, revisions.at(-1), version));
  const first = file.versions[0]!;
  const history: FileHistory = {
    path: file.path,
    collection,
    slug,
    revisions,
    lastUpdated: file.versions.at(-1)!.commit.date,
    // The file's first commit has parents the clone does not have: its earlier revisions are missing.
    truncated: shallowBoundaries.has(first.commit.sha),
    deleted: file.versions.at(-1)!.kind === 'deleted',
  };
  if (!history.truncated) history.firstPublished = first.commit.date;
  return history;
}

function describeRevision(
  collection: CollectionName,
  commit: HistoryCommit,
  change: FileVersion,
  previous: Revision | undefined,
  version: (blob: string | undefined) => ParsedVersion,
): Revision {
  const base = { commit, path: change.path };
  if (change.kind === 'deleted') {
    return withFields(
      { ...base, kind: 'deleted', changes: [], descriptions: ['Removed from the site'] },
      () => previous?.fields ?? {},
    );
  }
  const after = version(change.after);
  const afterFields = () => snapshot(collection, after.frontmatter);
  if (change.kind === 'added') {
    return withFields(
      { ...base, kind: 'added', changes: [], descriptions: [previous ? 'Published again' : 'First published'] },
      afterFields,
    );
  }
  const before = version(change.before);
  const frontmatterChanged = before.yaml !== after.yaml;
  const changes = frontmatterChanged ? fieldChanges(collection, before.frontmatter, after.frontmatter) : [];
  const descriptions = changes.map((fieldChange) => fieldChange.description);
  const revision: Omit<Revision, 'fields'> = { ...base, kind: change.kind, changes, descriptions };
  if (change.previousPath !== undefined) {
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
  raw: LandedCommit,
  notes: Map<string, ApprovalRecord>,
  branchAuthors: Map<string, string>,
): HistoryCommit {
  const isMerge = raw.parents.length > 1;
  const note = notes.get(raw.sha) ?? (isMerge ? notes.get(raw.parents[1]!) : undefined);
  const pullRequest = note?.pr ?? pullRequestNumber(raw.message);
  const commit: HistoryCommit = {
    sha: raw.sha,
    date: raw.date,
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
function readBranchAuthors(repoDir: string, commits: LandedCommit[]): Map<string, string> {
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
