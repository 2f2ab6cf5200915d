/**
 * Generates a benchmark archive: `npx tsx bench/generate-archive.ts --count 1000 --out /tmp/archive
 * [--seed 1] [--today YYYY-MM-DD]`. The output folder is replaced; it is a content repository that
 * `npm run check -- --root <out>` and the site build can read.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { writeArchiveTree } from './archive/tree.ts';
import { resolveToday } from '../src/lib/dates/calendar-date.ts';

const { values } = parseArgs({
  options: {
    count: { type: 'string', default: '1000' },
    out: { type: 'string' },
    seed: { type: 'string', default: '1' },
    today: { type: 'string' },
  },
});
const count = Number(values.count);
if (!values.out || !Number.isInteger(count) || count < 1) {
  process.stderr.write(
    'Usage: npx tsx bench/generate-archive.ts --count N --out DIR [--seed N] [--today YYYY-MM-DD]\n',
  );
  process.exit(2);
}
const outDir = path.resolve(values.out);
const started = performance.now();
const tree = writeArchiveTree({
  projectRoot: path.resolve(import.meta.dirname, '..'),
  outDir,
  count,
  seed: Number(values.seed),
  today: resolveToday(values.today ?? process.env.TODAY),
});
process.stdout.write(
  `${tree.consultations} consultations and ${tree.feedback} feedback reports in ${outDir} (${((performance.now() - started) / 1000).toFixed(1)} s)\n`,
);
