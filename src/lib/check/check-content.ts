/**
 * The checker's entry point for a content tree on disk: the CLI, the GitHub Action and the site call
 * this. It reads every file once, reads git history once, and runs every content rule.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { readPartnerFeeds } from '../content/partners.ts';
import { loadSettings, type Settings } from '../content/settings.ts';
import { contentBytes, contentSource, listContentFiles, type ContentFile } from '../content/load.ts';
import type { SourceFile } from '../content/source.ts';
import type { IsoDate } from '../dates/calendar-date.ts';
import type { GitFacts } from '../git/facts.ts';
import { readGitFacts } from '../git/read-facts.ts';
import { CONTENT_RULES } from '../rules/index.ts';
import { compareFindings, countFindings, type Finding, type RuleContext } from '../rules/core/index.ts';
import { type ParsedEntry, parseEntry } from '../content/entry.ts';
import { CheckCache, fileHash } from './cache.ts';
import { contextFromEntries } from './context.ts';
import { cachedEntry, checkFile, type FileResult } from './file-result.ts';
import { checkFilesInParallel } from './parallel.ts';
import { runRules } from './run.ts';

export interface CheckOptions {
  /** The repository root: the folder that holds content/ (and public/documents/). */
  root: string;
  today: IsoDate;
  /** Facts already read (tests, or a caller checking many times); read from `root` when absent. */
  gitFacts?: GitFacts;
  /** Files already in memory; read from `root`/content when absent. */
  files?: readonly SourceFile[];
  /** Settings already loaded; read from `root`/content/settings when absent. */
  settings?: Settings;
  /** Keep per-file results in this folder and reuse them for unchanged files (see cache.ts); no cache when absent. */
  cacheDir?: string;
  /** Parse and check files on up to this many threads (this one and workers) when there are enough files; only this thread when absent. */
  threads?: number;
}

export interface CheckResult {
  findings: Finding[];
  errors: number;
  warnings: number;
  /** How many content files were checked. */
  files: number;
  git: GitFacts;
  /** The context the rules saw, for callers that want more than findings (e.g. the overdue-feedback report). */
  context: RuleContext;
  /** With a cache: how many files' per-file results were reused, and how many were checked afresh. */
  cache?: { reused: number; checked: number };
}

/** The checker cannot run at all: no content folder, or settings it cannot read. */
export class CheckSetupError extends Error {
  override name = 'CheckSetupError';
}

/** Site paths (`/documents/...`) of the files under public/documents. */
export function listDocumentFiles(root: string): Set<string> {
  const base = path.join(root, 'public', 'documents');
  const files = new Set<string>();
  if (!existsSync(base)) return files;
  for (const entry of readdirSync(base, { recursive: true, withFileTypes: true })) {
    if (entry.isFile())
      files.add(`/documents/${path.relative(base, path.join(entry.parentPath, entry.name)).split(path.sep).join('/')}`);
  }
  return files;
}

export function checkContent(options: CheckOptions): CheckResult {
  const { root, today } = options;
  if (!existsSync(path.join(root, 'content')))
    throw new CheckSetupError(
      `${root} has no content/ folder: run the check from the root of a content repository, or pass --root`,
    );
  let settings = options.settings;
  if (!settings) {
    try {
      settings = loadSettings(root);
    } catch (error) {
      throw new CheckSetupError(
        `the settings could not be read: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  }
  const results = new Map<ParsedEntry, FileResult>();
  const fresh = (source: SourceFile): ParsedEntry => {
    const entry = parseEntry(source);
    results.set(entry, checkFile(entry, settings));
    return entry;
  };
  const cache =
    options.cacheDir === undefined || options.files
      ? undefined
      : CheckCache.open(path.resolve(root, options.cacheDir), settings);
  const entries = options.files
    ? options.files.map(fresh)
    : readEntries(root, cache, options.threads ?? 1, results, fresh, settings);
  const git = options.gitFacts ?? readGitFacts(root, settings.site.repository.branch);
  const partners = readPartnerFeeds(root, settings.site);
  const context = contextFromEntries({
    entries,
    settings,
    today,
    git,
    documentFiles: listDocumentFiles(root),
    partners: partners.entries,
  });
  const findings = [
    ...runRules(context, CONTENT_RULES, (entry, rule) =>
      rule.scope === 'file' ? (results.get(entry)?.findings.get(rule.id) ?? []) : undefined,
    ),
    // A synced feed is checked when it is written (npm run partners:sync); one edited by hand is refused here.
    ...partners.problems.map(({ file, message }): Finding => ({
      rule: 'schema',
      severity: 'error',
      file,
      message: `${file} ${message}`,
    })),
  ].sort(compareFindings);
  const result: CheckResult = { findings, ...countFindings(findings), files: entries.length, git, context };
  if (cache) result.cache = { reused: cache.reused, checked: entries.length - cache.reused };
  return result;
}

/** Below this many files to parse per thread, starting a worker costs more than it saves. */
const MIN_FILES_PER_THREAD = 1000;

/**
 * Every `.mdx` file of every collection, in the order of `listContentFiles`: from the cache where
 * unchanged, otherwise parsed and checked, on worker threads when there are enough files.
 */
function readEntries(
  root: string,
  cache: CheckCache | undefined,
  threadsAvailable: number,
  results: Map<ParsedEntry, FileResult>,
  fresh: (source: SourceFile) => ParsedEntry,
  settings: Settings,
): ParsedEntry[] {
  const files: (ContentFile & { bytes: Uint8Array; hash?: string; entry?: ParsedEntry })[] = listContentFiles(root).map(
    (file) => ({ ...file, bytes: contentBytes(file) }),
  );
  const missing: typeof files = [];
  for (const file of files) {
    if (cache) {
      // What the path is belongs in the key: an empty file and a link, never read, have the same (no) bytes.
      file.hash = `${fileHash(file.bytes)}${file.kind === 'file' ? '' : ` ${file.kind}`}`;
      const cached = cache.get(`content/${file.collection}/${file.name}`, file.hash);
      if (cached) {
        file.entry = cachedEntry(file, file.bytes, cached);
        results.set(file.entry, cached);
        continue;
      }
    }
    missing.push(file);
  }
  const threads = Math.min(threadsAvailable, Math.floor(missing.length / MIN_FILES_PER_THREAD));
  const sourceOf = (file: (typeof files)[number]) => contentSource(file, file.bytes);
  if (threads > 1) {
    const checked = checkFilesInParallel(missing, settings, threads, (file) =>
      checkFile(parseEntry(sourceOf(file as (typeof files)[number])), settings),
    );
    checked.forEach((result, at) => {
      const file = missing[at]!;
      file.entry = cachedEntry(file, file.bytes, result);
      results.set(file.entry, result);
    });
  } else {
    for (const file of missing) file.entry = fresh(sourceOf(file));
  }
  if (cache) {
    for (const file of missing)
      cache.set(`content/${file.collection}/${file.name}`, file.hash!, results.get(file.entry!)!);
    cache.save();
  }
  return files.map((file) => file.entry!);
}
