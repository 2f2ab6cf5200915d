/**
 * Where each kind of change can happen. Every path of the repository lies in exactly one area (the one
 * with the longest folder that contains it), so every path is governed: the classifier, the
 * requirement patterns of governance.yaml and the generated CODEOWNERS all read this one table.
 */
import picomatch from 'picomatch';
import { collectionFolder, CONTENT_FOLDER, DOCUMENTS_FOLDER, SETTINGS_FOLDER } from '../routes.ts';
import type { ChangeKind } from '../schema/settings.ts';

export type AreaName =
  'consultations' | 'feedback' | 'strategies' | 'standards' | 'settings' | 'content' | 'documents' | 'code';

export interface Area {
  name: AreaName;
  /** With a trailing slash; '' for the code area, which holds everything no other area does. */
  folder: string;
  /** Every kind a change to a file here can make. */
  kinds: readonly ChangeKind[];
}

export const AREAS: readonly Area[] = [
  {
    name: 'consultations',
    folder: collectionFolder('consultations'),
    kinds: [
      'consultation-opens',
      'consultation-announced',
      'consultation-changed',
      'consultation-withdrawn',
      'decision-recorded',
      'record-changed',
      'content-removed',
    ],
  },
  {
    name: 'feedback',
    folder: collectionFolder('feedback'),
    kinds: ['feedback-published', 'decision-recorded', 'record-changed', 'content-removed'],
  },
  {
    name: 'strategies',
    folder: collectionFolder('strategies'),
    kinds: ['strategy-adopted', 'strategy-drafted', 'record-changed', 'content-removed'],
  },
  { name: 'standards', folder: collectionFolder('standards'), kinds: ['standard-changed', 'content-removed'] },
  { name: 'settings', folder: SETTINGS_FOLDER, kinds: ['settings-changed'] },
  // Anything else under content/ is not a page, but the site or the checks may read it: held like settings.
  { name: 'content', folder: CONTENT_FOLDER, kinds: ['settings-changed'] },
  { name: 'documents', folder: DOCUMENTS_FOLDER, kinds: ['documents-changed'] },
  // Code, workflows, package.json and its lock, configuration, tests, other public files.
  { name: 'code', folder: '', kinds: ['code-changed'] },
];

const BY_DEPTH = [...AREAS].sort((a, b) => b.folder.length - a.folder.length);

export function areaOf(path: string): Area {
  return BY_DEPTH.find((area) => path.startsWith(area.folder))!;
}

/** The fixed start of a pattern, up to its first wildcard: `src/lib/rules/` for `src/lib/rules/**`. */
export function fixedStart(pattern: string): string {
  const wildcard = pattern.indexOf('*');
  return wildcard === -1 ? pattern : pattern.slice(0, wildcard);
}

/** Every area a path matching the pattern can lie in: the one its fixed start is in, and those inside it. */
export function areasReached(pattern: string): Area[] {
  const start = fixedStart(pattern);
  const own = areaOf(start);
  if (start === pattern) return [own];
  return [own, ...AREAS.filter((area) => area !== own && area.folder.startsWith(start))];
}

/** A matcher for governance.yaml path patterns; dot-files (`.github/`, `.nvmrc`) match like any other. */
export function pathMatcher(patterns: readonly string[]): (path: string) => boolean {
  return picomatch([...patterns], { dot: true });
}
