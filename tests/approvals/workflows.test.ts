/** The approvals workflows: triggers, least privilege, and the scripts the tests prove (pinning is tests/workflows.test.ts). */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../support/paths.ts';
import { npmScripts, readWorkflow, workflowSteps as steps } from '../support/workflows.ts';

const text = (file: string) => readWorkflow(file).text;
const workflow = (file: string) => readWorkflow(file).workflow;

describe('approvals.yml never runs code from the pull request', () => {
  const w = workflow('approvals.yml');
  const source = text('approvals.yml');

  it("is triggered by pull_request_target (the base branch's workflow) and by reviews, never by pull_request", () => {
    expect(Object.keys(w.on).sort()).toEqual(['pull_request_review', 'pull_request_target']);
    expect(w.on.pull_request_target?.types).toEqual([
      'opened',
      'synchronize',
      'reopened',
      'ready_for_review',
      'edited',
    ]);
    expect(w.on.pull_request_review?.types).toEqual(['submitted', 'dismissed', 'edited']);
  });

  it('runs only for pull requests into the default branch, whose base commit is code already approved', () => {
    expect(Object.values(w.jobs).map((job) => job.if)).toEqual([
      'github.event.pull_request.base.ref == github.event.repository.default_branch',
    ]);
  });

  it('checks out only the base commit, without keeping credentials', () => {
    const checkouts = steps(w).filter((s) => s.uses?.startsWith('actions/checkout@'));
    expect(checkouts).toHaveLength(1);
    expect(checkouts[0]!.with).toEqual({
      ref: '${{ github.event.pull_request.base.sha }}',
      'persist-credentials': false,
    });
    expect(steps(w)[0]).toBe(checkouts[0]);
  });

  it('refers to nothing of the head: no head ref or sha, no merge ref, no GITHUB_SHA (the merge commit on review events)', () => {
    for (const forbidden of [
      'pull_request.head',
      'head_ref',
      'refs/pull/',
      'github.sha',
      'GITHUB_SHA',
      'merge_commit_sha',
      'github.ref',
    ]) {
      expect(source, forbidden).not.toContain(forbidden);
    }
  });

  it('puts no expression into a shell command, where pull request text would be run', () => {
    for (const step of steps(w)) expect(step.run ?? '').not.toContain('${{');
  });

  it('every step is a pinned action or an npm command of the base checkout, with no local or docker actions', () => {
    for (const step of steps(w)) {
      if (step.uses) expect(step.uses).toMatch(/^actions\/(checkout|setup-node)@[0-9a-f]{40}$/);
      else expect(['npm install --no-audit --no-fund', 'npm run approvals']).toContain(step.run);
      expect(step['working-directory']).toBeUndefined();
    }
    for (const job of Object.values(w.jobs)) {
      expect(job.container).toBeUndefined();
      expect(job.services).toBeUndefined();
    }
  });

  it('can only read, and its job is named for the required status check', () => {
    expect(w.permissions).toEqual({ contents: 'read', 'pull-requests': 'read' });
    for (const job of Object.values(w.jobs))
      expect(job.permissions).toEqual({ contents: 'read', 'pull-requests': 'read' });
    expect(Object.values(w.jobs).map((job) => job.name)).toEqual(['approvals']);
  });

  it('gives the tokens only to the check itself, not to the install of dependencies', () => {
    expect(steps(w).find((s) => s.uses?.startsWith('actions/setup-node'))?.with?.['node-version-file']).toBe('.nvmrc');
    expect(
      steps(w)
        .filter((s) => s.env)
        .map((s) => s.run),
    ).toEqual(['npm run approvals']);
    expect(steps(w).at(-1)?.env).toEqual({
      GITHUB_TOKEN: '${{ github.token }}',
      APPROVALS_TOKEN: '${{ secrets.APPROVALS_TOKEN }}',
    });
  });

  it("npm run approvals runs the base checkout's script, which reads the pull request only through the API", () => {
    const scripts = npmScripts();
    expect(scripts.approvals).toBe('tsx scripts/approvals.ts');
    // The modules that read and judge the pull request touch neither the disk nor a process.
    for (const module of ['github', 'classify', 'paths', 'requirements', 'contributors', 'evaluate', 'summary']) {
      const code = readFileSync(path.join(ROOT, `src/lib/governance/${module}.ts`), 'utf8');
      expect(code, module).not.toMatch(/node:fs|node:child_process|readFile|execFile|spawn\(/);
    }
  });
});

describe('record-approvals.yml', () => {
  const w = workflow('record-approvals.yml');

  it('runs on pushes to main with write access to contents only (for the notes ref)', () => {
    expect(w.on).toEqual({ push: { branches: ['main'] } });
    expect(w.permissions).toEqual({ contents: 'write', 'pull-requests': 'read' });
  });

  it('runs npm run approvals:record from the pushed commit of main, code that was itself approved', () => {
    expect(
      steps(w)
        .map((s) => s.run)
        .filter(Boolean),
    ).toEqual(['npm install --no-audit --no-fund', 'npm run approvals:record']);
    expect(steps(w).find((s) => s.uses?.startsWith('actions/checkout@'))?.with?.ref).toBeUndefined();
  });
});

describe('pull request template', () => {
  it('mirrors the launch steps', () => {
    const template = readFileSync(path.join(ROOT, '.github/pull_request_template.md'), 'utf8');
    for (const field of [
      'consultationGroupNotified',
      'scrutinyNotified',
      'equalityImpact',
      'stakeholdersInformed',
      'authorisedBy',
    ]) {
      expect(template).toContain(`(\`${field}`);
    }
  });
});
