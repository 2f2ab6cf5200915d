/**
 * `npm run partners:sync`: copies each partner hub's feed (its /data/consultations.json, this project's own
 * format) into content/partners/<id>.json, so builds are reproducible and offline and every change to what a
 * partner publishes here arrives as a reviewed pull request.
 *
 * A feed is written only when the whole of it is good: it answers in time, is JSON, matches the JSON Schema
 * this hub publishes (/data/schema.json, derived from the same zod schema), and every record passes the
 * consultation schema that reads it at build time. Otherwise the last good copy stays as it is and the result
 * says why. The file is written beside its final name and renamed into place, so a reader never sees half.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv2020, type ErrorObject } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { partnerEntries } from '../content/partners.ts';
import { consultationDatasetJsonSchema } from '../opendata/json-schema.ts';
import { partnerFile } from '../routes.ts';
import { ownOrganisation, type Organisation } from '../schema/partnership.ts';
import type { SiteSettings } from '../schema/settings.ts';

/** Larger than any real hub's feed (10,000 consultations are about 40 MB) but not unbounded. */
export const MAX_FEED_BYTES = 100 * 1024 * 1024;
export const FEED_TIMEOUT_MS = 60_000;

/** Reads a feed; the default is the platform's fetch. Tests pass one that reaches a local server. */
export type FetchFeed = (url: string, init: { signal: AbortSignal }) => Promise<Response>;

export interface SyncResult {
  organisation: string;
  file: string;
  outcome: 'updated' | 'unchanged' | 'failed';
  /** How many consultations the copy now holds (the last good copy's count is not known after a failure). */
  consultations?: number;
  /** Why a feed was refused, in words; the last good copy is kept. */
  problem?: string;
}

export interface SyncOptions {
  root: string;
  site: SiteSettings;
  fetchFeed?: FetchFeed;
  timeoutMs?: number;
}

let validator: ReturnType<Ajv2020['compile']> | undefined;

/** The published JSON Schema, compiled once. Its $id is not fetched: it is this hub's own schema. */
function datasetValidator() {
  if (!validator) {
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    addFormats.default(ajv);
    validator = ajv.compile(consultationDatasetJsonSchema('https://example.invalid/data/schema.json'));
  }
  return validator;
}

function describeSchemaErrors(errors: readonly ErrorObject[]): string {
  const shown = errors.slice(0, 5).map((error) => {
    const where = error.instancePath.replace(/^\//, '').replace(/\//g, '.') || '(top level)';
    return `${where} ${error.message ?? 'is not allowed'}`;
  });
  return `${shown.join('; ')}${errors.length > 5 ? `; and ${errors.length - 5} more` : ''}`;
}

/** Every partner with a feed, in the order of site.yaml. */
export function partnersWithFeeds(site: SiteSettings): (Organisation & { feed: string })[] {
  const own = ownOrganisation(site).id;
  return site.organisations.filter(
    (organisation): organisation is Organisation & { feed: string } =>
      organisation.id !== own && organisation.feed !== undefined,
  );
}

export async function syncPartners(options: SyncOptions): Promise<SyncResult[]> {
  const results: SyncResult[] = [];
  for (const organisation of partnersWithFeeds(options.site)) results.push(await syncPartner(organisation, options));
  return results;
}

async function syncPartner(organisation: Organisation & { feed: string }, options: SyncOptions): Promise<SyncResult> {
  const file = partnerFile(organisation.id);
  const failed = (problem: string): SyncResult => ({
    organisation: organisation.id,
    file,
    outcome: 'failed',
    problem: `${organisation.name}'s feed ${organisation.feed} ${problem}; kept the last good copy in ${file}`,
  });
  if (!organisation.feed.startsWith('https://')) return failed('is not a full https:// address');
  let text: string;
  try {
    text = await readFeed(organisation.feed, options.fetchFeed ?? fetch, options.timeoutMs ?? FEED_TIMEOUT_MS);
  } catch (error) {
    return failed(`could not be read: ${reasonOf(error)}`);
  }
  let dataset: unknown;
  try {
    dataset = JSON.parse(text);
  } catch (error) {
    return failed(`is not JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  const validate = datasetValidator();
  if (!validate(dataset))
    return failed(`does not match /data/schema.json: ${describeSchemaErrors(validate.errors ?? [])}`);
  const copy = `${JSON.stringify(dataset, null, 2)}\n`;
  const read = partnerEntries(copy, organisation, file);
  if (read.problems.length)
    return failed(`has consultations this hub cannot publish: ${read.problems.map((p) => p.message).join('; ')}`);
  const target = path.join(options.root, file);
  const result = { organisation: organisation.id, file, consultations: read.entries.length };
  if (readIfThere(target) === copy) return { ...result, outcome: 'unchanged' };
  writeAtomically(target, copy);
  return { ...result, outcome: 'updated' };
}

async function readFeed(url: string, fetchFeed: FetchFeed, timeoutMs: number): Promise<string> {
  const response = await fetchFeed(url, { signal: AbortSignal.timeout(timeoutMs) });
  if (!response.ok) throw new Error(`the server answered ${response.status} ${response.statusText}`.trim());
  const declared = Number(response.headers.get('content-length') ?? 0);
  if (declared > MAX_FEED_BYTES) throw new Error(`it is ${declared} bytes, more than the ${MAX_FEED_BYTES} allowed`);
  const bytes = new Uint8Array(await response.arrayBuffer());
  if (bytes.byteLength > MAX_FEED_BYTES) throw new Error(`it is more than the ${MAX_FEED_BYTES} bytes allowed`);
  return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
}

/** fetch says only "fetch failed"; the reason (a refused connection, an unknown host, a timeout) is its cause. */
function reasonOf(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  if (error.name === 'TimeoutError') return 'it did not answer in time';
  return error.cause instanceof Error ? `${error.message} (${error.cause.message})` : error.message;
}

function readIfThere(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

/** Written beside its final name, then renamed over it: on one file system the rename is atomic. */
function writeAtomically(target: string, text: string): void {
  mkdirSync(path.dirname(target), { recursive: true });
  const temporary = path.join(path.dirname(target), `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    writeFileSync(temporary, text, { flag: 'wx' });
    renameSync(temporary, target);
  } finally {
    rmSync(temporary, { force: true });
  }
}
