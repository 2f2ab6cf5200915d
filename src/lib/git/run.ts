/**
 * The only place the project runs git: reading the history, the changes of a branch and the approvals notes,
 * writing those notes, and the benchmark's generated histories all go through `git` here. Every read is one
 * process for the whole repository, so the cost does not grow with the number of content files.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';

/** Large enough for the log and blobs of an archive with tens of thousands of files. */
const MAX_BUFFER = 2 ** 31 - 1;

export class GitError extends Error {
  constructor(
    readonly args: readonly string[],
    readonly stderr: string,
  ) {
    super(`git ${args.join(' ')} failed: ${stderr.trim() || 'no output'}`);
    this.name = 'GitError';
  }
}

export interface GitOptions {
  /** Written to git's standard input. */
  input?: string | Buffer;
  /** Added to the environment, e.g. the identity a commit or a note is written as. */
  env?: Record<string, string>;
}

/** Who a commit or a note is written as: git's author and committer variables. */
export function identityEnv(identity: { name: string; email: string }): Record<string, string> {
  return {
    GIT_AUTHOR_NAME: identity.name,
    GIT_AUTHOR_EMAIL: identity.email,
    GIT_COMMITTER_NAME: identity.name,
    GIT_COMMITTER_EMAIL: identity.email,
  };
}

/** Runs git in `repoDir` and returns stdout as bytes; throws GitError when git fails or is missing. */
export function git(repoDir: string, args: readonly string[], options: GitOptions = {}): Buffer {
  const result = spawnSync('git', ['-c', 'core.quotePath=false', ...args], {
    cwd: repoDir,
    input: options.input,
    maxBuffer: MAX_BUFFER,
    // Never wait for a password; messages in English, whatever the machine's language.
    env: { ...process.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C', ...options.env },
  });
  if (result.error) throw new GitError(args, result.error.message);
  if (result.status !== 0) throw new GitError(args, result.stderr.toString('utf8'));
  return result.stdout;
}

/** `git` with stdout as text. */
export const gitText = (repoDir: string, args: readonly string[], options?: GitOptions): string =>
  git(repoDir, args, options).toString('utf8');

export type RepositoryState =
  | { kind: 'none'; reason: string }
  | { kind: 'empty'; reason: string }
  | { kind: 'repository'; shallow: boolean; shallowBoundaries: Set<string> };

/** Whether `repoDir` is inside a work tree with at least one commit, and whether the clone is shallow. */
export function repositoryState(repoDir: string): RepositoryState {
  let answer: string[];
  try {
    answer = gitText(repoDir, [
      'rev-parse',
      '--is-inside-work-tree',
      '--is-shallow-repository',
      '--git-path',
      'shallow',
    ])
      .trim()
      .split('\n');
  } catch {
    return { kind: 'none', reason: 'the content is not in a git repository (or git is not installed)' };
  }
  try {
    git(repoDir, ['rev-parse', '--verify', '--quiet', 'HEAD']);
  } catch {
    return { kind: 'empty', reason: 'the repository has no commits yet' };
  }
  const shallow = answer[1] === 'true';
  const shallowBoundaries = new Set<string>();
  if (shallow && answer[2]) {
    const shallowFile = path.resolve(repoDir, answer[2]);
    for (const sha of readFileSync(shallowFile, 'utf8').split('\n')) if (sha.trim()) shallowBoundaries.add(sha.trim());
  }
  return { kind: 'repository', shallow, shallowBoundaries };
}

/**
 * Reads many objects with one `git cat-file --batch`. Objects git cannot find are left out of the
 * map rather than failing the whole read.
 */
export function readObjects(repoDir: string, ids: Iterable<string>): Map<string, string> {
  const unique = [...new Set(ids)];
  const objects = new Map<string, string>();
  if (unique.length === 0) return objects;
  const output = git(repoDir, ['cat-file', '--batch'], { input: `${unique.join('\n')}\n` });
  // Each object is "<id> <type> <bytes>\n<content>\n"; sizes are bytes, so the output is read as bytes.
  let offset = 0;
  while (offset < output.length) {
    const headerEnd = output.indexOf(0x0a, offset);
    if (headerEnd < 0) break;
    const header = output.toString('utf8', offset, headerEnd).split(' ');
    offset = headerEnd + 1;
    if (header[1] === 'missing' || header.length < 3) continue;
    const size = Number(header[2]);
    objects.set(header[0]!, output.toString('utf8', offset, offset + size));
    offset += size + 1;
  }
  return objects;
}
