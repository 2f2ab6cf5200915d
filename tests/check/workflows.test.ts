/** The CI, feedback-overdue and launch-warning workflows: triggers, permissions and steps (pinning is tests/workflows.test.ts). */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/paths.ts';

interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
}
interface Workflow {
  on: Record<string, unknown>;
  permissions: Record<string, string>;
  jobs: Record<string, { permissions?: Record<string, string>; steps: Step[] }>;
}

const load = (name: string) => {
  const text = readFileSync(path.join(ROOT, '.github/workflows', name), 'utf8');
  return { text, workflow: parse(text) as Workflow };
};
describe.each(['ci.yml', 'feedback-overdue.yml', 'launch-warning.yml'])('%s', (name) => {
  const { workflow } = load(name);
  const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);

  it('uses the Node version of .nvmrc and npm install', () => {
    expect(steps.find((step) => step.uses?.startsWith('actions/setup-node'))?.with).toEqual({ 'node-version-file': '.nvmrc' });
    expect(steps.some((step) => step.run?.startsWith('npm install'))).toBe(true);
  });
});

describe('ci.yml', () => {
  const { workflow } = load('ci.yml');
  it('runs on pull requests and pushes to main, reading only, with full history', () => {
    expect(Object.keys(workflow.on).sort()).toEqual(['pull_request', 'push']);
    expect(workflow.permissions).toEqual({ contents: 'read' });
    const job = Object.values(workflow.jobs)[0]!;
    expect(job.permissions).toEqual({ contents: 'read' });
    expect(job.steps[0]!.with?.['fetch-depth']).toBe(0);
    expect(job.steps.map((step) => step.run?.trim().split('\n')).flat().filter((run) => /npm (test|run)/.test(run ?? ''))).toEqual(
      expect.arrayContaining(['npm test', expect.stringContaining('npm run check'), 'npm run build']),
    );
  });
});

describe('feedback-overdue.yml', () => {
  const { workflow } = load('feedback-overdue.yml');
  it('runs daily and by hand, and may only read code and write issues', () => {
    expect(Object.keys(workflow.on).sort()).toEqual(['schedule', 'workflow_dispatch']);
    expect(workflow.permissions).toEqual({ contents: 'read', issues: 'write' });
    expect(Object.values(workflow.jobs)[0]!.permissions).toEqual({ contents: 'read', issues: 'write' });
  });
});

describe('launch-warning.yml', () => {
  const { workflow } = load('launch-warning.yml');
  it('runs daily and by hand, may only read code and write issues, and runs the launch warning', () => {
    expect(Object.keys(workflow.on).sort()).toEqual(['schedule', 'workflow_dispatch']);
    expect(workflow.permissions).toEqual({ contents: 'read', issues: 'write' });
    const job = Object.values(workflow.jobs)[0]!;
    expect(job.permissions).toEqual({ contents: 'read', issues: 'write' });
    expect(job.steps.map((step) => step.run).filter(Boolean)).toContain('npm run launch:warning');
  });
});
