// @ts-check
/**
 * Lint rules for the whole project, and the import boundaries that keep its layers apart (`npm run lint`).
 *
 * The layers of src/lib, bottom to top. A module may import its own layer and the layers below it, never one
 * above it:
 *
 *   1. schema, dates, text, routes.ts: what a field is (and the rule ids a standard's `enforcedBy` names,
 *      schema/rule-ids.ts), calendar days, wording, where pages and files are; decision-trail.ts, what the
 *      answers of a decision record point to and where an action stands
 *   2. content, render and git: reading a file into data (content/entry.ts: the entry the rules judge), the one
 *      allowlist a body is rendered through, reading the repository; status.ts and launch-readiness.ts, what one entry says on its own; labels.ts, what each
 *      value of an enum is called
 *   3. rules core (src/lib/rules/core): findings, positions, finding builders and the shape of a rule, with
 *      the rule ids and entry types re-exported, so rules and the check share them without importing each other
 *   4. rules: pure functions over parsed content, settings, `today` and git facts
 *   5. check: runs the rules over files and trees, for the CLI, the Actions and the CMS preview
 *   6. catalogue: the consultations as the site lists them
 *   7. history, governance, opendata, quality-report, search, cms, partners: features built on all of the above
 *
 * Test files beside a module may use higher layers to build realistic input (a schema test reads a file with
 * the content reader); the other boundaries hold for them too. Outside src/lib: src/lib imports nothing else in
 * src and nothing from Astro (pages, components, layouts, the site, integrations and the CMS render or wire it
 * up); nothing in src imports bench/ or tests/, and only the tests beside a module import support/ (helpers tests and
 * benchmarks share); scripts/ may import bench/, support/ and src.
 */
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import astro from 'eslint-plugin-astro';
import { importX } from 'eslint-plugin-import-x';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Each layer's folders and files under src/lib, bottom first. */
const LIB_LAYERS = [
  ['schema', 'dates', 'text', 'routes.ts', 'decision-trail.ts'],
  ['content', 'render', 'git', 'status.ts', 'launch-readiness.ts', 'labels.ts'],
  ['rules/core'],
  ['rules'],
  ['check'],
  ['catalogue'],
  ['history', 'governance', 'opendata', 'quality-report', 'search', 'cms', 'partners'],
];

const TESTS = ['**/*.test.ts'];
const LAYER_ORDER = LIB_LAYERS.map((layer) => layer.join(', ')).join(' < ');

/**
 * Boundaries for every file, tests included. Zones name folders and files, not globs: import-x/no-restricted-paths
 * resolves `except` against each `from` only for paths.
 */
const BOUNDARIES = [
  {
    target: 'src/lib/rules',
    from: 'src/lib/check',
    message: 'Rules are pure functions over parsed content; the check runs them, not the other way round.',
  },
  {
    target: 'src/lib',
    from: 'src',
    except: ['lib'],
    message: 'src/lib is domain logic: it does not import the site, integrations, pages, components, layouts or CMS.',
  },
  {
    target: 'src',
    from: ['bench', 'tests'],
    message: 'The product does not depend on benchmark or test code.',
  },
];

/** The helpers tests and benchmarks share (support/) serve the tests beside a module, never the product itself. */
const PRODUCT_BOUNDARIES = [
  ...BOUNDARIES,
  {
    target: 'src',
    from: 'support',
    message: 'The product does not depend on test helpers: only the tests beside a module use support/.',
  },
];

/**
 * One zone per layer: its modules may not import a layer above it. A folder above may hold one of the layer's own
 * (rules holds rules/core): that part is excepted.
 */
const LAYER_ZONES = LIB_LAYERS.slice(0, -1).map((layer, index) => {
  // rules -> check has its own zone and message above.
  const above = LIB_LAYERS.slice(index + 1)
    .flat()
    .filter((name) => !(layer.includes('rules') && name === 'check'));
  return {
    target: layer.map((name) => `src/lib/${name}`),
    from: above.map((name) => `src/lib/${name}`),
    except: layer.flatMap((own) =>
      above.filter((name) => own.startsWith(`${name}/`)).map((name) => own.slice(name.length + 1)),
    ),
    message: `Import downwards only; the layers of src/lib, bottom to top: ${LAYER_ORDER}.`,
  };
});

const restrictedPaths = (zones) => ['error', { basePath: import.meta.dirname, zones }];

export default defineConfig(
  globalIgnores([
    'dist/',
    'tests/.output/',
    '.astro/',
    'bench/work/',
    'bench/results.json',
    'content/',
    'public/',
    'tests/corpus/cases/',
  ]),

  {
    files: ['**/*.{js,mjs,ts}'],
    extends: [js.configs.recommended, tseslint.configs.recommended],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // Control characters are matched on purpose: content is untrusted and hostile text is refused or neutralised.
      'no-control-regex': 'off',
    },
  },
  {
    files: ['tests/**'],
    rules: {
      // Expected CLI output is written as printed: its columns are two spaces apart.
      'no-regex-spaces': 'off',
    },
  },
  {
    // The browser islands: the search page's script and the CMS.
    files: ['src/components/search/*.ts', 'src/cms/**'],
    languageOptions: { globals: { ...globals.browser } },
  },

  // Import boundaries.
  {
    files: ['**/*.{js,mjs,ts,astro}'],
    plugins: { 'import-x': importX },
    settings: { 'import-x/resolver-next': [importX.createNodeResolver()] },
    rules: { 'import-x/no-restricted-paths': restrictedPaths(BOUNDARIES) },
  },
  {
    files: ['src/**/*.{js,mjs,ts,astro}'],
    ignores: TESTS,
    rules: { 'import-x/no-restricted-paths': restrictedPaths(PRODUCT_BOUNDARIES) },
  },
  {
    files: ['src/lib/**/*.ts'],
    ignores: TESTS,
    rules: { 'import-x/no-restricted-paths': restrictedPaths([...PRODUCT_BOUNDARIES, ...LAYER_ZONES]) },
  },
  {
    files: ['src/lib/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['astro', 'astro/*', 'astro:*', '@astrojs/*'],
              message:
                'src/lib is plain TypeScript: Astro belongs in src/site, src/pages, src/components and src/layouts.',
            },
          ],
        },
      ],
    },
  },
);
