/**
 * The import boundaries in eslint.config.js bite. Each fixture is linted as if it were a file at `file`, through
 * ESLint's Node API with the project's own config, so its imports resolve to the real modules; the fixtures live
 * only here, where neither `npm run lint` nor tsc sees them as files of src.
 */
import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/paths.ts';

const eslint = new ESLint({ cwd: ROOT });

/** A module at `file` (relative to the root) that imports `source` and uses it. */
async function lintImport(file: string, source: string) {
  const code = `import * as imported from '${source}';\n\nexport default imported;\n`;
  const [result] = await eslint.lintText(code, { filePath: path.join(ROOT, file) });
  return result!.messages.map(({ ruleId, message }) => ({ ruleId, message }));
}

describe('import boundaries', () => {
  it.each([
    ['a rule importing the check', 'src/lib/rules/fixture.ts', '../check/run.ts', 'Rules are pure functions'],
    ['a rule test importing the check', 'src/lib/rules/fixture.test.ts', '../check/run.ts', 'Rules are pure functions'],
    ['src/lib importing the site', 'src/lib/fixture.ts', '../site/url.ts', 'src/lib is domain logic'],
    [
      'src/lib importing a component',
      'src/lib/catalogue/fixture.ts',
      '../../components/StatusTag.astro',
      'src/lib is domain logic',
    ],
    [
      'the content reader importing the rules',
      'src/lib/content/fixture.ts',
      '../rules/index.ts',
      'Import downwards only',
    ],
    [
      'the rules core importing a rule',
      'src/lib/rules/core/fixture.ts',
      '../accessibility.ts',
      'Import downwards only',
    ],
    [
      'the schema importing the catalogue',
      'src/lib/schema/fixture.ts',
      '../catalogue/catalogue.ts',
      'Import downwards only',
    ],
    [
      'a page importing test code',
      'src/pages/fixture.ts',
      '../../tests/support/github-api-server.ts',
      'does not depend on benchmark or test code',
    ],
    [
      'a page importing test support',
      'src/pages/fixture.ts',
      '../../support/paths.ts',
      'does not depend on test helpers',
    ],
    [
      'a module importing the shared test helpers',
      'src/lib/catalogue/fixture.ts',
      '../../../support/static-server.ts',
      'does not depend on test helpers',
    ],
    [
      'a test beside a module importing the tests folder',
      'src/lib/catalogue/fixture.test.ts',
      '../../../tests/support/github-api-server.ts',
      'does not depend on benchmark or test code',
    ],
  ])('refuses %s', async (_what, file, source, reason) => {
    const messages = await lintImport(file, source);
    expect(messages).toEqual([{ ruleId: 'import-x/no-restricted-paths', message: expect.stringContaining(reason) }]);
  });

  it('refuses Astro in src/lib', async () => {
    const messages = await lintImport('src/lib/catalogue/fixture.ts', 'astro:content');
    expect(messages).toEqual([
      { ruleId: 'no-restricted-imports', message: expect.stringContaining('plain TypeScript') },
    ]);
  });

  it.each([
    ['a rule importing the schema', 'src/lib/rules/fixture.ts', '../schema/consultation.ts'],
    ['the check importing the rules', 'src/lib/check/fixture.ts', '../rules/index.ts'],
    ['a schema test reading a file with the content reader', 'src/lib/schema/fixture.test.ts', '../content/load.ts'],
    ['a page importing src/lib', 'src/pages/fixture.ts', '../lib/catalogue/catalogue.ts'],
    [
      'a test beside a module importing the shared test helpers',
      'src/lib/catalogue/fixture.test.ts',
      '../../../support/browser.ts',
    ],
    ['a test beside a module using test support', 'src/lib/render/fixture.test.ts', '../../../support/paths.ts'],
  ])('allows %s', async (_what, file, source) => {
    expect(await lintImport(file, source)).toEqual([]);
  });
});
