/**
 * The git facts the rules need, from the one read of the main line (main-line.ts): when each consultation was
 * first there and first listed as forthcoming, and when the hub began. Only the consultations folder is read;
 * most consultations are listed by their first version, so the later versions are read only for the others.
 */
import { frontmatterData } from '../content/source.ts';
import { collectionFolder } from '../routes.ts';
import type { CommitMark, ConsultationHistory, GitFacts } from './facts.ts';
import { contentFileAt, followFiles, readMainLine, type FileVersion } from './main-line.ts';
import { consultationListing, listsAsForthcoming } from './notice.ts';

const CONSULTATIONS = collectionFolder('consultations');

export function readGitFacts(root: string, branch = 'main'): GitFacts {
  const read = readMainLine(root, [CONSULTATIONS], { branch, whole: true });
  if (!read.available) return { available: false, reason: read.reason };
  const { line } = read;
  const files = followFiles(line.commits, (path) =>
    contentFileAt(path)?.collection === 'consultations' ? 'consultation' : undefined,
  );

  const listed = [...files.values()].map((file) => ({
    slug: contentFileAt(file.path)!.slug,
    versions: file.versions.filter((version) => version.after !== undefined),
  }));
  const texts = line.texts(listed.map(({ versions }) => versions[0]?.after));
  // The opening date each version gave, read by the content reader like every other reading of a file.
  const opensOf = new Map<string, unknown>();
  const opens = (version: FileVersion) => {
    const blob = version.after!;
    if (!opensOf.has(blob)) opensOf.set(blob, frontmatterData(texts.get(blob) ?? '')?.opens);
    return opensOf.get(blob);
  };
  const unlisted = listed.filter(
    ({ versions: [first] }) => first && !listsAsForthcoming(first.commit.date, opens(first)),
  );
  const later = line.texts(unlisted.flatMap(({ versions }) => versions.slice(1).map((version) => version.after)));
  for (const [blob, text] of later) texts.set(blob, text);

  const mark = (version: FileVersion): CommitMark => ({ commit: version.commit.sha, date: version.commit.date });
  const consultations = new Map<string, ConsultationHistory>();
  for (const { slug, versions } of listed) {
    const listing = consultationListing(versions, (version) => version.commit.date, opens);
    if (!listing) continue;
    const history: ConsultationHistory = { firstSeen: mark(listing.firstSeen) };
    if (listing.firstForthcoming) history.firstForthcoming = mark(listing.firstForthcoming);
    consultations.set(slug, history);
  }
  const facts: GitFacts = { available: true, ref: line.ref, consultations };
  if (line.firstConsultationDate) facts.firstConsultationDate = line.firstConsultationDate;
  return facts;
}
