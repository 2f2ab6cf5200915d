/** The shape every process rule shares: what it judges, what it may read to judge one file, and its threshold in words. */
import type { ParsedEntry, ValidEntry } from '../../content/entry.ts';
import type { Finding } from './finding.ts';
import type { PartnerEntry } from '../../content/partners.ts';
import type { Settings } from '../../content/settings.ts';
import type { IsoDate } from '../../dates/calendar-date.ts';
import type { GitFacts } from '../../git/facts.ts';
import type { Consultation } from '../../schema/consultation.ts';
import type { Feedback } from '../../schema/feedback.ts';
import type { Standard } from '../../schema/standard.ts';
import type { ProcessSettings } from '../../schema/settings.ts';
import type { Strategy } from '../../schema/strategy.ts';
import type { RuleId } from '../../schema/rule-ids.ts';

export interface RuleContext {
  /** Every content file, valid or not. */
  entries: readonly ParsedEntry[];
  /** The files whose frontmatter is valid, by collection. */
  consultations: readonly ValidEntry<Consultation>[];
  feedback: readonly ValidEntry<Feedback>[];
  strategies: readonly ValidEntry<Strategy>[];
  standards: readonly ValidEntry<Standard>[];
  consultationsBySlug: ReadonlyMap<string, ValidEntry<Consultation>>;
  /** The (first) valid feedback report of each consultation slug. */
  feedbackByConsultation: ReadonlyMap<string, ValidEntry<Feedback>>;
  settings: Settings;
  today: IsoDate;
  /** Undefined where history is not asked for (the CMS preview); otherwise available or why not. */
  git?: GitFacts;
  /** Site paths of the files under public/documents (e.g. `/documents/x.pdf`), when known. */
  documentFiles?: ReadonlySet<string>;
  /** Partners' consultations from their hubs' feeds (content/partners/), when read: `overlap` joins them up. */
  partners?: readonly PartnerEntry[];
}

/**
 * What a rule needs to judge one file, which each rule declares. What runs the rules derives from it
 * (src/lib/rules/index.ts): the check cache keeps the findings of `file` rules with each file's bytes; the
 * CMS preview runs `file` and `file-and-today` rules on the draft alone; `tree` rules run only in the check.
 *
 * - `file`: the file and the settings ({@link FileContext}), so its findings change only when they do.
 * - `file-and-today`: the file, the settings and `today` ({@link DatedFileContext}), and whether a
 *   consultation has its feedback report, because its status depends on that (src/lib/status.ts). Judged
 *   alone, as in the preview, a file has none.
 * - `tree`: everything in the context: other files, git history, the files under public/documents.
 *
 * The scope is what `checkEntry` may read, and tsc holds each rule to it. `checkTree` compares files, so
 * it reads the whole context and runs on every check whatever the scope; in the preview its tree is the
 * draft alone.
 */
export type RuleScope = 'file' | 'file-and-today' | 'tree';

export type FileContext = Pick<RuleContext, 'settings'>;
export type DatedFileContext = Pick<RuleContext, 'settings' | 'today' | 'feedbackByConsultation'>;

interface ScopeContexts {
  file: FileContext;
  'file-and-today': DatedFileContext;
  tree: RuleContext;
}

interface RuleOf<S extends RuleScope> {
  id: RuleId;
  scope: S;
  /**
   * Findings for one file. Called file by file, so a problem in one file cannot stop the others. A property
   * rather than a method, so that its context is checked strictly: a `file` rule cannot take a wider one.
   */
  checkEntry?: (entry: ParsedEntry, context: ScopeContexts[S]) => Finding[];
  /** Findings that compare files with each other. */
  checkTree?: (context: RuleContext) => Finding[];
  /**
   * The threshold the rule enforces, in the words a standard's page shows beside it: read from
   * process.yaml, so the published promise and the check cannot drift apart. Absent for a rule with none.
   */
  liveThreshold?: (process: ProcessSettings) => string;
}

export type FileRule = RuleOf<'file'>;
export type Rule = FileRule | RuleOf<'file-and-today'> | RuleOf<'tree'>;
