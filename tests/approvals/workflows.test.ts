/** The approvals workflows: triggers, least privilege, and the scripts the tests prove (pinning is tests/workflows.test.ts). */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT } from '../support/paths.ts';

interface Workflow {
  on: Record<string, { types?: string[]; branches?: string[] }>;
  permissions: Record<string, string>;
  jobs: Record<string, { name?: string; steps: { uses?: string; run?: string; with?: Record<string, unknown>; env?: Record<string, string> }[] }>;
}

const workflow = (file: string) => parse(readFileSync(path.join(ROOT, '.github/workflows', file), 'utf8')) as Workflow;
const steps = (w: Workflow) => Object.values(w.jobs).flatMap((job) => job.steps);

describe('approvals.yml', () => {
  const w = workflow('approvals.yml');

  it('runs on pull requests and on reviews, including dismissals', () => {
    expect(w.on.pull_request?.types).toEqual(['opened', 'synchronize', 'reopened', 'ready_for_review']);
    expect(w.on.pull_request_review?.types).toEqual(['submitted', 'dismissed', 'edited']);
  });

  it('can only read, and its job is named for the required status check', () => {
    expect(w.permissions).toEqual({ contents: 'read', 'pull-requests': 'read' });
    expect(Object.values(w.jobs).map((job) => job.name)).toEqual(['approvals']);
  });

  it('uses .nvmrc and runs npm run approvals with both tokens', () => {
    expect(steps(w).find((s) => s.uses?.startsWith('actions/setup-node'))?.with?.['node-version-file']).toBe('.nvmrc');
    expect(steps(w).map((s) => s.run).filter(Boolean)).toEqual(['npm install --no-audit --no-fund', 'npm run approvals']);
    expect(steps(w).at(-1)?.env).toEqual({ GITHUB_TOKEN: '${{ github.token }}', APPROVALS_TOKEN: '${{ secrets.APPROVALS_TOKEN }}' });
  });
});

describe('record-approvals.yml', () => {
  const w = workflow('record-approvals.yml');

  it('runs on pushes to main with write access to contents only (for the notes ref)', () => {
    expect(w.on).toEqual({ push: { branches: ['main'] } });
    expect(w.permissions).toEqual({ contents: 'write', 'pull-requests': 'read' });
  });

  it('runs npm run approvals:record', () => {
    expect(steps(w).map((s) => s.run).filter(Boolean)).toEqual(['npm install --no-audit --no-fund', 'npm run approvals:record']);
  });
});

describe('pull request template', () => {
  it('mirrors the launch steps', () => {
    const template = readFileSync(path.join(ROOT, '.github/pull_request_template.md'), 'utf8');
    for (const field of ['consultationGroupNotified', 'scrutinyNotified', 'equalityImpact', 'stakeholdersInformed', 'authorisedBy']) {
      expect(template).toContain(`(\`${field}`);
    }
  });
});
