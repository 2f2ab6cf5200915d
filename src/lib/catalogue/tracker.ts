/**
 * The consultation tracker: every consultation forthcoming, held back or open, with each launch step of
 * process.yaml and where it stands. Launch readiness judges the steps (src/lib/launch-readiness.ts), so the
 * tracker and the `launch-ready` rule agree on which step is late.
 */
import type { STEP_STATE_LABELS } from '../labels.ts';
import { launchGaps, type LaunchPolicy } from '../launch-readiness.ts';
import type { ProcessSettings } from '../schema/settings.ts';
import { byOpensAscending, type CatalogueItem } from './catalogue.ts';

export type StepState = keyof typeof STEP_STATE_LABELS;

export interface TrackedStep {
  label: string;
  /** The date (or, for a name field, the name) recorded; undefined when not yet done. */
  value?: string;
  state: StepState;
}

export interface TrackedConsultation {
  item: CatalogueItem;
  steps: TrackedStep[];
}

const TRACKED = new Set(['forthcoming', 'delayed', 'open']);

export function launchTracker(
  items: readonly CatalogueItem[],
  process: Pick<ProcessSettings, 'launchSteps'> & LaunchPolicy,
): TrackedConsultation[] {
  return items
    .filter((item) => TRACKED.has(item.status) && item.data.activity === 'consultation')
    .sort(byOpensAscending)
    .map((item) => {
      const late = new Set(
        launchGaps(item.data, process)
          .filter((gap) => gap.need === 'launch-step')
          .map((gap) => String(gap.path[1])),
      );
      const steps = process.launchSteps.map((step): TrackedStep => {
        const value = item.data.governance[step.field];
        if (value === undefined) return { label: step.label, state: 'not-yet' };
        return { label: step.label, value, state: late.has(step.field) ? 'late' : 'done' };
      });
      return { item, steps };
    });
}
