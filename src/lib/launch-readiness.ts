/**
 * Whether a consultation is ready to open: a way to respond, one that does not need the internet, an
 * equality impact assessment and a record of its authorisation. One pure judgement of the file alone,
 * shared by the `launch-ready` rule (which tells the editor), the daily launch warning and the catalogue
 * (which holds an unready consultation back as "Opening delayed"), so they can never disagree.
 */
import { EQUALITY_STATUS_LABELS, fieldPathLabel } from './labels.ts';
import { consultationSchema, type Consultation } from './schema/consultation.ts';
import { listInWords } from './text/list.ts';

export type LaunchNeed = 'respond' | 'offline' | 'equality-impact' | 'authorisation';

export interface LaunchGap {
  need: LaunchNeed;
  /** The field to point the editor at. */
  path: readonly PropertyKey[];
  /** What is missing, as a noun phrase residents and editors can read: "an equality impact assessment". */
  missing: string;
  /** How to supply it, in the file's terms. */
  fix: string;
}

type LaunchInput = Pick<Consultation, 'activity' | 'respond' | 'formats' | 'equalityImpact' | 'governance'>;

/**
 * What the consultation still lacks before it can open, in the order an editor would fix it; empty when
 * it is ready. An `information` notice asks for no response, so it needs nothing; other activities that
 * are not consultations need only a way to respond.
 */
export function launchGaps(consultation: LaunchInput): LaunchGap[] {
  const { activity, respond, formats, equalityImpact, governance } = consultation;
  if (activity === 'information') return [];
  const hasEvents = (respond.events?.length ?? 0) > 0;
  if (!respond.online && !respond.email && !respond.post && !respond.phone && !hasEvents) {
    return [
      {
        need: 'respond',
        path: ['respond'],
        missing: 'a way to respond',
        fix: `add one under ${field('respond')}: ${listInWords(['Online', 'Email', 'Post', 'Phone', 'Events'], 'or')}`,
      },
    ];
  }
  if (activity !== 'consultation') return [];
  const gaps: LaunchGap[] = [];
  if (!respond.post && !respond.phone && !hasEvents && !formats.includes('paper')) {
    gaps.push({
      need: 'offline',
      path: ['respond'],
      missing: 'a way to respond without the internet',
      fix: `add ${field('respond', 'post')}, ${field('respond', 'phone')} or an event, or offer "Paper copies" under ${field('formats')}`,
    });
  }
  if (!equalityImpact) {
    gaps.push({
      need: 'equality-impact',
      path: ['equalityImpact'],
      missing: 'an equality impact assessment',
      fix: `fill in ${field('equalityImpact')} with its status (${listInWords(Object.values(EQUALITY_STATUS_LABELS), 'or')})`,
    });
  }
  if (!governance.authorisedBy || !governance.authorisedOn) {
    const fields = listInWords(
      [
        !governance.authorisedBy && field('governance', 'authorisedBy'),
        !governance.authorisedOn && field('governance', 'authorisedOn'),
      ].filter((field) => typeof field === 'string'),
    );
    gaps.push({
      need: 'authorisation',
      path: ['governance'],
      missing: 'a record of its authorisation',
      fix: `add ${fields} (the chief officer or cabinet member, and the date)`,
    });
  }
  return gaps;
}

export const isLaunchReady = (consultation: LaunchInput): boolean => launchGaps(consultation).length === 0;

/** A field as the CMS form labels it, so the fix names what the editor sees. */
const field = (...path: string[]) => fieldPathLabel(consultationSchema, path);
