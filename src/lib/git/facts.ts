/** What git history tells the rules. Types only, so rules stay free of child_process. */
import type { IsoDate } from '../dates/calendar-date.ts';

export interface CommitMark {
  commit: string;
  /** The London calendar date the commit landed on the main line. */
  date: IsoDate;
}

/** When a consultation was first on the main line, and first listed there as forthcoming (see notice.ts). */
export interface ConsultationHistory {
  /** The first main-line commit that had the file (under this name or, renamed, an earlier one). */
  firstSeen: CommitMark;
  /** The first commit where, on the day it landed, the consultation was forthcoming (announced). */
  firstForthcoming?: CommitMark;
}

export type GitFacts =
  | {
      available: true;
      /** The ref read as the main line, e.g. `refs/remotes/origin/main`. */
      ref: string;
      /** The day the first consultation landed, when the hub began (see main-line.ts). */
      firstConsultationDate?: IsoDate;
      /** Keyed by slug. */
      consultations: ReadonlyMap<string, ConsultationHistory>;
    }
  | { available: false; reason: string };
