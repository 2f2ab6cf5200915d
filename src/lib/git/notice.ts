/**
 * When a consultation was announced: first listed on the main line as forthcoming. Pure: the versions come from
 * the one read of the history (main-line.ts).
 */
import { isIsoDate, type IsoDate } from '../dates/calendar-date.ts';

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
