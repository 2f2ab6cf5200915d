/** Previews of feedback reports, strategies and service standards: their status and key dates, then the shared checks and approvals. */
import { isIsoDate } from '../../lib/dates/calendar-date.ts';
import { labelOf, STRATEGY_STATUS_LABELS } from '../../lib/labels.ts';
import { formatDate } from '../../lib/text/dates.ts';
import { plural } from '../../lib/text/plural.ts';
import { h } from '../decap.ts';
import type { PreviewData } from '../preview-data.ts';
import { facts } from './consultation.ts';
import { entryPreview, text, type PreviewHead } from './entry.ts';

const dateOr = (value: unknown, missing: string) => (isIsoDate(value) ? formatDate(value) : missing);

const feedbackHead: PreviewHead = ({ data, today }) => {
  const published = data.published;
  const responses = (data.responses as { total?: unknown } | undefined)?.total;
  return [
    h(
      'p',
      { className: 'cms-preview__status' },
      'Status: ',
      h('strong', null, isIsoDate(published) && published <= today ? 'Published' : 'Not published yet'),
    ),
    h('h1', null, 'We asked, you said, we did'),
    facts([
      ['Consultation', text(data.consultation) || 'Not chosen'],
      ['Published', dateOr(published, 'Not set')],
      ['Responses', typeof responses === 'number' ? plural(responses, 'response') : 'Not set'],
    ]),
  ];
};

const strategyHead: PreviewHead = ({ data }) => [
  h(
    'p',
    { className: 'cms-preview__status' },
    'Status: ',
    h('strong', null, labelOf(STRATEGY_STATUS_LABELS, text(data.status)) ?? 'Not set'),
  ),
  h('h1', null, text(data.title) || 'Untitled strategy'),
  data.summary ? h('p', { className: 'lead' }, text(data.summary)) : null,
  facts([
    ['Adopted', dateOr(data.adopted, 'Not set')],
    ['Endorsed by', text(data.endorsedBy) || 'Not set'],
    ['Review by', dateOr(data.reviewBy, 'Not set')],
  ]),
];

const standardHead: PreviewHead = ({ data }) => {
  const commitments = Array.isArray(data.commitments) ? data.commitments.length : 0;
  return [
    h('p', { className: 'cms-preview__status' }, 'Status: ', h('strong', null, 'Published standard')),
    h('h1', null, text(data.title) || 'Untitled standard'),
    data.summary ? h('p', { className: 'lead' }, text(data.summary)) : null,
    facts([
      ['Area', text(data.area) || 'Not set'],
      ['Owner', text(data.owner) || 'Not set'],
      ['Last reviewed', dateOr(data.reviewed, 'Not set')],
      ['Commitments', plural(commitments, 'commitment')],
    ]),
  ];
};

export const feedbackPreview = (preview: PreviewData) => entryPreview('feedback', feedbackHead, preview);
export const strategyPreview = (preview: PreviewData) => entryPreview('strategies', strategyHead, preview);
export const standardPreview = (preview: PreviewData) => entryPreview('standards', standardHead, preview);
