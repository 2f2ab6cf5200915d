/**
 * The build's own gate: `npm run build` refuses content the check rejects, naming the file and the
 * problem, and the test-only way round it is set by no workflow.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { GATE_BYPASS_VARIABLE } from '../../src/lib/check/build-gate.ts';
import { corpusFile } from '../../support/corpus.ts';
import { ROOT, TEST_TODAY } from '../../support/paths.ts';
import { copyProjectInto } from '../../support/project-copy.ts';
import { readWorkflow, workflowFiles } from '../support/workflows.ts';

const project = mkdtempSync(path.join(os.tmpdir(), 'build-gate-'));
afterAll(() => rmSync(project, { recursive: true, force: true }));

it('npm run build stops on a file with mdx-safety or schema errors, and names each file, line and problem', () => {
  cpSync(path.join(ROOT, 'content'), path.join(project, 'content'), { recursive: true });
  const hostile = (name: string) => corpusFile(`hostile-${name}`);
  writeFileSync(path.join(project, 'content/consultations/script-inline.mdx'), hostile('script-inline'));
  writeFileSync(path.join(project, 'content/consultations/yaml-function-tag.mdx'), hostile('yaml-function-tag'));
  copyProjectInto(project);
  const env: NodeJS.ProcessEnv = { ...process.env, TODAY: TEST_TODAY, ASTRO_TELEMETRY_DISABLED: '1' };
  delete env[GATE_BYPASS_VARIABLE];
  const build = spawnSync('npm', ['run', '--silent', 'build'], { cwd: project, env, encoding: 'utf8' });
  expect(build.status).not.toBe(0);
  const output = build.stdout + build.stderr;
  expect(output).toContain('2 content files in content/consultations failed the check, so the site is not built');
  expect(output).toContain(
    'content/consultations/script-inline.mdx:35: mdx-safety: <script> is not allowed in content',
  );
  expect(output).toContain(
    'content/consultations/yaml-function-tag.mdx:8: schema: the YAML tag !!js/function is not allowed',
  );
  expect(readdirSync(project)).not.toContain('dist');
}, 240_000);

it(`no workflow sets ${GATE_BYPASS_VARIABLE}`, () => {
  for (const file of workflowFiles()) expect(readWorkflow(file).text, file).not.toContain(GATE_BYPASS_VARIABLE);
});
