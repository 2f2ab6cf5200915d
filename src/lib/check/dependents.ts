/**
 * Which files `npm run check -- --changed-since REF` reports on: the changed files, and every file whose
 * findings depend on a changed one. Per-file rules depend on the file and the settings alone, so only the
 * rules that compare files can make an unchanged file depend on a changed one; rather than restating what
 * each of them reads, they are run again on the tree as it would be without the changed files, and with
 * the changed files as they were at the merge base. An unchanged file is in scope when what they say about
 * it differs: a feedback report whose consultation changed or was removed, a `related` or `supersededBy`
 * that names a changed slug, an overlap or slug clash with a changed file, a link to a changed document.
 */
import { sourceFileFromText } from '../content/source.ts';
import { CONTENT_FOLDER, DOCUMENTS_FOLDER, folderName, publicSitePath, SETTINGS_FOLDER } from '../routes.ts';
import { CONTENT_RULES } from '../rules/index.ts';
import type { Finding, RuleContext } from '../rules/core/index.ts';
import { type ParsedEntry, parseEntry } from '../content/entry.ts';
import { COLLECTION_NAMES, type CollectionName } from '../schema/index.ts';
import { contextFromEntries } from './context.ts';
import { runRules } from './run.ts';

/** Every rule but those that judge each file alone and compare nothing. */
const CROSS_FILE_RULES = CONTENT_RULES.filter((rule) => rule.scope !== 'file' || rule.checkTree !== undefined);
const CROSS_FILE_RULE_IDS: ReadonlySet<string> = new Set(CROSS_FILE_RULES.map((rule) => rule.id));

/** What the check reads: changes anywhere else cannot change a finding. */
export const CHECKED_FOLDERS = [folderName(CONTENT_FOLDER), folderName(DOCUMENTS_FOLDER)] as const;

export interface ChangedTree {
  /** Changed paths relative to the root (content/..., public/documents/..., anything else). */
  paths: ReadonlySet<string>;
  /** Changed paths that existed at the merge base. */
  existedBefore: ReadonlySet<string>;
  /** The text at the merge base of each changed content file that existed there, by path. */
  before: ReadonlyMap<string, string>;
}

/** Where a content file's path names one: `content/<collection>/<name>.mdx`, as the check lists them. */
export function contentFileOf(file: string): { collection: CollectionName; name: string } | undefined {
  const match = /^content\/([^/]+)\/([^/]+\.mdx)$/.exec(file);
  if (!match || !(COLLECTION_NAMES as readonly string[]).includes(match[1]!)) return undefined;
  return { collection: match[1] as CollectionName, name: match[2]! };
}

/**
 * Whether a finding is in scope of the change: a predicate over findings' files. `context` and
 * `findings` are the full check's (every file read), so nothing outside the change is read again.
 */
export function scopeOfChange(
  context: RuleContext,
  findings: readonly Finding[],
  change: ChangedTree,
): (file: string) => boolean {
  const { paths } = change;
  // Settings apply to every file, so a change to them puts every file in scope.
  if ([...paths].some((file) => file.startsWith(SETTINGS_FOLDER))) return () => true;
  const inScope = new Set(paths);
  // Findings on a folder rather than a file (a collection's forward plan) are always reported.
  const scope = (file: string) => inScope.has(file) || !file.endsWith('.mdx');
  const changedDocuments = [...paths].filter((file) => file.startsWith(DOCUMENTS_FOLDER));
  if (!changedDocuments.length && ![...paths].some((file) => contentFileOf(file))) return scope;

  const unchanged = context.entries.filter((entry) => !paths.has(entry.source.file));
  const documentsWithout = new Set(context.documentFiles ?? []);
  for (const file of changedDocuments) documentsWithout.delete(publicSitePath(file));
  const without = contextLike(context, unchanged, context.documentFiles && documentsWithout);
  const documentsBefore = new Set(documentsWithout);
  for (const file of changedDocuments) if (change.existedBefore.has(file)) documentsBefore.add(publicSitePath(file));
  const entriesBefore = [...change.before].flatMap(([file, text]) => {
    const where = contentFileOf(file);
    return where ? [parseEntry(sourceFileFromText(where.collection, where.name, text))] : [];
  });
  const before = contextLike(
    context,
    inListingOrder([...unchanged, ...entriesBefore]),
    context.documentFiles && documentsBefore,
  );

  const now = findingsByFile(findings.filter((finding) => CROSS_FILE_RULE_IDS.has(finding.rule)));
  for (const other of [without, before]) {
    const then = findingsByFile(runRules(other, CROSS_FILE_RULES));
    for (const entry of unchanged) {
      const file = entry.source.file;
      if ((now.get(file) ?? '') !== (then.get(file) ?? '')) inScope.add(file);
    }
  }
  return scope;
}

function contextLike(
  context: RuleContext,
  entries: readonly ParsedEntry[],
  documentFiles: ReadonlySet<string> | undefined,
): RuleContext {
  const { settings, today, git, partners } = context;
  return contextFromEntries({
    entries,
    settings,
    today,
    ...(git ? { git } : {}),
    ...(partners ? { partners } : {}),
    ...(documentFiles ? { documentFiles } : {}),
  });
}

/** The order `listContentFiles` gives: by collection, then by file name. Rules that keep the first of two clashing files depend on it. */
function inListingOrder(entries: ParsedEntry[]): ParsedEntry[] {
  const rank = (entry: ParsedEntry) => COLLECTION_NAMES.indexOf(entry.source.collection);
  return entries.sort(
    (a, b) => rank(a) - rank(b) || (a.source.file < b.source.file ? -1 : a.source.file > b.source.file ? 1 : 0),
  );
}

/** Each file's findings as one comparable string. */
function findingsByFile(findings: readonly Finding[]): Map<string, string> {
  const byFile = new Map<string, string[]>();
  for (const { file, rule, severity, line, column, message } of findings) {
    let list = byFile.get(file);
    if (!list) byFile.set(file, (list = []));
    list.push(JSON.stringify([rule, severity, line, column, message]));
  }
  return new Map([...byFile].map(([file, list]) => [file, list.sort().join('\n')]));
}
