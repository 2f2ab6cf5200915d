/**
 * One reader: every file of the sample content and of the bad-input corpus gives the same frontmatter
 * data through every path that reads content files: the check (fresh and from its cache; its worker
 * threads are compared with it in src/lib/check/parallel.test.ts), the site's content loader, the
 * approvals classifier and the history (frontmatterData, ParsedVersion) and the git facts. The paths
 * must also agree on which files could be read at all.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import { afterAll, describe, expect, it } from 'vitest';
import { GATE_BYPASS_VARIABLE } from '../../src/lib/check/build-gate.ts';
import { parseEntry } from '../../src/lib/content/entry.ts';
import { cachedEntry, checkFile } from '../../src/lib/check/file-result.ts';
import { contentBytes, contentSource, listContentFiles, type ContentFile } from '../../src/lib/content/load.ts';
import { loadSettings } from '../../src/lib/content/settings.ts';
import { frontmatterData } from '../../src/lib/content/source.ts';
import { isIsoDate } from '../../src/lib/dates/calendar-date.ts';
import { readGitFacts } from '../../src/lib/git/read-facts.ts';
import { parseVersion } from '../../src/lib/history/changes.ts';
import { COLLECTION_NAMES } from '../../src/lib/schema/index.ts';
import { contentLoader } from '../../src/site/content-loader.ts';
import { corpusFolder } from '../../support/corpus.ts';
import { ROOT } from '../../support/paths.ts';

const CASES = corpusFolder();

/** Every content file of content/ and of every corpus case, in one tree (corpus files renamed after their case, so none collide). */
function gatherTree(): string {
  const root = mkdtempSync(path.join(os.tmpdir(), 'one-reader-'));
  cpSync(path.join(ROOT, 'content'), path.join(root, 'content'), { recursive: true });
  for (const name of readdirSync(CASES)) {
    for (const collection of COLLECTION_NAMES) {
      const dir = path.join(CASES, name, 'content', collection);
      if (!existsSync(dir)) continue;
      const files = readdirSync(dir).filter((file) => file.endsWith('.mdx'));
      mkdirSync(path.join(root, 'content', collection), { recursive: true });
      for (const file of files) copyFileSync(path.join(dir, file), path.join(root, 'content', collection, `${name}--${file}`));
    }
  }
  return root;
}

const root = gatherTree();
afterAll(() => rmSync(root, { recursive: true, force: true }));
const settings = loadSettings(ROOT);
const files = listContentFiles(root).filter((file) => file.kind === 'file');
const key = (file: ContentFile) => `${file.collection}/${file.name}`;
const textOf = (file: ContentFile) => readFileSync(file.path, 'utf8');

/** What the check reads: the frontmatter of each file as the rules see it. */
const checked = new Map(files.map((file) => [key(file), contentSource(file, contentBytes(file)).frontmatter?.data]));

describe('one reader', () => {
  it('gathers the sample content and the whole corpus, most of it readable', () => {
    expect(files.length).toBeGreaterThan(150);
    expect([...checked.values()].filter((data) => data !== undefined).length).toBeGreaterThan(130);
  });

  it('the check from its cache reads what it reads fresh', () => {
    for (const file of files) {
      const bytes = contentBytes(file);
      const result = checkFile(parseEntry(contentSource(file, bytes)), settings);
      expect(cachedEntry(file, bytes, result).source.frontmatter?.data, key(file)).toEqual(checked.get(key(file)));
    }
  });

  it('the approvals classifier and the history read what the check reads', () => {
    for (const file of files) {
      const text = textOf(file);
      expect(frontmatterData(text), key(file)).toEqual(checked.get(key(file)));
      expect(parseVersion(text).frontmatter, key(file)).toEqual(checked.get(key(file)) ?? {});
    }
  });

  it("the site's content loader gives Astro what the check reads, for every file it builds", async () => {
    process.env[GATE_BYPASS_VARIABLE] = '1';
    const given = new Map<string, unknown>();
    try {
      for (const collection of COLLECTION_NAMES) {
        const context = {
          config: { root: pathToFileURL(`${root}/`), base: '/' },
          store: { get: () => undefined, set: () => true, delete: () => true, keys: () => [] },
          parseData: async ({ data, filePath }: { data: unknown; filePath: string }) => {
            given.set(filePath.replace(/^content\//, ''), data);
            return data;
          },
          generateDigest: (text: string) => text,
          logger: { warn: () => {}, error: () => {} },
        } as unknown as LoaderContext;
        await contentLoader(collection).load(context);
      }
    } finally {
      delete process.env[GATE_BYPASS_VARIABLE];
    }
    // The loader builds every file whose frontmatter validates, and reads it as the check does.
    expect(given.size).toBeGreaterThan(100);
    for (const [file, data] of given) expect(data, file).toEqual(checked.get(file));
    for (const file of files) {
      if (parseEntry(contentSource(file, contentBytes(file))).data !== undefined) expect(given.has(key(file)), key(file)).toBe(true);
    }
  });

  it('the git facts read the dates the check reads', () => {
    const repo = mkdtempSync(path.join(os.tmpdir(), 'one-reader-git-'));
    try {
      cpSync(path.join(root, 'content'), path.join(repo, 'content'), { recursive: true });
      const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, env: { ...process.env, GIT_AUTHOR_DATE: '2000-01-03T12:00:00Z', GIT_COMMITTER_DATE: '2000-01-03T12:00:00Z' } });
      git('init', '-q', '-b', 'main');
      git('-c', 'user.name=Editor', '-c', 'user.email=editor@harrowdale.example', 'add', '.');
      git('-c', 'user.name=Editor', '-c', 'user.email=editor@harrowdale.example', 'commit', '-q', '-m', 'All content');
      const facts = readGitFacts(repo, 'main');
      if (!facts.available) throw new Error(facts.reason);
      for (const file of files.filter((listed) => listed.collection === 'consultations')) {
        const history = facts.consultations.get(file.name.replace(/\.mdx$/, ''));
        // Committed in 2000, before any opening date: a consultation is forthcoming in history exactly when its opening date was read.
        expect(history?.firstForthcoming !== undefined, key(file)).toBe(isIsoDate(checked.get(key(file))?.opens));
      }
    } finally {
      rmSync(repo, { recursive: true, force: true });
    }
  });
});
