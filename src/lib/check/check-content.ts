/**
 * The checker's entry point for a content tree on disk: the CLI, the GitHub Action and the site call
 * this. It reads every file once, reads git history once, and runs every content rule.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { readContentTree } from '../content/load.ts';
import { loadSettings, type Settings } from '../content/settings.ts';
import type { SourceFile } from '../content/source.ts';
import type { IsoDate } from '../dates/calendar-date.ts';
import type { GitFacts } from '../git/facts.ts';
import { readGitFacts } from '../git/read-facts.ts';
import { CONTENT_RULES } from '../rules/index.ts';
import type { RuleContext } from '../rules/types.ts';
import { buildContext } from './context.ts';
import { countFindings, type Finding } from './finding.ts';
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
    if (entry.isFile()) files.add(`/documents/${path.relative(base, path.join(entry.parentPath, entry.name)).split(path.sep).join('/')}`);
  }
  return files;
}

export function checkContent(options: CheckOptions): CheckResult {
  const { root, today } = options;
  if (!existsSync(path.join(root, 'content'))) throw new CheckSetupError(`${root} has no content/ folder: run the check from the root of a content repository, or pass --root`);
  let settings = options.settings;
  if (!settings) {
    try {
      settings = loadSettings(root);
    } catch (error) {
      throw new CheckSetupError(`the settings could not be read: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  const sources = options.files ?? readContentTree(root);
  const git = options.gitFacts ?? readGitFacts(root, settings.site.repository.branch);
  const context = buildContext({ sources, settings, today, git, documentFiles: listDocumentFiles(root) });
  const findings = runRules(context, CONTENT_RULES);
  return { findings, ...countFindings(findings), files: sources.length, git, context };
}
