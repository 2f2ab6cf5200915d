/** Facts about a consultation that several rules need. */
import type { DatedFileContext, ParsedEntry, ValidEntry } from './core/index.ts';
import type { Consultation } from '../schema/consultation.ts';
import { periodStatus, type PeriodStatus } from '../status.ts';

export function asConsultation(entry: ParsedEntry): ValidEntry<Consultation> | undefined {
  return entry.source.collection === 'consultations' && entry.data !== undefined
    ? (entry as ValidEntry<Consultation>)
    : undefined;
}

/** The status by dates, stored status and feedback: whether it is launch-ready is for the rules to judge. */
export function statusOf(entry: ValidEntry<Consultation>, context: DatedFileContext): PeriodStatus {
  return periodStatus(entry.data, context.feedbackByConsultation.has(entry.source.slug), context.today);
}

/**
 * Only `activity: consultation` is held to the statutory-style rules; a withdrawn one no longer runs.
 */
export function isHeldToConsultationRules(consultation: Consultation): boolean {
  return consultation.activity === 'consultation' && consultation.status !== 'withdrawn';
}
