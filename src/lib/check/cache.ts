/**
 * The check cache: each file's per-file result (file-result.ts) under the SHA-1 of its bytes, valid for
 * one version of the checker code and one set of settings. A warm check parses and checks again only
 * the files that changed; the rules that compare files or read `today` and git run every time. CI and
 * the deploy keep this folder between runs (actions/cache); whatever cache they restore, a result is
 * reused only for the same bytes under the same code and settings, so a stale cache cannot hide a finding.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import type { Settings } from '../content/settings.ts';
import type { FileResult } from './file-result.ts';
import type { Finding, KeyIndex, Position } from '../rules/core/index.ts';

/** Bump when results change for a reason the code hash below cannot see. */
export const CACHE_VERSION = 1;

/** Relative to the content repository, like other tools' caches. */
export const DEFAULT_CACHE_DIR = path.join('node_modules', '.cache', 'consultation-hub', 'check');

const CACHE_FILE = 'results.v8';

/**
 * What per-file results are computed by: the rules, the check, the schemas, dates (with the bank holidays),
 * the content reader, render and text, and whatever else of src/lib they import. The key hashes every
 * module of src/lib rather than that import closure (about half of it), on purpose: working the closure out
 * here would mean parsing static, dynamic and worker imports, and one missed edge would serve findings the
 * old code computed, while hashing it all only starts a check cold once after an edit no rule sees. src/lib
 * imports nothing else of the repository (eslint.config.js), and packages are pinned by package-lock.json,
 * which is hashed too. src/lib/check/cache.test.ts proves that every module the rules reach is hashed and
 * moves the key.
 */
const LIB = fileURLToPath(new URL('..', import.meta.url));

let codeVersion: string | undefined;

/** The files the code hash reads, sorted: the modules and data of `lib` (tests aside), and package-lock.json. */
export function checkerFiles(lib = LIB): string[] {
  return readdirSync(lib, { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.(ts|json)$/.test(name) && !name.endsWith('.test.ts'))
    .map((name) => path.join(lib, name))
    .concat(path.join(lib, '..', '..', 'package-lock.json'))
    .filter((file) => existsSync(file))
    .sort();
}

/** A hash of the domain code's source and the installed parser versions (package-lock.json): any edit starts cold. */
export function checkerVersion(lib = LIB): string {
  if (lib === LIB && codeVersion) return codeVersion;
  const hash = createHash('sha1').update(`consultation-hub check cache ${CACHE_VERSION}\n`);
  for (const file of checkerFiles(lib)) hash.update(`${path.relative(lib, file)}\n`).update(readFileSync(file));
  const version = hash.digest('base64');
  if (lib === LIB) codeVersion = version;
  return version;
}

/** Settings change what many per-file rules report (required sections, jargon, periods), so any change starts cold. */
export function cacheKey(settings: Settings): string {
  return createHash('sha1').update(checkerVersion()).update(JSON.stringify(settings)).digest('base64');
}

export function fileHash(bytes: Uint8Array): string {
  return createHash('sha1').update(bytes).digest('base64');
}

/**
 * Key positions packed as (path number, line, column) triples, with the paths shared by all files: a
 * key index per file as a Map would make the cache several times larger and slower to read.
 */
interface StoredResult {
  hash: string;
  data?: unknown;
  issues: FileResult['issues'];
  /** Absent when no rule needed a position in the frontmatter. */
  keys?: Uint32Array;
  /** Only rules with findings. */
  findings: ReadonlyMap<string, readonly Finding[]>;
}

interface StoredCache {
  key: string;
  paths: string[];
  files: Map<string, StoredResult>;
}

class PackedKeyIndex implements KeyIndex {
  private readonly pathIds: ReadonlyMap<string, number>;
  private readonly paths: readonly string[];
  private readonly keys: Uint32Array;

  constructor(pathIds: ReadonlyMap<string, number>, paths: readonly string[], keys: Uint32Array) {
    this.pathIds = pathIds;
    this.paths = paths;
    this.keys = keys;
  }

  get(pathKey: string): Position | undefined {
    const id = this.pathIds.get(pathKey);
    if (id === undefined) return undefined;
    for (let at = 0; at < this.keys.length; at += 3) {
      if (this.keys[at] === id) return { line: this.keys[at + 1]!, column: this.keys[at + 2]! };
    }
    return undefined;
  }

  *entries(): Iterable<[string, Position]> {
    for (let at = 0; at < this.keys.length; at += 3)
      yield [this.paths[this.keys[at]!]!, { line: this.keys[at + 1]!, column: this.keys[at + 2]! }];
  }
}

export class CheckCache {
  private readonly paths: string[];
  private readonly pathIds: Map<string, number>;
  private readonly stored: ReadonlyMap<string, StoredResult>;
  private readonly current = new Map<string, StoredResult>();
  private changed = false;
  /** How many files `get` found unchanged. */
  reused = 0;

  private readonly file: string;
  private readonly key: string;

  private constructor(file: string, key: string, stored?: StoredCache) {
    this.file = file;
    this.key = key;
    this.paths = stored?.paths ?? [];
    this.pathIds = new Map(this.paths.map((pathKey, id) => [pathKey, id]));
    this.stored = stored?.files ?? new Map();
  }

  /** An unreadable or outdated cache is simply empty: the check then runs cold. */
  static open(dir: string, settings: Settings): CheckCache {
    const file = path.join(dir, CACHE_FILE);
    const key = cacheKey(settings);
    let stored: StoredCache | undefined;
    try {
      const candidate = deserialize(readFileSync(file)) as StoredCache;
      if (candidate.key === key) stored = candidate;
    } catch {
      stored = undefined;
    }
    return new CheckCache(file, key, stored);
  }

  get(file: string, hash: string): FileResult | undefined {
    const stored = this.stored.get(file);
    if (!stored || stored.hash !== hash) return undefined;
    this.current.set(file, stored);
    this.reused += 1;
    const result: FileResult = { issues: stored.issues, findings: stored.findings };
    if (stored.keys) result.keys = new PackedKeyIndex(this.pathIds, this.paths, stored.keys);
    if (stored.data !== undefined) result.data = stored.data;
    return result;
  }

  set(file: string, hash: string, result: FileResult): void {
    const stored: StoredResult = {
      hash,
      issues: result.issues,
      findings: new Map([...result.findings].filter(([, findings]) => findings.length > 0)),
    };
    if (result.keys) {
      const keys: number[] = [];
      for (const [pathKey, { line, column }] of result.keys.entries()) keys.push(this.pathId(pathKey), line, column);
      stored.keys = Uint32Array.from(keys);
    }
    if (result.data !== undefined) stored.data = result.data;
    this.current.set(file, stored);
    this.changed = true;
  }

  /** Keeps this run's files only, so deleted files drop out; nothing is written when nothing changed. */
  save(): void {
    if (!this.changed && this.current.size === this.stored.size) return;
    try {
      mkdirSync(path.dirname(this.file), { recursive: true });
      const temporary = `${this.file}.${process.pid}.tmp`;
      writeFileSync(
        temporary,
        serialize({ key: this.key, paths: this.paths, files: this.current } satisfies StoredCache),
      );
      renameSync(temporary, this.file);
    } catch {
      // A read-only checkout still gets its findings; only the next run is slower.
    }
  }

  private pathId(pathKey: string): number {
    let id = this.pathIds.get(pathKey);
    if (id === undefined) {
      id = this.paths.length;
      this.paths.push(pathKey);
      this.pathIds.set(pathKey, id);
    }
    return id;
  }
}
