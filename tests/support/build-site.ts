/**
 * Vitest global setup: builds the sample site once (`npm run build`: Astro, then the Pagefind bundles)
 * with a fixed TODAY into tests/.output/site, then again as on OPENING_DAY into tests/.output/site-opening-day
 * for the launch gate. Set SKIP_SITE_BUILD=1 to reuse existing builds while iterating, or TEST_SITE_DIR to
 * test a build made elsewhere. The builds run one after the other: they share Astro's caches.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { OPENING_DAY, OPENING_DAY_SITE_DIR, ROOT, SITE_DIR, TEST_TODAY } from '../../support/paths.ts';

function build(outDir: string, today: string, what: string): void {
  if (process.env.SKIP_SITE_BUILD === '1' && existsSync(outDir)) return;
  rmSync(outDir, { recursive: true, force: true });
  const env = { ...process.env, TODAY: today, ASTRO_TELEMETRY_DISABLED: '1' };
  const started = Date.now();
  execFileSync('npm', ['run', '--silent', 'build', '--', '--outDir', outDir], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  process.stdout.write(`Built ${what} in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
}

export default function setup(): void {
  if (!process.env.TEST_SITE_DIR) build(SITE_DIR, TEST_TODAY, 'the sample site for tests');
  build(OPENING_DAY_SITE_DIR, OPENING_DAY, `the sample site as on ${OPENING_DAY}`);
}
