/**
 * `launch-ready`: an open consultation has everything residents and the council's process need: a way
 * to respond, one that does not need the internet, an equality impact assessment and authorisation.
 */
import type { Finding } from '../check/finding.ts';
import { asConsultation, statusOf } from './consultation-facts.ts';
import { atField } from './report.ts';
import type { Rule } from './types.ts';

export const launchReadyRule: Rule = {
  id: 'launch-ready',
  checkEntry(entry, context) {
    const consultation = asConsultation(entry);
    if (!consultation || consultation.data.activity === 'information' || statusOf(consultation, context) !== 'open') return [];
    const { respond, formats, equalityImpact, governance, activity } = consultation.data;
    const error = (path: PropertyKey[], message: string) => atField('launch-ready', 'error', consultation, path, message);
    const findings: Finding[] = [];
    const hasEvents = (respond.events?.length ?? 0) > 0;
    if (!respond.online && !respond.email && !respond.post && !respond.phone && !hasEvents) {
      return [error(['respond'], 'it is open but gives no way to respond: add respond.online, respond.email, respond.post, respond.phone or an event')];
    }
    if (activity !== 'consultation') return [];
    if (!respond.post && !respond.phone && !hasEvents && !formats.includes('paper')) {
      findings.push(error(['respond'], 'it is open but can only be answered online or by email: add respond.post, respond.phone or an event, or offer "paper" in formats'));
    }
    if (!equalityImpact) {
      findings.push(error(['equalityImpact'], 'it is open without an equality impact assessment: add equalityImpact with its status (completed, screening-no-eqia-needed or in-progress)'));
    }
    if (!governance.authorisedBy || !governance.authorisedOn) {
      const missing = [!governance.authorisedBy && 'governance.authorisedBy', !governance.authorisedOn && 'governance.authorisedOn'].filter(Boolean).join(' and ');
      findings.push(error(['governance'], `it is open without a record of its authorisation: add ${missing} (the chief officer or cabinet member, and the date)`));
    }
    return findings;
  },
};
