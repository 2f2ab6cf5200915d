/** Builds the context every rule reads, from files already in memory. No disk or git access here. */
import type { PartnerEntry } from '../content/partners.ts';
import type { Settings } from '../content/settings.ts';
import type { SourceFile } from '../content/source.ts';
import type { IsoDate } from '../dates/calendar-date.ts';
import type { GitFacts } from '../git/facts.ts';
import type { Consultation } from '../schema/consultation.ts';
import type { Feedback } from '../schema/feedback.ts';
import type { Standard } from '../schema/standard.ts';
import type { Strategy } from '../schema/strategy.ts';
import type { RuleContext } from '../rules/core/index.ts';
import { type ParsedEntry, parseEntry, type ValidEntry } from '../content/entry.ts';

export interface ContextInput {
  sources: readonly SourceFile[];
  settings: Settings;
  today: IsoDate;
  git?: GitFacts;
  documentFiles?: ReadonlySet<string>;
  partners?: readonly PartnerEntry[];
}

function valid<T>(entries: readonly ParsedEntry[], collection: SourceFile['collection']): ValidEntry<T>[] {
  return entries.filter(
    (entry): entry is ValidEntry<T> => entry.source.collection === collection && entry.data !== undefined,
  );
}

export function buildContext({ sources, ...rest }: ContextInput): RuleContext {
  return contextFromEntries({ entries: sources.map(parseEntry), ...rest });
}

/** The context over entries already parsed (or rebuilt from the check cache). */
export function contextFromEntries({
  entries,
  settings,
  today,
  git,
  documentFiles,
  partners,
}: Omit<ContextInput, 'sources'> & { entries: readonly ParsedEntry[] }): RuleContext {
  const consultations = valid<Consultation>(entries, 'consultations');
  const feedback = valid<Feedback>(entries, 'feedback');
  const consultationsBySlug = new Map<string, ValidEntry<Consultation>>();
  for (const entry of consultations)
    if (!consultationsBySlug.has(entry.source.slug)) consultationsBySlug.set(entry.source.slug, entry);
  const feedbackByConsultation = new Map<string, ValidEntry<Feedback>>();
  for (const entry of feedback)
    if (!feedbackByConsultation.has(entry.data.consultation))
      feedbackByConsultation.set(entry.data.consultation, entry);
  const context: RuleContext = {
    entries,
    consultations,
    feedback,
    strategies: valid<Strategy>(entries, 'strategies'),
    standards: valid<Standard>(entries, 'standards'),
    consultationsBySlug,
    feedbackByConsultation,
    settings,
    today,
  };
  if (git) context.git = git;
  if (documentFiles) context.documentFiles = documentFiles;
  if (partners) context.partners = partners;
  return context;
}
