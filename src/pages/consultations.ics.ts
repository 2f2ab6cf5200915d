/** iCalendar: closing dates (all day) and events (London time) from a year ago onwards; see consultationsCalendar. */
import type { APIRoute } from 'astro';
import { consultationsCalendar } from '../lib/opendata/calendar.ts';
import { siteBaseUrl } from '../lib/opendata/urls.ts';
import { listedCatalogue, organisationName, ownOrganisationId, settings, today } from '../site/data.ts';

export const GET: APIRoute = async (context) => {
  const { site, organisation } = settings().site;
  const body = consultationsCalendar(await listedCatalogue(), {
    organisationName: organisationName(),
    ownOrganisation: ownOrganisationId(),
    siteBase: siteBaseUrl(context.site!, import.meta.env.BASE_URL),
    name: `${site.title}: closing dates and events`,
    organisation: organisation.name,
    today,
  });
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
