/**
 * The repository's history for the build, read once (one git pass) and shared by every page. Pages
 * look up their own file by path; none of them runs git.
 */
import { readRepositoryHistory, type FileHistory, type RepositoryHistory } from '../lib/history/history.ts';

let historyCache: RepositoryHistory | undefined;

export function siteHistory(): RepositoryHistory {
  historyCache ??= readRepositoryHistory(process.cwd());
  return historyCache;
}

/** `content/consultations/<slug>.mdx` (a leading `./` is ignored), or undefined when it has no history. */
export function fileHistory(file: string): FileHistory | undefined {
  return siteHistory().files.get(file.replace(/^\.\//, ''));
}
