/**
 * `schema`: the file can be read (an ordinary file, UTF-8, not empty, not oversized), the frontmatter
 * can be read as fields, matches the content model, and the MDX body parses.
 */
import { isEmpty, isOversized, MAX_FILE_BYTES } from '../content/entry.ts';
import {
  bodyPosition,
  type Finding,
  findingAt,
  keyPosition,
  type ParsedEntry,
  type Rule,
  yamlOffsetPosition,
} from './core/index.ts';
import { describeIssue } from '../content/errors.ts';
import type { FrontmatterProblem, NotAFile } from '../content/source.ts';
import type { ProcessSettings } from '../schema/settings.ts';
import { addYears, type IsoDate } from '../dates/calendar-date.ts';
import { datesIn } from '../schema/date-fields.ts';
import { collectionSchemas } from '../schema/index.ts';
import { fieldPathLabel } from '../labels.ts';
import { formatDate } from '../text/dates.ts';
import { plural } from '../text/plural.ts';
import { isClosingTheLoopIssue } from './closing-the-loop.ts';
import { asConsultation } from './consultation-facts.ts';
import { decisionTrailGaps } from '../schema/decision-trail.ts';

const FILE_START = { line: 1, column: 1 };

export const schemaRule = {
  id: 'schema',
  scope: 'file',
  checkEntry(entry, context) {
    const { source } = entry;
    if (source.notAFile) return [at(entry, FILE_START, notAFileMessage(source.notAFile))];
    if (isEmpty(source)) {
      return [
        at(
          entry,
          FILE_START,
          'the file is empty: it needs frontmatter between two "---" lines and the page text below them',
        ),
      ];
    }
    const findings: Finding[] = [];
    if (isOversized(source)) {
      findings.push(
        at(
          entry,
          FILE_START,
          `the file is ${megabytes(source.bytes)}; a content file must be under ${megabytes(MAX_FILE_BYTES)}: put long material in a document under /documents/ and link to it`,
        ),
      );
    }
    const replacement = source.text.indexOf('\uFFFD');
    if (replacement >= 0) {
      const line = source.text.slice(0, replacement).split('\n').length;
      findings.push(
        at(
          entry,
          { line, column: 1 },
          `the file is not saved as UTF-8 (line ${line} has characters that cannot be read): save it again with UTF-8 encoding`,
        ),
      );
    }
    if (!source.frontmatter) {
      findings.push(
        at(
          entry,
          FILE_START,
          'the file must start with frontmatter: a "---" line, the fields, then another "---" line',
        ),
      );
    }
    for (const error of entry.yamlErrors) findings.push(yamlFinding(entry, error));
    for (const issue of entry.issues) {
      if (isClosingTheLoopIssue(entry, issue)) continue;
      const { message } = describeIssue(issue, collectionSchemas[source.collection]);
      const path = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0]!] : issue.path;
      findings.push(at(entry, keyPosition(source, path), message));
    }
    const problem = entry.body?.problem;
    if (problem) findings.push(at(entry, bodyPosition(source, problem.line, problem.column), problem.message));
    findings.push(...decisionTrailFindings(entry, context.settings.process.decisionTrailFrom));
    findings.push(...tooEarlyDates(entry, context.settings.process));
    return findings;
  },
  // The latest date allowed moves with today, so that half of the date check runs where `today` is known:
  // the check and the preview run checkTree on every run, and the cached findings above never depend on it.
  checkTree(context) {
    return context.entries.flatMap((entry) => tooLateDates(entry, context.settings.process, context.today));
  },
} satisfies Rule;

/** Dates before process.yaml's earliestDate: a year typed wrongly (1907 for 2027). */
function tooEarlyDates(entry: ParsedEntry, process: ProcessSettings): Finding[] {
  const earliest = process.earliestDate;
  return datesOf(entry)
    .filter(({ date }) => date < earliest)
    .map(({ path, date, label }) =>
      at(
        entry,
        keyPosition(entry.source, path),
        `${label} is ${formatDate(date)} (${date}), before ${formatDate(earliest)}, the earliest date allowed: check the year`,
      ),
    );
}

/** Dates more than latestYearsAhead years after today: a year typed wrongly (2207 for 2027). */
function tooLateDates(entry: ParsedEntry, process: ProcessSettings, today: IsoDate): Finding[] {
  const years = process.latestYearsAhead;
  const latest = addYears(today, years);
  return datesOf(entry)
    .filter(({ date }) => date > latest)
    .map(({ path, date, label }) =>
      at(
        entry,
        keyPosition(entry.source, path),
        `${label} is ${formatDate(date)} (${date}), more than ${plural(years, 'year')} from today: check the year (the latest date allowed is ${formatDate(latest)})`,
      ),
    );
}

function datesOf(entry: ParsedEntry) {
  const data = entry.source.frontmatter?.data;
  if (!data || entry.source.notAFile) return [];
  const schema = collectionSchemas[entry.source.collection];
  return datesIn(schema, data).map((found) => ({ ...found, label: fieldPathLabel(schema, found.path) }));
}

/** The decision-trail fields required of what opens on or after `decisionTrailFrom`: archives opened before it need none. */
function decisionTrailFindings(entry: ParsedEntry, decisionTrailFrom: string | undefined): Finding[] {
  const consultation = asConsultation(entry);
  if (!consultation || !decisionTrailFrom) return [];
  return decisionTrailGaps(consultation.data, decisionTrailFrom).map((gap) =>
    at(
      entry,
      FILE_START,
      `${fieldPathLabel(collectionSchemas.consultations, [gap.field])} is required: it opens on ${formatDate(consultation.data.opens)}, and everything opening from ${formatDate(decisionTrailFrom)} (decisionTrailFrom in process.yaml) records ${gap.add}`,
    ),
  );
}

function at(entry: ParsedEntry, position: { line: number; column: number }, message: string): Finding {
  return findingAt('schema', 'error', entry, position, message);
}

function yamlFinding(entry: ParsedEntry, problem: FrontmatterProblem): Finding {
  if (problem.kind === 'unclosed') return at(entry, FILE_START, problem.message);
  const said = problem.kind === 'syntax' && problem.parserSaid ? ` (YAML says: ${problem.parserSaid})` : '';
  return at(entry, yamlOffsetPosition(entry.source, problem.offset), `${problem.message}${said}`);
}

/** The path is named like a content file but is not one; the check never opens it, and never says where a link points. */
function notAFileMessage(kind: NotAFile): string {
  if (kind === 'folder')
    return 'this is a folder, not a content file: content files are ordinary files named <slug>.mdx; rename or move the folder';
  if (kind === 'symbolic link') {
    return 'this is a symbolic link, not a content file: links are never followed or published; put the file itself here instead of a link';
  }
  return 'this is not an ordinary file: content files are text files named <slug>.mdx';
}

function megabytes(bytes: number): string {
  return `${(bytes / 1_000_000).toFixed(1)} MB`;
}
