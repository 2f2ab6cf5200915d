/** What git history tells the rules. Types only, so rules stay free of child_process. */
import type { IsoDate } from '../dates/calendar-date.ts';

export interface CommitMark {
  commit: string;
  /** The London calendar date the commit landed on the main line. */
  date: IsoDate;
}

export interface ConsultationHistory {
  /** The first main-line commit that had the file. */
  firstSeen: CommitMark;
  /** The first commit where, on the day it landed, the consultation was forthcoming (announced). */
  firstForthcoming?: CommitMark;
  /** The first commit where, on the day it landed, the consultation was open. */
  firstOpen?: CommitMark;
}

export type GitFacts =
  | {
      available: true;
      /** The ref read as the main line, e.g. `refs/remotes/origin/main`. */
      ref: string;
      /** The date the first consultation landed: nothing before it could have been announced here. */
      firstContentDate?: IsoDate;
      consultations: ReadonlyMap<string, ConsultationHistory>;
      /** When a feedback report for each consultation slug first landed. */
      feedbackAdded: ReadonlyMap<string, CommitMark>;
    }
  | { available: false; reason: string };
