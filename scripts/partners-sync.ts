/**
 * `npm run partners:sync`: copies each partner hub's feed into content/partners/<id>.json (src/lib/partners/sync.ts).
 * Exits 0 when every feed was read (changed or not), 1 when one was refused (its last good copy is kept, and the
 * others are still written), 2 when the settings cannot be read. `--root DIR` syncs another checkout.
 */
import { parseArgs } from 'node:util';
import { loadSettings } from '../src/lib/content/settings.ts';
import { syncPartners } from '../src/lib/partners/sync.ts';

const { values } = parseArgs({ options: { root: { type: 'string', default: process.cwd() } } });
let site;
try {
  site = loadSettings(values.root).site;
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(2);
}
const results = await syncPartners({ root: values.root, site });
if (!results.length) console.log('No organisation in content/settings/site.yaml has a feed: nothing to sync.');
for (const result of results) {
  if (result.outcome === 'failed') console.error(`error  ${result.file}  ${result.problem}`);
  else console.log(`${result.outcome.padEnd(9)}  ${result.file}  ${result.consultations} consultations`);
}
process.exitCode = results.some((result) => result.outcome === 'failed') ? 1 : 0;
