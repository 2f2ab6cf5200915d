/**
 * The whole project type-checks under strict TypeScript. Runs after the global setup's build, which
 * has written Astro's generated types (.astro/) that src/ imports through astro:content.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { expect, it } from 'vitest';
import { ROOT } from '../support/paths.ts';

it('type-checks with tsc --noEmit', async () => {
  const result = await promisify(execFile)('npx', ['tsc', '--noEmit', '-p', '.'], { cwd: ROOT }).then(
    () => '',
    (error: { stdout?: string }) => error.stdout ?? String(error),
  );
  expect(result).toBe('');
});
