/**
 * The production bundle of /admin/ from the shared test build: Decap boots, reads the generated
 * config.yml and, with no local proxy running, offers GitHub sign-in (the live site's backend).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { parse } from 'yaml';
import { SITE_DIR } from '../../support/paths.ts';
import { useSite } from '../support/served-site.ts';

const site = useSite();

it('the built admin page is kept out of search and points at the generated config', () => {
  const html = readFileSync(path.join(SITE_DIR, 'admin/index.html'), 'utf8');
  expect(html).toContain('<meta name="robots" content="noindex, nofollow">');
  expect(html).not.toContain('data-pagefind-body');
  expect(html).not.toMatch(/<script[^>]+src="https?:/);
  const config = parse(readFileSync(path.join(SITE_DIR, 'admin/config.yml'), 'utf8'));
  expect(config.backend).toMatchObject({ name: 'github', repo: 'harrowdale-council/consultation-hub', branch: 'main' });
});

it('boots Decap from the bundle and offers GitHub sign-in when no local proxy runs', async () => {
  const context = await site.browser.newContext();
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(site.url('/admin/'));
  await expect
    .poll(() => page.getByRole('button', { name: /Login with GitHub/i }).count(), { timeout: 30_000 })
    .toBe(1);
  expect(errors).toEqual([]);
  await context.close();
});
