/** iCalendar: closing dates (all day) and events (London time) of what one can still respond to; see consultationsCalendar. */
import type { APIRoute } from 'astro';
import { PAGES } from '../lib/routes.ts';
import { listedCatalogue, settings } from '../site/data.ts';
import { calendarResponse } from '../site/feeds.ts';

export const GET: APIRoute = async (context) => {
  const { site, organisation } = settings().site;
  return calendarResponse({
    site: context.site!,
    path: PAGES.calendar,
    title: `${site.title}: closing dates and events`,
    description: `Closing dates and events of consultations by ${organisation.name} that you can still respond to`,
    items: await listedCatalogue(),
  });
};
