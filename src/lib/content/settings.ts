/** Loads and validates content/settings/*.yaml, read with the content reader's YAML options. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import {
  governanceSettingsSchema,
  processSettingsSchema,
  siteSettingsSchema,
  type GovernanceSettings,
  type ProcessSettings,
  type SiteSettings,
} from '../schema/settings.ts';
import { validate } from './errors.ts';
import { readFields } from './source.ts';

export interface Settings {
  site: SiteSettings;
  process: ProcessSettings;
  governance: GovernanceSettings;
}

export const SETTINGS_FILES = {
  site: 'content/settings/site.yaml',
  process: 'content/settings/process.yaml',
  governance: 'content/settings/governance.yaml',
} as const;

export class SettingsError extends Error {
  constructor(
    readonly file: string,
    readonly problems: string[],
  ) {
    super(`${file}: ${problems.join('; ')}`);
    this.name = 'SettingsError';
  }
}

export function parseSettingsFile<S extends z.ZodType>(file: string, text: string, schema: S): z.output<S> {
  const fields = readFields(text);
  if (fields.problem) throw new SettingsError(file, [`${fields.problem.message}${fields.problem.parserSaid ? ` (YAML says: ${fields.problem.parserSaid})` : ''}`]);
  const result = validate(schema, fields.data);
  if (!result.success) throw new SettingsError(file, result.problems.map((problem) => problem.message));
  return result.data;
}

export function loadSettings(root: string): Settings {
  const read = (file: string) => readFileSync(path.join(root, file), 'utf8');
  return {
    site: parseSettingsFile(SETTINGS_FILES.site, read(SETTINGS_FILES.site), siteSettingsSchema),
    process: parseSettingsFile(SETTINGS_FILES.process, read(SETTINGS_FILES.process), processSettingsSchema),
    governance: parseSettingsFile(SETTINGS_FILES.governance, read(SETTINGS_FILES.governance), governanceSettingsSchema),
  };
}
