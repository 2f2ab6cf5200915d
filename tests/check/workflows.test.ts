/** The CI and feedback-overdue workflows: valid YAML, least privilege, pinned actions, real npm scripts. */
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

const scripts = Object.keys((JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts);
const load = (name: string) => {
  const text = readFileSync(path.join(ROOT, '.github/workflows', name), 'utf8');
  return { text, workflow: parse(text) as Workflow };
};
const PINNED = {
  'actions/checkout': '11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2',
  'actions/setup-node': '49933ea5288caeca8642d1e84afb7fa03ee3d1a5 # v4.4.0',
};

describe.each(['ci.yml', 'feedback-overdue.yml'])('%s', (name) => {
  const { text, workflow } = load(name);
  const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);

  it('runs only npm scripts that exist in package.json', () => {
    const used = [...text.matchAll(/npm run ([\w:-]+)/g)].map((match) => match[1]!);
    expect(used.length).toBeGreaterThan(0);
    for (const script of used) expect(scripts).toContain(script);
  });

  it('pins every action by full commit SHA with its version in a comment', () => {
    for (const step of steps.filter((candidate) => candidate.uses)) {
      const [action, ref] = step.uses!.split('@') as [keyof typeof PINNED, string];
      expect(ref).toMatch(/^[0-9a-f]{40}$/);
      expect(text).toContain(`${action}@${PINNED[action]}`);
    }
  });

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
