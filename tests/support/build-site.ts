/**
 * Vitest global setup: builds the sample site once (`npm run build`: Astro, then the Pagefind bundles)
 * with a fixed TODAY into tests/.output/site. Set SKIP_SITE_BUILD=1 to reuse an existing build while iterating, or
 * TEST_SITE_DIR to test a build made elsewhere.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { ROOT, SITE_DIR, TEST_TODAY } from './paths.ts';

export default function setup(): void {
  if (process.env.TEST_SITE_DIR) return;
  if (process.env.SKIP_SITE_BUILD === '1' && existsSync(SITE_DIR)) return;
  rmSync(SITE_DIR, { recursive: true, force: true });
  const env = { ...process.env, TODAY: TEST_TODAY, ASTRO_TELEMETRY_DISABLED: '1' };
  const started = Date.now();
  execFileSync('npm', ['run', '--silent', 'build', '--', '--outDir', SITE_DIR], { cwd: ROOT, env, stdio: ['ignore', 'ignore', 'inherit'] });
  process.stdout.write(`Built the sample site for tests in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
}
