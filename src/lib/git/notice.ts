/**
 * The forward plan's notice, judged once for the `forward-plan` rule and the audit timeline alike: when a
 * consultation was announced (first listed on the main line as forthcoming), when the hub began, and whether the
 * notice it gave meets `forwardPlanNoticeDays`. Pure: the dates come from the one read of the history
 * (main-line.ts), as git facts for the rule and as file histories for the audit.
 */
import { addDays, daysBetween, isIsoDate, type IsoDate } from '../dates/calendar-date.ts';
import type { ConsultationHistory } from './facts.ts';

/** A version listed the consultation as forthcoming when it landed before the opening date it gave. */
export const listsAsForthcoming = (landed: IsoDate, opens: unknown): boolean => isIsoDate(opens) && landed < opens;

/**
 * The first of a consultation's versions on the main line (deletions left out), and the first that listed it as
 * forthcoming. `opens` is asked for one version at a time, in order, and not after the first forthcoming one.
 */
export function consultationListing<V>(
  versions: readonly V[],
  landed: (version: V) => IsoDate,
  opens: (version: V) => unknown,
): { firstSeen: V; firstForthcoming?: V } | undefined {
  const firstSeen = versions[0];
  if (firstSeen === undefined) return undefined;
  const firstForthcoming = versions.find((version) => listsAsForthcoming(landed(version), opens(version)));
  return firstForthcoming === undefined ? { firstSeen } : { firstSeen, firstForthcoming };
}

/** The day the hub began: the first consultation's; with none on the main line yet, whatever is published first, today. */
export const hubStart = (firstConsultationDate: IsoDate | undefined, today: IsoDate): IsoDate =>
  firstConsultationDate ?? today;

export interface NoticeInput {
  /** `consultationListing`'s versions; undefined when the consultation is not on the main line. */
  listing: ConsultationHistory | undefined;
  /** The opening date as the consultation gives it now: the notice counts to the final opening date. */
  opens: IsoDate;
  noticeDays: number;
  hubStart: IsoDate;
  today: IsoDate;
}

export type ForwardPlanNotice =
  /**
   * It opens fewer than the notice days after the hub began (or before it), so the hub could never have given
   * the notice: a consultation imported with the archive, or published in the hub's first weeks. Not held to it.
   */
  | { kind: 'before-hub'; hubStart: IsoDate }
  /** First listed as forthcoming on `listed`, `days` before it opens. */
  | { kind: 'listed'; listed: IsoDate; days: number; met: boolean; announceBy: IsoDate }
  /** First on the main line on `firstSeen`, already open: never listed as forthcoming. */
  | { kind: 'not-listed'; firstSeen: IsoDate; days: number; met: false; announceBy: IsoDate }
  /** Not on the main line yet: it can still be listed in time until `announceBy`. */
  | { kind: 'unpublished'; met: boolean; announceBy: IsoDate };

/**
 * Whether a consultation held to the forward plan had the notice: the rule fails it exactly when `met` is false,
 * and the audit says "does not meet the standard" exactly then.
 */
export function forwardPlanNotice({ listing, opens, noticeDays, hubStart, today }: NoticeInput): ForwardPlanNotice {
  if (opens < addDays(hubStart, noticeDays)) return { kind: 'before-hub', hubStart };
  const announceBy = addDays(opens, -noticeDays);
  if (!listing) return { kind: 'unpublished', met: today <= announceBy, announceBy };
  const { firstSeen, firstForthcoming } = listing;
  if (firstForthcoming === undefined)
    return {
      kind: 'not-listed',
      firstSeen: firstSeen.date,
      days: daysBetween(firstSeen.date, opens),
      met: false,
      announceBy,
    };
  const days = daysBetween(firstForthcoming.date, opens);
  return { kind: 'listed', listed: firstForthcoming.date, days, met: days >= noticeDays, announceBy };
}
