/**
 * Every workflow in .github/workflows: valid YAML, least privilege on every job, third-party actions
 * pinned to the reviewed commit SHA of a known release, and only npm scripts that exist.
 */
import { describe, expect, it } from 'vitest';
import { npmScripts, readWorkflow, workflowFiles, workflowSteps } from './support/workflows.ts';

/** The one place an action upgrade is reviewed: bump the SHA and the version together. */
const PINNED_ACTIONS: Record<string, string> = {
  'actions/checkout': '3d3c42e5aac5ba805825da76410c181273ba90b1 # v7.0.1',
  'actions/setup-node': '820762786026740c76f36085b0efc47a31fe5020 # v7.0.0',
  'actions/configure-pages': '983d7736d9b0ae728b81ab479565c72886d7745b # v5.0.0',
  'actions/upload-pages-artifact': 'fc324d3547104276b827a68afc52ff2a11cc49c9 # v5.0.0',
  'actions/deploy-pages': 'cd2ce8fcbc39b97be8ca5fce6e763baed58fa128 # v5.0.0',
  'actions/cache/restore': '27d5ce7f107fe9357f9df03efb73ab90386fccae # v5.0.5',
  'actions/cache/save': '27d5ce7f107fe9357f9df03efb73ab90386fccae # v5.0.5',
};

const files = workflowFiles();
const scripts = Object.keys(npmScripts());

describe.each(files)('.github/workflows/%s', (name) => {
  const { text, workflow } = readWorkflow(name);
  const steps = workflowSteps(workflow);

  it('sets permissions at the top and on every job', () => {
    expect(workflow.permissions).toBeDefined();
    for (const [id, job] of Object.entries(workflow.jobs)) expect(job.permissions, `job ${id}`).toBeDefined();
  });

  it('pins every action to the reviewed commit SHA with its version', () => {
    for (const step of steps.filter((candidate) => candidate.uses)) {
      const [action, ref] = step.uses!.split('@') as [string, string];
      expect(PINNED_ACTIONS[action], `${action} is not a reviewed action`).toBeDefined();
      expect(ref).toMatch(/^[0-9a-f]{40}$/);
      expect(text).toContain(`${action}@${PINNED_ACTIONS[action]}`);
    }
  });

  it('runs only npm scripts that exist in package.json', () => {
    for (const [, script] of text.matchAll(/npm run ([\w:-]+)/g)) expect(scripts).toContain(script);
  });
});

it('finds every workflow the README describes', () => {
  expect([...files].sort()).toEqual([
    'approvals.yml',
    'ci.yml',
    'deploy.yml',
    'feedback-overdue.yml',
    'launch-warning.yml',
    'partners-sync.yml',
    'record-approvals.yml',
  ]);
});
