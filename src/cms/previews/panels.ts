/** The parts every preview shows under its heading: the live findings, the approvals the change needs, the review notice. */
import type { DraftApprovals } from '../../lib/cms/draft-approvals.ts';
import { CHANGE_KIND_LABELS, roleLabel } from '../../lib/labels.ts';
import type { Finding } from '../../lib/rules/core/index.ts';
import { cmsBranch, repositoryLinks } from '../../lib/routes.ts';
import type { CollectionName } from '../../lib/schema/index.ts';
import { listInWords } from '../../lib/text/list.ts';
import { plural } from '../../lib/text/plural.ts';
import { h, type PreviewNode } from '../decap.ts';
import type { PreviewData } from '../preview-data.ts';

export function findingsPanel(findings: readonly Finding[]): PreviewNode {
  if (findings.length === 0) {
    return h(
      'section',
      { className: 'cms-findings cms-findings--clear', 'aria-label': 'Checks' },
      h('p', null, 'The checks found no problems in this draft.'),
    );
  }
  return h(
    'section',
    { className: 'cms-findings', 'aria-labelledby': 'cms-findings-title' },
    h('h2', { id: 'cms-findings-title' }, `The checks found ${plural(findings.length, 'problem')}`),
    h(
      'ul',
      null,
      ...findings.map((finding, index) =>
        h(
          'li',
          { key: index, className: `cms-finding cms-finding--${finding.severity}` },
          h('strong', null, finding.severity === 'error' ? 'Error' : 'Warning'),
          ': ',
          finding.message,
          ' ',
          // The rule id, for whoever looks it up in docs/checks.md or the CI log.
          h('code', { className: 'cms-finding__rule' }, `(${finding.rule})`),
        ),
      ),
    ),
  );
}

export function approvalsPanel(approvals: DraftApprovals): PreviewNode {
  if (approvals.reasons.length === 0) {
    return h(
      'section',
      { className: 'cms-approvals', 'aria-label': 'Approvals' },
      h('p', null, 'No changes to approve yet.'),
    );
  }
  const roles = approvals.slots.map((slot) => roleLabel(slot.role));
  const people = [...new Set(roles)].map((role) => {
    const count = roles.filter((name) => name === role).length;
    return count > 1 ? `${count} members of the ${role}` : `the ${role}`;
  });
  return h(
    'section',
    { className: 'cms-approvals', 'aria-labelledby': 'cms-approvals-title' },
    h('h2', { id: 'cms-approvals-title' }, 'Approvals this change will need'),
    h(
      'p',
      null,
      people.length
        ? `Before it is published: approval from ${listInWords(people)}.`
        : 'No approval is needed for this change.',
    ),
    h(
      'ul',
      null,
      ...approvals.reasons.map((reason, index) =>
        h('li', { key: index }, h('strong', null, CHANGE_KIND_LABELS[reason.kind]), ': ', reason.why),
      ),
    ),
  );
}

export function reviewNotice(
  repository: PreviewData['settings']['site']['repository'],
  collection: CollectionName,
  slug: string,
): PreviewNode {
  return h(
    'p',
    { className: 'inset cms-review' },
    'On the live site, changes saved in the CMS are reviewed in a pull request before they are published: ',
    h(
      'a',
      {
        href: repositoryLinks(repository).pullRequestsFrom(cmsBranch(collection, slug)),
        target: '_blank',
        rel: 'noopener',
      },
      'find the pull request for this entry on GitHub',
    ),
    '.',
  );
}
