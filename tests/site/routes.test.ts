/** Every page path src/lib/routes.ts names is a page of the built site, so a link built from it never breaks. */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { PAGES } from '../../src/lib/routes.ts';
import { SITE_DIR } from '../../support/paths.ts';

const builtFile = (page: string) => (page === '' || page.endsWith('/') ? `${page}index.html` : page);

it.each(Object.entries(PAGES))('%s (%j) is built', (_name, page) => {
  expect(existsSync(path.join(SITE_DIR, builtFile(page)))).toBe(true);
});
