/**
 * npm run audit -- <slug> [--json] [--today YYYY-MM-DD]
 *
 * Prints the audit timeline of one consultation from the repository's own history. Exit codes: 0 the
 * timeline was printed, 2 usage error or unknown slug.
 */
import { parseArgs } from 'node:util';
import { resolveToday } from '../src/lib/dates/calendar-date.ts';
import { loadSettings } from '../src/lib/content/settings.ts';
import { auditTimeline } from '../src/lib/history/audit.ts';
import { formatAuditTimeline } from '../src/lib/history/audit-text.ts';
import { closeMatches } from '../src/lib/history/close-matches.ts';
import { readDiskEntries } from '../src/lib/history/disk-entries.ts';
import { readRepositoryHistory } from '../src/lib/history/history.ts';
import { collectionFolder } from '../src/lib/routes.ts';

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(2);
}

let args: ReturnType<typeof parse>;
function parse() {
  return parseArgs({
    allowPositionals: true,
    options: {
      json: { type: 'boolean', default: false },
      today: { type: 'string' },
      root: { type: 'string', default: process.cwd() },
    },
  });
}
try {
  args = parse();
} catch (error) {
  fail(
    `${error instanceof Error ? error.message : String(error)}\nUsage: npm run audit -- <slug> [--json] [--today YYYY-MM-DD]`,
  );
}

const slug = args.positionals[0];
if (!slug || args.positionals.length > 1) fail('Usage: npm run audit -- <slug> [--json] [--today YYYY-MM-DD]');

let today: string;
try {
  today = resolveToday(args.values.today ?? process.env.TODAY);
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}

const root = args.values.root;
const { consultations, feedback } = readDiskEntries(root);
const consultation = consultations.find((entry) => entry.id === slug);
if (!consultation) {
  const matches = closeMatches(
    slug,
    consultations.map((entry) => entry.id),
  );
  fail(
    `No consultation with the slug "${slug}" in ${collectionFolder('consultations')} (or it does not pass the schema: run npm run check).` +
      (matches.length ? `\nDid you mean:\n${matches.map((match) => `  ${match}`).join('\n')}` : ''),
  );
}

const report = feedback.find((entry) => entry.data.consultation === slug);
const timeline = auditTimeline({
  slug,
  consultation: consultation.data,
  ...(report ? { feedback: { slug: report.id, data: report.data } } : {}),
  history: readRepositoryHistory(root),
  process: loadSettings(root).process,
  today,
});
process.stdout.write(args.values.json ? `${JSON.stringify(timeline, null, 2)}\n` : formatAuditTimeline(timeline));
