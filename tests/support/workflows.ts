/** The GitHub Actions workflows in .github/workflows, read and parsed one way for every test of them. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { ROOT } from '../../support/paths.ts';

export interface Step {
  id?: string;
  name?: string;
  if?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
  'working-directory'?: string;
  'continue-on-error'?: unknown;
}

export interface Job {
  name?: string;
  if?: string;
  needs?: string | string[];
  permissions?: Record<string, string>;
  'runs-on'?: string;
  container?: unknown;
  services?: unknown;
  steps: Step[];
}

export interface Workflow {
  on: Record<string, { types?: string[]; branches?: string[] } | null>;
  permissions: Record<string, string>;
  jobs: Record<string, Job>;
}

const DIR = path.join(ROOT, '.github/workflows');

/** The file names of every workflow (`ci.yml`, ...), sorted. */
export const workflowFiles = (): string[] =>
  readdirSync(DIR)
    .filter((name) => name.endsWith('.yml'))
    .sort();

/** A workflow's text as written and as parsed. */
export function readWorkflow(name: string): { text: string; workflow: Workflow } {
  const text = readFileSync(path.join(DIR, name), 'utf8');
  return { text, workflow: parse(text) as Workflow };
}

/** Every step of every job, in order. */
export const workflowSteps = (workflow: Workflow): Step[] => Object.values(workflow.jobs).flatMap((job) => job.steps);

/** The scripts of package.json, which workflows run with `npm run`. */
export const npmScripts = (): Record<string, string> =>
  (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
