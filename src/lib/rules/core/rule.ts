/** The shape every process rule shares. */
import type { ParsedEntry, ValidEntry } from '../../content/entry.ts';
import type { Finding } from './finding.ts';
import type { Settings } from '../../content/settings.ts';
import type { IsoDate } from '../../dates/calendar-date.ts';
import type { GitFacts } from '../../git/facts.ts';
import type { Consultation } from '../../schema/consultation.ts';
import type { Feedback } from '../../schema/feedback.ts';
import type { Standard } from '../../schema/standard.ts';
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
}

export interface Rule {
  id: RuleId;
  /** Findings for one file. Called file by file, so a problem in one file cannot stop the others. */
  checkEntry?(entry: ParsedEntry, context: RuleContext): Finding[];
  /** Findings that compare files with each other. */
  checkTree?(context: RuleContext): Finding[];
}
