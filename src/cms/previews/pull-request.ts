/**
 * Decap's editorial workflow keeps each entry's unpublished changes on the branch
 * `cms/<collection>/<slug>` and opens a pull request from it; GitHub finds that pull request by head branch.
 */
export function pullRequestsUrl(repository: { owner: string; name: string }, collection: string, slug: string): string {
  const query = `is:pr head:cms/${collection}/${slug}`;
  return `https://github.com/${repository.owner}/${repository.name}/pulls?q=${encodeURIComponent(query)}`;
}
