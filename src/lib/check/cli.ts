/** The `npm run check` command: arguments, output and exit codes. scripts/check.ts only wires it to the process. */
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import * as core from '@actions/core';
import { resolveToday } from '../dates/calendar-date.ts';
import { changesSince, commitDay, readBaseVersions, type Changes } from '../git/changed-files.ts';
import { plural } from '../text/plural.ts';
import { DEFAULT_CACHE_DIR } from './cache.ts';
import { checkContent, CheckSetupError, type CheckResult } from './check-content.ts';
import { CHECKED_FOLDERS, contentFileOf, scopeOfChange } from './dependents.ts';
import { countFindings, type Finding } from '../rules/core/index.ts';

export const EXIT = { clean: 0, errors: 1, couldNotRun: 2 } as const;

export const USAGE = `Usage: npm run check [-- --json] [--today YYYY-MM-DD | --as-of REF] [--changed-since REF] [--root DIR]

  --json               print the findings as JSON
  --today YYYY-MM-DD   check as if it were this day (default: TODAY, or today in London)
  --as-of REF          check as on the day REF was committed (the deploy gate: --as-of HEAD judges the content
                       as it was when it last changed, so a report falling due later never stops a deploy)
  --changed-since REF  report only what the branch changed since it left REF (e.g. origin/main): the files
                       changed, added, deleted or renamed since the merge base, uncommitted and untracked
                       files, and every file whose findings depend on one of them; the whole tree is still read
  --root DIR           the content repository (default: the current folder)
  --cache-dir DIR      where unchanged files' results are kept (default: ${DEFAULT_CACHE_DIR} in the root)
  --no-cache           check every file from scratch, without reading or writing the cache

Exit status: 0 no errors (warnings allowed), 1 errors found, 2 the check could not run (bad arguments,
no content folder, unreadable settings, a --changed-since or --as-of ref git cannot find).`;

export interface CliIo {
  env: NodeJS.ProcessEnv;
  cwd: string;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

export function formatFinding(finding: Finding): string {
  const where = `${finding.file}${finding.line ? `:${finding.line}:${finding.column ?? 1}` : ''}`;
  return `${where}  ${finding.severity}  ${finding.rule}  ${finding.message}`;
}

/** With `--changed-since`: the ref, and how many content files were reported on. */
export interface ChangeScope {
  since: string;
  files: number;
}

export function summaryLine(findings: readonly Finding[], files: number, scope?: ChangeScope): string {
  const { errors, warnings } = countFindings(findings);
  const line = `${plural(errors, 'error')}, ${plural(warnings, 'warning')} in ${plural(files, 'content file')}`;
  return scope
    ? `${line}; reported on the ${plural(scope.files, 'file')} that changed since ${scope.since} or depend on a change`
    : line;
}

/** The findings `--changed-since` reports: those on the changed files and on the files that depend on them. */
export function findingsOfChange(
  root: string,
  result: CheckResult,
  changes: Changes,
): { findings: Finding[]; scope: ChangeScope } {
  const before = readBaseVersions(
    root,
    changes,
    [...changes.paths].filter((file) => contentFileOf(file)),
  );
  const change = { paths: changes.paths, existedBefore: new Set(changes.baseBlobs.keys()), before };
  const inScope = scopeOfChange(result.context, result.findings, change);
  const files = result.context.entries.filter((entry) => inScope(entry.source.file)).length;
  return { findings: result.findings.filter((finding) => inScope(finding.file)), scope: { since: changes.ref, files } };
}

/** GitHub annotations on the changed lines and a table in the job summary. */
export async function reportToGitHubActions(
  findings: readonly Finding[],
  files: number,
  scope?: ChangeScope,
): Promise<void> {
  for (const finding of findings) {
    const properties: core.AnnotationProperties = { title: `${finding.rule}`, file: finding.file };
    if (finding.line) properties.startLine = finding.line;
    if (finding.column) properties.startColumn = finding.column;
    if (finding.severity === 'error') core.error(finding.message, properties);
    else core.warning(finding.message, properties);
  }
  if (!process.env.GITHUB_STEP_SUMMARY) return;
  core.summary.addHeading('Content check', 2).addRaw(summaryLine(findings, files, scope), true);
  if (findings.length) {
    core.summary.addTable([
      [
        { data: 'File', header: true },
        { data: 'Line', header: true },
        { data: 'Severity', header: true },
        { data: 'Rule', header: true },
        { data: 'Problem', header: true },
      ],
      ...findings.map((finding) => [
        finding.file,
        String(finding.line ?? ''),
        finding.severity,
        finding.rule,
        finding.message,
      ]),
    ]);
  }
  await core.summary.write();
}

export async function runCheckCli(argv: readonly string[], io: CliIo): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        json: { type: 'boolean', default: false },
        today: { type: 'string' },
        'as-of': { type: 'string' },
        'changed-since': { type: 'string' },
        root: { type: 'string' },
        'cache-dir': { type: 'string' },
        'no-cache': { type: 'boolean', default: false },
        help: { type: 'boolean', default: false },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    io.stderr(`${error instanceof Error ? error.message : String(error)}\n\n${USAGE}\n`);
    return EXIT.couldNotRun;
  }
  if (values.help) {
    io.stdout(`${USAGE}\n`);
    return EXIT.clean;
  }
  const root = path.resolve(io.cwd, values.root ?? '.');
  try {
    if (values['as-of'] !== undefined && values.today !== undefined)
      throw new Error('give --today or --as-of, not both');
    const today =
      values['as-of'] === undefined ? resolveToday(values.today ?? io.env.TODAY) : commitDay(root, values['as-of']);
    const cacheDir = values['no-cache']
      ? undefined
      : path.resolve(io.cwd, values['cache-dir'] ?? path.join(root, DEFAULT_CACHE_DIR));
    // Before the check, so a ref git cannot use stops the run at once.
    const changes =
      values['changed-since'] === undefined ? undefined : changesSince(root, values['changed-since'], CHECKED_FOLDERS);
    const result = checkContent({
      root,
      today,
      threads: availableParallelism(),
      ...(cacheDir === undefined ? {} : { cacheDir }),
    });
    const { findings, scope } = changes
      ? findingsOfChange(root, result, changes)
      : { findings: result.findings, scope: undefined };
    const { errors, warnings } = countFindings(findings);
    if (values.json) {
      const output = {
        today,
        files: result.files,
        ...(scope ? { changedSince: scope } : {}),
        errors,
        warnings,
        findings,
      };
      io.stdout(`${JSON.stringify(output, null, 2)}\n`);
    } else {
      for (const finding of findings) io.stdout(`${formatFinding(finding)}\n`);
      io.stdout(`${summaryLine(findings, result.files, scope)}\n`);
    }
    if (io.env.GITHUB_ACTIONS === 'true') {
      try {
        await reportToGitHubActions(findings, result.files, scope);
      } catch (error) {
        // Annotations are a convenience: the findings are already in the log, so the result stands.
        io.stderr(
          `Could not write the GitHub job summary: ${error instanceof Error ? error.message : String(error)}\n`,
        );
      }
    }
    return errors > 0 ? EXIT.errors : EXIT.clean;
  } catch (error) {
    const reason = error instanceof CheckSetupError || error instanceof Error ? error.message : String(error);
    io.stderr(`The check could not run: ${reason}\n`);
    return EXIT.couldNotRun;
  }
}
