/** Files changed on this branch since it left `ref`, for checking only what a pull request touches. */
import { git } from '../history/git.ts';

export function changedFilesSince(root: string, ref: string): Set<string> {
  const output = git(root, ['diff', '--name-only', '--relative', '-z', `${ref}...HEAD`]).toString('utf8');
  return new Set(output.split('\0').filter(Boolean));
}
