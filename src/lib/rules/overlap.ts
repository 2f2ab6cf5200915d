/**
 * `overlap` (warning): two current consultations for the same people in the same place at the same
 * time cause consultation fatigue; they should be joined up or spaced out. Partners' consultations count too
 * (content/partners/, from their hubs' feeds): the hub is where organisations see each other's plans and join up.
 * A finding always lands on one of this hub's own files, the only ones its editors can change.
 */
import { atField, type Finding, type Rule, type ValidEntry } from './core/index.ts';
import { WHOLE_COUNTY, type Consultation } from '../schema/consultation.ts';
import { organisationNamer, ownOrganisation } from '../schema/partnership.ts';
import { listInWords } from '../text/list.ts';

function sharedAreas(a: Consultation, b: Consultation): string[] {
  if (a.areas.includes(WHOLE_COUNTY)) return b.areas;
  if (b.areas.includes(WHOLE_COUNTY)) return a.areas;
  return a.areas.filter((area) => b.areas.includes(area));
}

/** One consultation in the sweep: a file of this hub's (with its entry) or a partner's. */
interface Candidate {
  data: Consultation;
  /** The lead organisation's id. */
  lead: string;
  entry?: ValidEntry<Consultation>;
  key: string;
}

export const overlapRule = {
  id: 'overlap',
  scope: 'tree',
  checkTree(context) {
    if (!context.settings.process.overlapWarning) return [];
    const own = ownOrganisation(context.settings.site).id;
    const name = organisationNamer(context.settings.site);
    const candidates: Candidate[] = [
      ...context.consultations.map((entry) => ({
        data: entry.data,
        lead: entry.data.organisation ?? own,
        entry,
        key: entry.source.slug,
      })),
      ...(context.partners ?? []).map((partner) => ({
        data: partner.data,
        lead: partner.organisation.id,
        key: `${partner.organisation.id}--${partner.slug}`,
      })),
    ]
      .filter(({ data }) => data.activity !== 'information' && data.status !== 'withdrawn')
      .sort((a, b) => a.data.opens.localeCompare(b.data.opens) || a.key.localeCompare(b.key));
    const findings: Finding[] = [];
    const report = (at: Candidate, other: Candidate) => {
      // Overlaps that are over and done with are history, not something anyone can still fix.
      if (!at.entry || at.data.closes < context.today) return;
      const audiences = at.data.audiences.filter((audience) => other.data.audiences.includes(audience));
      const areas = sharedAreas(at.data, other.data);
      if (!audiences.length || !areas.length) return;
      const people = `${listInWords(audiences)} in ${listInWords(areas)}`;
      const when = `"${other.data.title}", ${other.data.opens} to ${other.data.closes}`;
      findings.push(
        atField(
          'overlap',
          'warning',
          at.entry,
          ['opens'],
          other.lead === at.lead
            ? `runs at the same time as "${other.data.title}" (${other.data.opens} to ${other.data.closes}) for the same people (${people}): join the two up or space them out to avoid consultation fatigue`
            : `${name(other.lead)} is consulting the same people at the same time (${when}, for ${people}): join up with them, or space the two apart to avoid consultation fatigue`,
        ),
      );
    };
    // A sweep by opening date: only consultations still running when this one opens can overlap it.
    let running: Candidate[] = [];
    for (const candidate of candidates) {
      running = running.filter((other) => other.data.closes >= candidate.data.opens);
      for (const other of running) {
        if (candidate.entry) report(candidate, other);
        else report(other, candidate);
      }
      running.push(candidate);
    }
    return findings;
  },
} satisfies Rule;
