/** Links from the site to the hosting repository, so a reader can check any change at its source. */
import type { SiteSettings } from '../schema/settings.ts';

export interface RepositoryLinks {
  commit(sha: string): string;
  pullRequest(number: number): string;
}

export function githubLinks(repository: SiteSettings['repository']): RepositoryLinks {
  const base = `https://github.com/${encodeURIComponent(repository.owner)}/${encodeURIComponent(repository.name)}`;
  return {
    commit: (sha) => `${base}/commit/${sha}`,
    pullRequest: (number) => `${base}/pull/${number}`,
  };
}
