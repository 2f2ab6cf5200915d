/**
 * Partner hubs' consultations as this hub lists them: in the finder, search, the forward plan and the feeds,
 * labelled with their organisation and linking to the partner's own page. They have no page here and are never
 * re-published in this hub's open data, so hubs never echo each other.
 */
import { daysBetween, type IsoDate } from '../dates/calendar-date.ts';
import type { PartnerEntry } from '../content/partners.ts';
import type { ProcessSettings, SiteSettings } from '../schema/settings.ts';
import { daysLeft, deriveStatus, feedbackDueDate } from '../status.ts';
import type { CatalogueItem } from './catalogue.ts';

/** Unique beside this hub's slugs, which never hold two hyphens in a row. */
export const partnerItemId = (organisation: string, slug: string) => `${organisation}--${slug}`;

export function partnerItems(
  entries: readonly PartnerEntry[],
  site: Pick<SiteSettings, 'taxonomy' | 'organisations'>,
  process: Pick<ProcessSettings, 'feedbackWithinWeeks'>,
  today: IsoDate,
): CatalogueItem[] {
  // A partner's own taxonomy values mean nothing to this hub's filters: only the shared ones are kept.
  const known = (terms: readonly { id: string }[]) => new Set(terms.map((term) => term.id));
  const topics = known(site.taxonomy.topics);
  const areas = known(site.taxonomy.areas);
  const audiences = known(site.taxonomy.audiences);
  const organisations = known(site.organisations);
  return entries.map((entry): CatalogueItem => {
    const data = {
      ...entry.data,
      topics: entry.data.topics.filter((value) => topics.has(value)),
      areas: entry.data.areas.filter((value) => areas.has(value)),
      audiences: entry.data.audiences.filter((value) => audiences.has(value)),
    };
    // The partner judged its own launch readiness; its dates are read again for today.
    const status = deriveStatus(data, entry.hasFeedback, today, entry.publishedStatus !== 'delayed');
    const feedbackDue = feedbackDueDate(data.closes, process.feedbackWithinWeeks);
    const item: CatalogueItem = {
      id: partnerItemId(entry.organisation.id, entry.slug),
      data,
      status,
      launchMissing: [],
      feedbackDue,
      feedbackOverdue: false,
      durationDays: daysBetween(data.opens, data.closes),
      year: data.opens.slice(0, 4),
      organisation: entry.organisation.id,
      partners: (data.partners ?? []).filter((id) => organisations.has(id) && id !== entry.organisation.id),
      partnerPage: entry.url,
    };
    if (status === 'open') item.daysLeft = daysLeft(data.closes, today);
    return item;
  });
}
