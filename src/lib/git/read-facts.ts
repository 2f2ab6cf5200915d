/**
 * Reads the git facts the rules need with one `git log` over the main line and one
 * `git cat-file --batch` for the versions of the files it names, whatever the number of files.
 */
import { frontmatterData } from '../content/source.ts';
import { isIsoDate, londonDate, type IsoDate } from '../dates/calendar-date.ts';
import { collectionFolder } from '../routes.ts';
import type { CommitMark, ConsultationHistory, GitFacts } from './facts.ts';
import { readLog } from './log.ts';
import { git, readObjects, repositoryState } from './run.ts';

const CONSULTATIONS = collectionFolder('consultations');
const FEEDBACK = collectionFolder('feedback');
const NO_BLOB = /^0+$/;

/** The main line: the local branch, else the remote-tracking one CI checkouts have, else HEAD. */
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

/** A date field of a version's frontmatter, read by the content reader like every other reading of a file. */
function dateField(fields: Record<string, unknown> | undefined, field: string): IsoDate | undefined {
  const value = fields?.[field];
  return isIsoDate(value) ? value : undefined;
}

function slugOf(path: string, folder: string): string | undefined {
  if (!path.startsWith(folder) || !path.endsWith('.mdx')) return undefined;
  const name = path.slice(folder.length, -'.mdx'.length);
  return name.includes('/') ? undefined : name;
}

export function readGitFacts(root: string, branch = 'main'): GitFacts {
  const state = repositoryState(root);
  if (state.kind !== 'repository') return { available: false, reason: state.reason };
  if (state.shallow) return { available: false, reason: 'this is a shallow clone, so the history is incomplete' };

  const ref = resolveMainRef(root, branch);
  let commits;
  try {
    commits = readLog(root, ref, [CONSULTATIONS, FEEDBACK]);
  } catch (error) {
    return { available: false, reason: error instanceof Error ? error.message.split('\n')[0]! : String(error) };
  }

  const wanted: string[] = [];
  for (const commit of commits)
    for (const change of commit.changes) if (!NO_BLOB.test(change.newBlob)) wanted.push(change.newBlob);
  const blobs = readObjects(root, wanted);

  const consultations = new Map<string, ConsultationHistory>();
  const feedbackAdded = new Map<string, CommitMark>();
  let firstContentDate: IsoDate | undefined;
  for (const commit of commits) {
    const mark: CommitMark = { commit: commit.sha, date: londonDate(new Date(commit.committedAt)) };
    for (const change of commit.changes) {
      const text = blobs.get(change.newBlob);
      if (text === undefined) continue;
      const consultation = slugOf(change.path, CONSULTATIONS);
      if (consultation) {
        firstContentDate ??= mark.date;
        const fields = frontmatterData(text);
        recordVersion(consultations, consultation, mark, dateField(fields, 'opens'), dateField(fields, 'closes'));
        continue;
      }
      const about = slugOf(change.path, FEEDBACK) && frontmatterData(text)?.consultation;
      if (typeof about === 'string' && !feedbackAdded.has(about)) feedbackAdded.set(about, mark);
    }
  }
  const facts: GitFacts = { available: true, ref, consultations, feedbackAdded };
  if (firstContentDate) facts.firstContentDate = firstContentDate;
  return facts;
}

function recordVersion(
  histories: Map<string, ConsultationHistory>,
  slug: string,
  mark: CommitMark,
  opens?: IsoDate,
  closes?: IsoDate,
): void {
  let history = histories.get(slug);
  if (!history) {
    history = { firstSeen: mark };
    histories.set(slug, history);
  }
  if (!opens) return;
  if (mark.date < opens) history.firstForthcoming ??= mark;
  else if (!closes || mark.date <= closes) history.firstOpen ??= mark;
}
