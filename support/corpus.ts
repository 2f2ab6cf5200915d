/**
 * The bad-input corpus (tests/corpus), read one way by every test that uses it. A case is either
 *
 * - a folder, cases/<name>/, holding a small content tree (`content/...`) and expected.json, for files whose
 *   exact bytes matter (parser, YAML and fence edge cases); or
 * - an example in examples/<group>.yaml: a base file from bases/ plus edits, and the expected findings, each at
 *   a field (`decision.href`), at the first line holding a piece of text, or at a line.
 *
 * `corpusCases()` gives both kinds as the same data; `corpusFolder()` writes every case out as a folder of the
 * first kind (expected.json with each finding at its line), for tests that walk the corpus as files.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { applyEdits, fieldLine, textLine, type BodyEdit, type FrontmatterEdits } from './corpus-edits.ts';
import { ROOT } from './paths.ts';

export const CORPUS = path.join(ROOT, 'tests/corpus');
const CASES = path.join(CORPUS, 'cases');
const EXAMPLES = path.join(CORPUS, 'examples');
const BASES = path.join(CORPUS, 'bases');
/** The valid consultation most cases start from. */
export const BASE_CONSULTATION = path.join(BASES, 'consultations/library-hours.mdx');
/** The valid feedback report on it. */
export const BASE_FEEDBACK = path.join(BASES, 'feedback/library-hours.mdx');

export interface CorpusFinding {
  rule: string;
  severity: string;
  file: string;
  line: number;
}

export interface CorpusCase {
  name: string;
  /** Where the case is written, from the repository root. */
  source: string;
  /** The day to check as, when not the corpus's default. */
  today?: string;
  /** For hostile cases: what the file tries. */
  vector?: string;
  /** Content files by path from the content root (`content/consultations/x.mdx`). */
  files: Record<string, Buffer>;
  findings: CorpusFinding[];
}

/** One file of an example: a base, optionally saved under another name, with edits. */
interface ExampleFile {
  /** A file under bases/, e.g. `consultations/library-hours.mdx`; its folder is its collection. */
  base?: string;
  /** The file name in the case, when not the base's. */
  as?: string;
  frontmatter?: FrontmatterEdits;
  body?: BodyEdit[];
}

interface ExampleFinding {
  rule: string;
  severity: string;
  /** Needed only when the case has more than one file. */
  file?: string;
  field?: string;
  text?: string;
  line?: number;
}

interface Example extends ExampleFile {
  name: string;
  today?: string;
  vector?: string;
  files?: ExampleFile[];
  expected: ExampleFinding[];
}

const EXAMPLE_KEYS = new Set(['name', 'today', 'vector', 'base', 'as', 'frontmatter', 'body', 'files', 'expected']);
const FILE_KEYS = new Set(['base', 'as', 'frontmatter', 'body']);
const FINDING_KEYS = new Set(['rule', 'severity', 'file', 'field', 'text', 'line']);

function refuseUnknown(object: object, allowed: Set<string>, what: string): void {
  const unknown = Object.keys(object).filter((key) => !allowed.has(key));
  if (unknown.length > 0) throw new Error(`${what}: unknown key ${unknown.join(', ')}`);
}

function filesUnder(dir: string, prefix = ''): string[] {
  return readdirSync(path.join(dir, prefix), { withFileTypes: true })
    .flatMap((entry) => {
      const file = path.posix.join(prefix, entry.name);
      return entry.isDirectory() ? filesUnder(dir, file) : [file];
    })
    .sort();
}

function folderCase(name: string): CorpusCase {
  const dir = path.join(CASES, name);
  const expected = JSON.parse(readFileSync(path.join(dir, 'expected.json'), 'utf8')) as Omit<CorpusCase, 'name'>;
  const files = Object.fromEntries(
    filesUnder(dir, 'content').map((file) => [file, readFileSync(path.join(dir, file))] as const),
  );
  return {
    name,
    source: path.relative(ROOT, dir),
    today: expected.today,
    vector: expected.vector,
    files,
    findings: expected.findings,
  };
}

function exampleFile(file: ExampleFile, defaultBase: string | undefined, what: string): [string, string] {
  refuseUnknown(file, FILE_KEYS, what);
  const base = file.base ?? defaultBase;
  if (!base) throw new Error(`${what}: no base file`);
  const text = applyEdits(readFileSync(path.join(BASES, base), 'utf8'), file, what);
  return [`content/${path.posix.dirname(base)}/${file.as ?? path.posix.basename(base)}`, text];
}

function exampleCase(example: Example, defaultBase: string | undefined, source: string): CorpusCase {
  const what = `${source}: ${example.name}`;
  refuseUnknown(example, EXAMPLE_KEYS, what);
  const { files: listed, name, today, vector, expected, ...single } = example;
  const texts = Object.fromEntries(
    (listed ?? [single]).map((file, at) => exampleFile(file, defaultBase, `${what} (file ${at + 1})`)),
  );
  const paths = Object.keys(texts);
  const findings = expected.map((finding) => {
    refuseUnknown(finding, FINDING_KEYS, what);
    const file = finding.file ?? (paths.length === 1 ? paths[0]! : '');
    const text = texts[file];
    if (text === undefined) throw new Error(`${what}: a finding must name one of its files (${paths.join(', ')})`);
    const line =
      finding.field !== undefined
        ? fieldLine(text, finding.field)
        : finding.text !== undefined
          ? textLine(text, finding.text)
          : finding.line;
    if (line === undefined)
      throw new Error(`${what}: ${finding.field ?? finding.text ?? 'a finding'} is not in ${file}`);
    return { rule: finding.rule, severity: finding.severity, file, line };
  });
  return {
    name,
    source,
    ...(today === undefined ? {} : { today }),
    ...(vector === undefined ? {} : { vector }),
    files: Object.fromEntries(Object.entries(texts).map(([file, text]) => [file, Buffer.from(text)])),
    findings,
  };
}

function exampleCases(): CorpusCase[] {
  return readdirSync(EXAMPLES)
    .filter((file) => file.endsWith('.yaml'))
    .sort()
    .flatMap((file) => {
      const source = path.relative(ROOT, path.join(EXAMPLES, file));
      const data = parse(readFileSync(path.join(EXAMPLES, file), 'utf8')) as { base?: string; examples: Example[] };
      refuseUnknown(data, new Set(['base', 'examples']), source);
      return data.examples.map((example) => exampleCase(example, data.base, source));
    });
}

let cached: CorpusCase[] | undefined;

/** Every case of the corpus, folders and examples, by name. */
export function corpusCases(): CorpusCase[] {
  if (!cached) {
    const cases = [...readdirSync(CASES).map(folderCase), ...exampleCases()];
    const seen = new Map<string, string>();
    for (const { name, source } of cases) {
      if (seen.has(name)) throw new Error(`Two corpus cases are called ${name}: ${seen.get(name)} and ${source}`);
      seen.set(name, source);
    }
    cached = cases.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  }
  return cached;
}

export function corpusCase(name: string): CorpusCase {
  const found = corpusCases().find((entry) => entry.name === name);
  if (!found) throw new Error(`There is no corpus case called ${name}`);
  return found;
}

/** The text of one file of a case; `file` may be left out when the case has only one. */
export function corpusFile(name: string, file?: string): string {
  const { files } = corpusCase(name);
  const chosen = file ?? (Object.keys(files).length === 1 ? Object.keys(files)[0] : undefined);
  const bytes = chosen === undefined ? undefined : files[chosen];
  if (!bytes) throw new Error(`Corpus case ${name} has no file ${file ?? '(it has several)'}`);
  return bytes.toString('utf8');
}

/** Writes a case's content files under `root`. */
export function writeCaseContent(entry: CorpusCase, root: string): void {
  for (const [file, bytes] of Object.entries(entry.files)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), bytes);
  }
}

let folder: string | undefined;

/**
 * A temp folder holding every case as cases/ holds its folders (`<name>/content/...` and `<name>/expected.json`),
 * made once per process and removed when it exits.
 */
export function corpusFolder(): string {
  if (!folder) {
    const made = mkdtempSync(path.join(os.tmpdir(), 'corpus-'));
    process.on('exit', () => rmSync(made, { recursive: true, force: true }));
    for (const entry of corpusCases()) {
      writeCaseContent(entry, path.join(made, entry.name));
      const { today, vector, findings } = entry;
      writeFileSync(
        path.join(made, entry.name, 'expected.json'),
        `${JSON.stringify({ today, vector, findings }, null, 2)}\n`,
      );
    }
    folder = made;
  }
  return folder;
}
