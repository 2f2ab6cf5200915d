/** The open dataset for the build, shared by the JSON, CSV and data index pages (the underscore keeps it out of the routes). */
import { consultationDataset, type ConsultationDataset } from '../../lib/opendata/record.ts';
import { siteBaseUrl } from '../../lib/opendata/urls.ts';
import { ownOrganisation } from '../../lib/schema/partnership.ts';
import { catalogue, settings, today } from '../../site/data.ts';

let datasetCache: Promise<ConsultationDataset> | undefined;

/** Memoised: the site URL is the same for every page of one build. */
export function openDataset(site: URL | undefined): Promise<ConsultationDataset> {
  datasetCache ??= catalogue().then((items) =>
    consultationDataset(items, {
      siteBase: siteBaseUrl(site ?? settings().site.site.url, import.meta.env.BASE_URL),
      publisher: settings().site.organisation.name,
      today,
      organisations: [ownOrganisation(settings().site), ...settings().site.organisations.slice(1)].map(
        ({ id, name, website }) => ({ id, name, website }),
      ),
    }),
  );
  return datasetCache;
}
