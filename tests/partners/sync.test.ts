/**
 * `npm run partners:sync` against Northfold District Council's hub, served over real HTTP on 127.0.0.1: the feed
 * is copied whole into content/partners/, and a bad or unreachable feed leaves the last good copy untouched.
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { loadSettings } from '../../src/lib/content/settings.ts';
import { syncPartners, type FetchFeed } from '../../src/lib/partners/sync.ts';
import { serveDirectory, type StaticServer } from '../../support/static-server.ts';
import { ROOT } from '../../support/paths.ts';
import { NORTHFOLD_FEED_PATH, NORTHFOLD_SITE, northfoldDataset } from '../../support/northfold-hub.ts';

const FILE = 'content/partners/northfold-district-council.json';
const site = loadSettings(ROOT).site;
let server: StaticServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** Northfold's hub: its built site's /data/consultations.json, served from a folder on disk. */
async function northfoldHub(feed: string = JSON.stringify(northfoldDataset(), null, 2)): Promise<FetchFeed> {
  const dir = mkdtempSync(path.join(tmpdir(), 'northfold-hub-'));
  mkdirSync(path.join(dir, 'data'));
  writeFileSync(path.join(dir, NORTHFOLD_FEED_PATH), feed);
  writeFileSync(path.join(dir, '404.html'), '<h1>Page not found</h1>');
  server = await serveDirectory(dir);
  // The feed's https:// address, reached on the local server: the only thing the test changes.
  const local = server.url.replace(/\/?$/, '/');
  return (url, init) => fetch(url.replace(NORTHFOLD_SITE, local), init);
}

/** A port on 127.0.0.1 that nothing listens on. */
async function closedPort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

/** A checkout holding the last good copy of the feed, as the sample commits it. */
function checkout(): string {
  const root = mkdtempSync(path.join(tmpdir(), 'partners-sync-'));
  cpSync(path.join(ROOT, 'content/partners'), path.join(root, 'content/partners'), { recursive: true });
  return root;
}
const copyIn = (root: string) => readFileSync(path.join(root, FILE), 'utf8');
const committed = readFileSync(path.join(ROOT, FILE), 'utf8');

describe('partners:sync', () => {
  it("writes the partner's feed into content/partners/<id>.json: the committed sample is exactly what it writes", async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'partners-sync-'));
    const fetchFeed = await northfoldHub();
    expect(await syncPartners({ root, site, fetchFeed })).toEqual([
      { organisation: 'northfold-district-council', file: FILE, outcome: 'updated', consultations: 3 },
    ]);
    expect(copyIn(root)).toBe(committed);
    const again = await syncPartners({ root, site, fetchFeed });
    expect(again[0]!.outcome).toBe('unchanged');
    expect(readdirSync(path.join(root, 'content/partners'))).toEqual(['northfold-district-council.json']);
  });

  it('picks up what the partner publishes next', async () => {
    const root = checkout();
    const fetchFeed = await northfoldHub(JSON.stringify(northfoldDataset('2026-12-01'), null, 2));
    const [result] = await syncPartners({ root, site, fetchFeed });
    expect(result!.outcome).toBe('updated');
    expect(JSON.parse(copyIn(root)).generated).toBe('2026-12-01');
  });

  it.each([
    [
      'a record missing a required field',
      (feed: string) => feed.replace(/"title": "Opening hours[^"]*",/, ''),
      /does not match \/data\/schema\.json: consultations\.\d+ must have required property 'title'/,
    ],
    ['text that is not JSON', (feed: string) => feed.slice(0, 500), /is not JSON/],
    [
      'a javascript: link',
      (feed: string) =>
        feed.replace(
          '"url": "https://haveyoursay.northfold.example/consultations/local-plan-2040/"',
          '"url": "javascript:alert(1)"',
        ),
      /has consultations this hub cannot publish: consultations\.2: url must be a web address starting https:\/\//,
    ],
    [
      'hidden characters that reorder text',
      (feed: string) => feed.replace('Northfold local plan to 2040', 'Northfold local plan \u202Eto 2040'),
      /consultations\.2: title contains an invisible right-to-left override/,
    ],
  ])('refuses %s and keeps the last good copy', async (_, spoil, message) => {
    const root = checkout();
    const fetchFeed = await northfoldHub(spoil(JSON.stringify(northfoldDataset('2026-12-01'), null, 2)));
    const [result] = await syncPartners({ root, site, fetchFeed });
    expect(result!.outcome).toBe('failed');
    expect(result!.problem).toMatch(
      /^Northfold District Council's feed https:\/\/haveyoursay\.northfold\.example\/data\/consultations\.json /,
    );
    expect(result!.problem).toMatch(message);
    expect(result!.problem).toMatch(/kept the last good copy in content\/partners\/northfold-district-council\.json$/);
    expect(copyIn(root)).toBe(committed);
  });

  it('keeps the last good copy when the hub answers with an error or cannot be reached', async () => {
    const root = checkout();
    const missing: FetchFeed = async (url, init) => {
      const reach = await northfoldHub();
      return reach(url.replace('consultations.json', 'nothing.json'), init);
    };
    const [notFound] = await syncPartners({ root, site, fetchFeed: missing });
    expect(notFound!.problem).toContain('could not be read: the server answered 404');
    const closed = await closedPort();
    const unreachable: FetchFeed = (url, init) =>
      fetch(url.replace(NORTHFOLD_SITE, `http://127.0.0.1:${closed}/`), init);
    const [refused] = await syncPartners({ root, site, fetchFeed: unreachable });
    expect(refused!.problem).toMatch(/could not be read: fetch failed \(.*ECONNREFUSED/);
    expect(copyIn(root)).toBe(committed);
    expect(readdirSync(path.join(root, 'content/partners'))).toEqual(['northfold-district-council.json']);
  });
});

describe('npm run partners:sync', () => {
  it('says which feed it could not read, exits 1 and leaves the copy as it was', async () => {
    const root = checkout();
    cpSync(path.join(ROOT, 'content/settings'), path.join(root, 'content/settings'), { recursive: true });
    const siteYaml = path.join(root, 'content/settings/site.yaml');
    writeFileSync(
      siteYaml,
      readFileSync(siteYaml, 'utf8').replace(
        'feed: https://haveyoursay.northfold.example/data/consultations.json',
        'feed: https://feeds.northfold.invalid/data/consultations.json',
      ),
    );
    const run = await promisify(execFile)('npm', ['run', '--silent', 'partners:sync', '--', '--root', root], {
      cwd: ROOT,
    }).then(
      () => ({ code: 0, stderr: '' }),
      (error: { code: number; stderr: string }) => error,
    );
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      "error  content/partners/northfold-district-council.json  Northfold District Council's feed https://feeds.northfold.invalid/data/consultations.json could not be read: fetch failed (getaddrinfo",
    );
    expect(copyIn(root)).toBe(committed);
  });
});
