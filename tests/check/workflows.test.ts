/** The CI, deploy, feedback-overdue and launch-warning workflows: triggers, permissions and steps (pinning is tests/workflows.test.ts). */
import { describe, expect, it } from 'vitest';
import { DEFAULT_CACHE_DIR } from '../../src/lib/check/cache.ts';
import { readWorkflow as load, workflowSteps, type Job } from '../support/workflows.ts';

describe.each(['ci.yml', 'feedback-overdue.yml', 'launch-warning.yml'])('%s', (name) => {
  const { workflow } = load(name);
  const steps = workflowSteps(workflow);

  it('uses the Node version of .nvmrc and npm install', () => {
    expect(steps.find((step) => step.uses?.startsWith('actions/setup-node'))?.with).toEqual({
      'node-version-file': '.nvmrc',
    });
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
    expect(
      job.steps
        .map((step) => step.run?.trim().split('\n'))
        .flat()
        .filter((run) => /npm (test|run)/.test(run ?? '')),
    ).toEqual(expect.arrayContaining(['npm test', expect.stringContaining('npm run check'), 'npm run build']));
  });
});

/** Where in the job a step runs: the index of the first step whose `run` starts with the command. */
const stepIndex = (job: Job, command: string) =>
  job.steps.findIndex((step) =>
    step.run
      ?.trim()
      .split('\n')
      .some((line) => line.trim().startsWith(command)),
  );
const cacheStep = (job: Job, action: 'restore' | 'save') =>
  job.steps.findIndex((step) => step.uses?.startsWith(`actions/cache/${action}@`));

describe('deploy.yml', () => {
  const { workflow } = load('deploy.yml');
  const build = workflow.jobs.build!;

  it('runs the check before the build in the same job, so errors stop the build and nothing is deployed', () => {
    const check = stepIndex(build, 'npm run check');
    const built = stepIndex(build, 'npm run build');
    const upload = build.steps.findIndex((step) => step.uses?.startsWith('actions/upload-pages-artifact@'));
    expect(check).toBeGreaterThan(-1);
    expect(built).toBeGreaterThan(check);
    expect(upload).toBeGreaterThan(built);
    // A failed check must fail the job: nothing may carry on after it or run the build regardless.
    expect(build.steps[check]!['continue-on-error']).toBeUndefined();
    expect(build.steps[check]!.run).not.toMatch(/\|\||; *true|--changed-since/);
    // Judged as on the day main last changed, so the calendar moving on never freezes the site.
    expect(build.steps[check]!.run!.trim()).toBe('npm run check -- --as-of HEAD');
    for (const step of build.steps
      .slice(check + 1)
      .filter((candidate) => candidate.run || candidate.uses?.startsWith('actions/upload-pages-artifact@'))) {
      expect(step.if, step.run ?? step.uses).toBeUndefined();
    }
    expect(workflow.jobs.deploy!.needs).toBe('build');
  });

  it('restores the check cache before the check and saves it after, keyed on the content, the checker code and the settings', () => {
    const restore = cacheStep(build, 'restore');
    const save = cacheStep(build, 'save');
    const check = stepIndex(build, 'npm run check');
    expect(restore).toBeGreaterThan(stepIndex(build, 'npm install'));
    expect(restore).toBeLessThan(check);
    expect(save).toBeGreaterThan(check);
    expect(save).toBeLessThan(stepIndex(build, 'npm run build'));
    const {
      path: folder,
      key,
      'restore-keys': restoreKeys,
    } = build.steps[restore]!.with as { path: string; key: string; 'restore-keys': string };
    expect(folder).toBe(DEFAULT_CACHE_DIR);
    const hashed = [...key.matchAll(/hashFiles\(([^)]*)\)/g)].flatMap(([, args]) =>
      args!.split(',').map((arg) => arg.trim().replace(/^'|'$/g, '')),
    );
    expect(hashed).toEqual(expect.arrayContaining(['content/**', 'src/lib/**', 'package-lock.json']));
    // Each restore key is a prefix of the key: an older cache of the same code first, then any.
    const prefixes = restoreKeys
      .trim()
      .split('\n')
      .map((line) => line.trim());
    expect(prefixes.length).toBeGreaterThan(0);
    for (const prefix of prefixes) expect(key.startsWith(prefix)).toBe(true);
    // Saved even when the check fails (the next run is warm), never when the exact cache was restored.
    expect(build.steps[save]!.if).toContain('!cancelled()');
    expect(build.steps[save]!.if).toContain(`steps.${build.steps[restore]!.id}.outputs.cache-hit != 'true'`);
    expect(build.steps[save]!.with).toEqual({
      path: DEFAULT_CACHE_DIR,
      key: `\${{ steps.${build.steps[restore]!.id}.outputs.cache-primary-key }}`,
    });
  });

  it('shares the check cache with ci.yml', () => {
    const ci = Object.values(load('ci.yml').workflow.jobs)[0]!;
    expect(ci.steps[cacheStep(ci, 'restore')]!.with).toEqual(build.steps[cacheStep(build, 'restore')]!.with);
    expect(cacheStep(ci, 'restore')).toBeLessThan(stepIndex(ci, 'npm run check'));
    expect(cacheStep(ci, 'save')).toBeGreaterThan(stepIndex(ci, 'npm run check'));
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

describe('partners-sync.yml', () => {
  const { workflow } = load('partners-sync.yml');
  const job = Object.values(workflow.jobs)[0]!;
  const runs = job.steps.map((step) => step.run?.trim() ?? '');

  it('runs daily and by hand, and only its one job may push a branch and open a pull request', () => {
    expect(Object.keys(workflow.on).sort()).toEqual(['schedule', 'workflow_dispatch']);
    expect(workflow.permissions).toEqual({ contents: 'read' });
    expect(job.permissions).toEqual({ contents: 'write', 'pull-requests': 'write' });
  });

  it('syncs, checks, then proposes the change as a pull request, never pushing to main', () => {
    const at = (command: string) => runs.findIndex((run) => run.includes(command));
    expect(at('npm run partners:sync')).toBeGreaterThan(-1);
    expect(at('npm run check')).toBeGreaterThan(at('npm run partners:sync'));
    expect(at('gh pr create')).toBeGreaterThan(at('npm run check'));
    expect(runs.join('\n')).toContain('HEAD:refs/heads/$BRANCH');
    expect(runs.join('\n')).not.toMatch(/refs\/heads\/main|push[^\n]*\bmain\b/);
    expect(runs.join('\n')).toContain('git add -- content/partners');
  });
});
