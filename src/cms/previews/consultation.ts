/**
 * The consultation preview: what residents will see first (status, dates) and what the checks will say
 * about the draft, live as the editor types, with the site's own stylesheet.
 */
import { checkConsultationDraft } from '../../lib/check/draft.ts';
import { withoutSource } from '../../lib/cms/entry-file.ts';
import type { Finding } from '../../lib/rules/core/index.ts';
import { daysBetween, isIsoDate, londonDate } from '../../lib/dates/calendar-date.ts';
import { STATUS_LABELS } from '../../lib/labels.ts';
import { cmsBranch, repositoryLinks } from '../../lib/routes.ts';
import { deriveStatus } from '../../lib/status.ts';
import { formatDate } from '../../lib/text/dates.ts';
import { describeDuration } from '../../lib/text/duration.ts';
import { plural } from '../../lib/text/plural.ts';
import { h, type PreviewNode, type PreviewProps } from '../decap.ts';
import type { PreviewData } from '../preview-data.ts';

type Draft = Record<string, unknown>;

export function consultationPreview({ settings, consultationsWithFeedback }: PreviewData) {
  const withFeedback = new Set(consultationsWithFeedback);
  return function ConsultationPreview({ entry, widgetFor }: PreviewProps) {
    const data = withoutSource((entry.get('data').toJS() ?? {}) as Draft);
    const slug = typeof entry.get('slug') === 'string' ? (entry.get('slug') as string) : '';
    const { body = '', ...frontmatter } = data;
    // Each render is a fresh look at the draft, on the day the editor is looking at it in London.
    const today = londonDate();
    const findings = checkConsultationDraft({
      data: frontmatter,
      body: String(body),
      settings,
      today,
      ...(slug ? { slug } : {}),
    });
    return h(
      'div',
      { className: 'width-container cms-preview' },
      h(
        'main',
        null,
        statusLine(frontmatter, withFeedback.has(slug), today, findings),
        h('h1', null, text(frontmatter.title) || 'Untitled consultation'),
        frontmatter.summary ? h('p', { className: 'lead' }, text(frontmatter.summary)) : null,
        dates(frontmatter),
        findingsPanel(findings),
        entry.get('newRecord') || !slug ? null : reviewNotice(settings.site.repository, slug),
        widgetFor('body'),
      ),
    );
  };
}

const text = (value: unknown) => (typeof value === 'string' ? value : '');

function statusLine(data: Draft, hasFeedback: boolean, today: string, findings: readonly Finding[]): PreviewNode {
  const { opens, closes, status } = data;
  if (!isIsoDate(opens) || !isIsoDate(closes))
    return h('p', { className: 'hint' }, 'Status: set the opening and closing dates to see it.');
  const stored = status === 'withdrawn' || status === 'paused' ? status : undefined;
  // The launch-ready rule reports exactly the launch gaps the site judges by, so its findings say whether the site would hold it back.
  const launchReady = !findings.some((finding) => finding.rule === 'launch-ready');
  const derived = deriveStatus({ opens, closes, status: stored }, hasFeedback, today, launchReady);
  return h(
    'p',
    { className: 'cms-preview__status' },
    'Status today: ',
    h('strong', { className: `tag tag--${derived}` }, STATUS_LABELS[derived]),
  );
}

function dates(data: Draft): PreviewNode {
  const { opens, closes } = data;
  const rows: [string, string][] = [
    ['Opens', isIsoDate(opens) ? formatDate(opens) : 'Not set'],
    ['Closes', isIsoDate(closes) ? formatDate(closes) : 'Not set'],
  ];
  if (isIsoDate(opens) && isIsoDate(closes) && closes > opens)
    rows.push(['Length', describeDuration(daysBetween(opens, closes))]);
  return h(
    'dl',
    { className: 'summary' },
    ...rows.map(([key, value]) => h('div', { key }, h('dt', null, key), h('dd', null, value))),
  );
}

function findingsPanel(findings: readonly Finding[]): PreviewNode {
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
          ' ',
          h('code', null, finding.rule),
          ': ',
          finding.message,
        ),
      ),
    ),
  );
}

function reviewNotice(repository: PreviewData['settings']['site']['repository'], slug: string): PreviewNode {
  return h(
    'p',
    { className: 'inset cms-review' },
    'On the live site, changes saved in the CMS are reviewed in a pull request before they are published: ',
    h(
      'a',
      {
        href: repositoryLinks(repository).pullRequestsFrom(cmsBranch('consultations', slug)),
        target: '_blank',
        rel: 'noopener',
      },
      'find the pull request for this consultation on GitHub',
    ),
    '.',
  );
}
