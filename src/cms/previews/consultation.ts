/**
 * The consultation preview: what residents will see first (status, dates) and what the checks will say
 * about the draft, live as the editor types, with the site's own stylesheet.
 */
import type { Finding } from '../../lib/rules/core/index.ts';
import { daysBetween, isIsoDate } from '../../lib/dates/calendar-date.ts';
import { STATUS_LABELS } from '../../lib/labels.ts';
import { deriveStatus } from '../../lib/status.ts';
import { formatDate } from '../../lib/text/dates.ts';
import { describeDuration } from '../../lib/text/duration.ts';
import { h, type PreviewNode } from '../decap.ts';
import type { PreviewData } from '../preview-data.ts';
import { entryPreview, text, type Draft, type PreviewHead } from './entry.ts';

const head: PreviewHead = ({ data, slug, today, findings }, { consultationsWithFeedback }) => [
  statusLine(data, consultationsWithFeedback.includes(slug), today, findings),
  h('h1', null, text(data.title) || 'Untitled consultation'),
  data.summary ? h('p', { className: 'lead' }, text(data.summary)) : null,
  dates(data),
];

export const consultationPreview = (preview: PreviewData) => entryPreview('consultations', head, preview);

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
  return facts(rows);
}

/** A summary list of facts, as the site's pages show them. */
export function facts(rows: readonly [string, string][]): PreviewNode {
  return h(
    'dl',
    { className: 'summary' },
    ...rows.map(([key, value]) => h('div', { key }, h('dt', null, key), h('dd', null, value))),
  );
}
