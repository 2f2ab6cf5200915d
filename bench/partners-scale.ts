/**
 * `npm run bench:partners`: a regional partnership. 20 partner hubs of 1,000 consultations each (bench/archive,
 * seeds 1 to 20), each published through this project's own open-data code as its /data/consultations.json and
 * served over HTTP on 127.0.0.1 (one generated archive, published under each partner's id). Prints:
 *
 * - the sync: `syncPartners` fetching, validating (JSON Schema and the consultation schema) and writing the
 *   20 copies into content/partners/ of a temp checkout;
 * - the partner loading the build and the check do: reading the copies into finder items, the finder index
 *   over them with the hub's own, the search records, and the overlap rule across organisations;
 * - with `--build`, `npm run build` of the sample site with the 20 copies, and its search bundle's size
 *   beside the same build without them.
 *
 * Not a test: the figures depend on the machine and its load, printed with them. PARTNERS=N and PER_PARTNER=N
 * change the size.
 */
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCatalogue, type Entry } from '../src/lib/catalogue/catalogue.ts';
import { facetLabeller, finderIndex } from '../src/lib/catalogue/finder.ts';
import { partnerItems } from '../src/lib/catalogue/partners.ts';
import { buildContext } from '../src/lib/check/context.ts';
import { parseEntry } from '../src/lib/content/entry.ts';
import { readPartnerFeeds } from '../src/lib/content/partners.ts';
import { loadSettings, type Settings } from '../src/lib/content/settings.ts';
import { sourceFileFromText } from '../src/lib/content/source.ts';
import { consultationDataset } from '../src/lib/opendata/record.ts';
import { syncPartners } from '../src/lib/partners/sync.ts';
import { overlapRule } from '../src/lib/rules/overlap.ts';
import type { Consultation, Feedback } from '../src/lib/schema/index.ts';
import { organisationNamer } from '../src/lib/schema/partnership.ts';
import { partnerSearchRecords } from '../src/lib/search/record.ts';
import { serveDirectory } from '../support/static-server.ts';
import { generateArchive } from './archive/generate.ts';
import { measureCommand } from './measure/measure.ts';

const PARTNERS = Number(process.env.PARTNERS ?? 20);
const PER_PARTNER = Number(process.env.PER_PARTNER ?? 1000);
const TODAY = process.env.TODAY ?? '2026-11-23';
const BUILD = process.argv.includes('--build');
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const seconds = (from: number) => ((performance.now() - from) / 1000).toFixed(2);
const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** One partner's hub: the generated archive, through the catalogue and the open data, as its feed. */
function partnerFeed(index: number, settings: Settings): string {
  const files = generateArchive({ count: PER_PARTNER, seed: index, today: TODAY, settings });
  const consultations: Entry<Consultation>[] = [];
  const feedback: Entry<Feedback>[] = [];
  for (const file of files) {
    const [, collection, name] = file.path.split('/') as [string, 'consultations' | 'feedback', string];
    const entry = parseEntry(sourceFileFromText(collection, name, file.text));
    if (entry.data === undefined) continue;
    const target = collection === 'consultations' ? consultations : feedback;
    target.push({ id: name.replace(/\.mdx$/, ''), data: entry.data as never });
  }
  const id = `partner-${index}`;
  const items = buildCatalogue(consultations, feedback, settings.process, TODAY, id);
  const site = new URL(`https://haveyoursay.${id}.example/`);
  const organisation = { id, name: `Partner Council ${index}`, website: `https://www.${id}.example` };
  return JSON.stringify(
    consultationDataset(items, {
      siteBase: site,
      publisher: organisation.name,
      today: TODAY,
      organisations: [organisation],
    }),
    null,
    2,
  );
}

function folderBytes(dir: string): number {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true }))
    if (entry.isFile()) total += statSync(path.join(entry.parentPath, entry.name)).size;
  return total;
}

const work = mkdtempSync(path.join(os.tmpdir(), 'bench-partners-'));
const settings = loadSettings(ROOT);
const organisations = Array.from({ length: PARTNERS }, (_, index) => ({
  id: `partner-${index + 1}`,
  name: `Partner Council ${index + 1}`,
  website: `https://www.partner-${index + 1}.example`,
  feed: `https://haveyoursay.partner-${index + 1}.example/data/consultations.json`,
}));
// The sample's own organisations without Northfold's feed (it is not on this machine), then the 20 partners.
const site = {
  ...settings.site,
  organisations: [...settings.site.organisations.filter((organisation) => !organisation.feed), ...organisations],
};

console.log(
  `${PARTNERS} partners x ${PER_PARTNER} consultations, today ${TODAY}, load ${os.loadavg()[0]!.toFixed(1)} on ${os.cpus().length} cores`,
);
let started = performance.now();
const hubs = path.join(work, 'hubs');
let feedBytes = 0;
// One archive is generated and published once (generating and parsing 20,000 MDX files would take longer than
// everything measured here); each partner publishes it under its own id and addresses.
const template = partnerFeed(1, settings);
for (const organisation of organisations) {
  const dir = path.join(hubs, organisation.id, 'data');
  mkdirSync(dir, { recursive: true });
  const feed = template
    .replaceAll('partner-1.', `${organisation.id}.`)
    .replaceAll('"partner-1"', `"${organisation.id}"`);
  feedBytes += Buffer.byteLength(feed);
  writeFileSync(path.join(dir, 'consultations.json'), feed);
}
writeFileSync(path.join(hubs, '404.html'), 'Not found');
console.log(`generated the partners' feeds: ${megabytes(feedBytes)} in ${seconds(started)} s (not part of the sync)`);

const server = await serveDirectory(hubs);
const checkout = path.join(work, 'checkout');
mkdirSync(checkout);
try {
  started = performance.now();
  const results = await syncPartners({
    root: checkout,
    site,
    fetchFeed: (url, init) =>
      fetch(
        url.replace(/^https:\/\/haveyoursay\.(partner-\d+)\.example\//, `${server.url.replace(/\/?$/, '/')}$1/`),
        init,
      ),
  });
  const failed = results.filter((result) => result.outcome === 'failed');
  console.log(
    `sync: ${results.length - failed.length} of ${results.length} feeds written, ${results.reduce((sum, r) => sum + (r.consultations ?? 0), 0)} consultations, in ${seconds(started)} s`,
  );
  for (const result of failed.slice(0, 3)) console.log(`  refused: ${result.problem?.slice(0, 300)}`);
} finally {
  await server.close();
}

started = performance.now();
const read = readPartnerFeeds(checkout, site);
const readSeconds = seconds(started);
started = performance.now();
const items = partnerItems(read.entries, site, settings.process, TODAY);
const itemsSeconds = seconds(started);
started = performance.now();
const index = finderIndex(items, site.taxonomy);
const finderSeconds = seconds(started);
started = performance.now();
const label = facetLabeller(site.taxonomy, organisationNamer(site));
const records = partnerSearchRecords(items, {
  today: TODAY,
  label,
  areas: site.taxonomy.areas.map((term) => term.id),
  ownOrganisation: site.organisations[0]!.id,
  language: 'en-GB',
});
const searchSeconds = seconds(started);
console.log(
  `loading: read ${read.entries.length} entries ${readSeconds} s, finder items ${itemsSeconds} s, finder index (${index.lists.size} lists) ${finderSeconds} s, search records (${records.length} recent) ${searchSeconds} s`,
);
started = performance.now();
const own = readdirSync(path.join(ROOT, 'content/consultations')).map((name) =>
  parseEntry(
    sourceFileFromText('consultations', name, readFileSync(path.join(ROOT, 'content/consultations', name), 'utf8')),
  ),
);
const context = buildContext({
  sources: own.map((entry) => entry.source),
  settings: { ...settings, site },
  today: TODAY,
  partners: read.entries,
});
const overlaps = overlapRule.checkTree!(context);
console.log(
  `overlap across organisations: ${overlaps.length} warnings on the sample's own files in ${seconds(started)} s`,
);

if (BUILD) {
  const project = path.join(work, 'site');
  for (const name of ['astro.config.mjs', 'tsconfig.json', 'package.json', 'src', 'public', 'content'])
    cpSync(path.join(ROOT, name), path.join(project, name), { recursive: true });
  const nodeModules = path.join(project, 'node_modules');
  symlinkSync(path.join(ROOT, 'node_modules'), nodeModules);
  const build = async (label: string) => {
    const measured = await measureCommand('npm', ['run', '--silent', 'build'], {
      cwd: project,
      env: { ...process.env, TODAY, ASTRO_TELEMETRY_DISABLED: '1' },
    });
    const dist = path.join(project, 'dist');
    console.log(
      `build ${label}: ${measured.seconds.toFixed(1)} s, peak ${measured.peakMb.toFixed(0)} MB, ${readdirSync(dist, { recursive: true }).filter((name) => String(name).endsWith('.html')).length} pages, search bundle pagefind/ ${megabytes(folderBytes(path.join(dist, 'pagefind')))}`,
    );
  };
  await build('of the sample alone');
  const yaml = organisations
    .map(
      (organisation) =>
        `  - id: ${organisation.id}\n    name: ${organisation.name}\n    website: ${organisation.website}\n    feed: ${organisation.feed}\n`,
    )
    .join('');
  const siteYaml = path.join(project, 'content/settings/site.yaml');
  const text = readFileSync(siteYaml, 'utf8');
  writeFileSync(siteYaml, text.replace('\ntaxonomy:\n', `\n${yaml}taxonomy:\n`));
  cpSync(path.join(checkout, 'content/partners'), path.join(project, 'content/partners'), { recursive: true });
  await build(`with ${PARTNERS} partners x ${PER_PARTNER}`);
}
rmSync(work, { recursive: true, force: true });
