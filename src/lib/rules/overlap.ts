/**
 * `overlap` (warning): two current consultations for the same people in the same place at the same
 * time cause consultation fatigue; they should be joined up or spaced out.
 */
import { atField, type Finding, type Rule, type ValidEntry } from './core/index.ts';
import type { Consultation } from '../schema/consultation.ts';
import { listInWords } from '../text/list.ts';

const WHOLE_COUNTY = 'countywide';

function sharedAreas(a: Consultation, b: Consultation): string[] {
  if (a.areas.includes(WHOLE_COUNTY)) return b.areas;
  if (b.areas.includes(WHOLE_COUNTY)) return a.areas;
  return a.areas.filter((area) => b.areas.includes(area));
}

export const overlapRule = {
  id: 'overlap',
  scope: 'tree',
  checkTree(context) {
    if (!context.settings.process.overlapWarning) return [];
    const candidates = context.consultations
      .filter((entry) => entry.data.activity !== 'information' && entry.data.status !== 'withdrawn')
      .sort((a, b) => a.data.opens.localeCompare(b.data.opens) || a.source.slug.localeCompare(b.source.slug));
    const findings: Finding[] = [];
    // A sweep by opening date: only consultations still running when this one opens can overlap it.
    let running: ValidEntry<Consultation>[] = [];
    for (const entry of candidates) {
      const { opens, closes } = entry.data;
      running = running.filter((other) => other.data.closes >= opens);
      // Overlaps that are over and done with are history, not something anyone can still fix.
      if (closes >= context.today) {
        for (const other of running) {
          const audiences = entry.data.audiences.filter((audience) => other.data.audiences.includes(audience));
          const areas = sharedAreas(entry.data, other.data);
          if (audiences.length && areas.length) {
            findings.push(
              atField(
                'overlap',
                'warning',
                entry,
                ['opens'],
                `runs at the same time as "${other.data.title}" (${other.data.opens} to ${other.data.closes}) for the same people (${listInWords(audiences)} in ${listInWords(areas)}): join the two up or space them out to avoid consultation fatigue`,
              ),
            );
          }
        }
      }
      running.push(entry);
    }
    return findings;
  },
} satisfies Rule;
