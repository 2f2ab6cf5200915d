/**
 * Loads content/settings/governance.yaml and checks what the zod schema cannot: every needed role is
 * defined, and every path pattern can match a file where its kind of change happens.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseSettingsFile, SettingsError } from '../content/settings.ts';
import { SETTINGS_FILES, CONTENT_FOLDER, DOCUMENTS_FOLDER } from '../routes.ts';
import { governanceSettingsSchema, type ChangeKind, type GovernanceSettings } from '../schema/settings.ts';
import { AREAS, areasReached } from './paths.ts';

export type Principal = { kind: 'user'; login: string } | { kind: 'team'; org: string; slug: string };

/** `@name` is a user, `@org/team` a team; the schema has already checked the spelling. */
export function parsePrincipal(value: string): Principal {
  const [first, team] = value.replace(/^@/, '').split('/');
  return team === undefined ? { kind: 'user', login: first! } : { kind: 'team', org: first!, slug: team };
}

export function formatPrincipal(principal: Principal): string {
  return principal.kind === 'user' ? `@${principal.login}` : `@${principal.org}/${principal.slug}`;
}

function whereKindHappens(kind: ChangeKind): string {
  return AREAS.filter((area) => area.kinds.includes(kind))
    .map((area) => area.folder || `files outside ${CONTENT_FOLDER} and ${DOCUMENTS_FOLDER}`)
    .join(', ');
}

export function parseGovernance(text: string, file: string = SETTINGS_FILES.governance): GovernanceSettings {
  const governance = parseSettingsFile(file, text, governanceSettingsSchema);
  const problems = governance.requirements.flatMap((requirement, index) => [
    ...requirement.need
      .filter((role) => !(role in governance.roles))
      .map((role) => `requirements.${index}.need names the role "${role}", which is not defined under roles`),
    ...(requirement.paths ?? [])
      .map((pattern, at) => ({ pattern, at }))
      .filter(({ pattern }) => !areasReached(pattern).some((area) => area.kinds.includes(requirement.when)))
      .map(({ pattern, at }) => {
        const where = whereKindHappens(requirement.when);
        return `requirements.${index}.paths.${at} "${pattern}" can never match a ${requirement.when} change, which only happens in ${where}`;
      }),
  ]);
  // A misspelt role would silently fall back to the hub's own holders: name it instead.
  for (const [organisation, { roles }] of Object.entries(governance.organisations ?? {}))
    for (const role of Object.keys(roles).filter((role) => !(role in governance.roles)))
      problems.push(
        `organisations.${organisation}.roles names the role "${role}", which is not defined under roles (${Object.keys(governance.roles).join(', ')})`,
      );
  if (problems.length) throw new SettingsError(file, problems);
  return governance;
}

export function loadGovernance(root: string): GovernanceSettings {
  return parseGovernance(readFileSync(path.join(root, SETTINGS_FILES.governance), 'utf8'));
}
