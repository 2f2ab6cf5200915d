/**
 * The site's one way into content: Astro collections, settings and the catalogue for the build's
 * `today`. Memoised so thousands of pages share one load.
 */
import { getCollection } from 'astro:content';
import { resolveToday } from '../lib/dates/calendar-date.ts';
import { buildCatalogue, type CatalogueItem } from '../lib/catalogue/catalogue.ts';
import { loadSettings, type Settings } from '../lib/content/settings.ts';

/** The build date in London, or TODAY=YYYY-MM-DD for reproducible builds and tests. */
export const today = resolveToday(process.env.TODAY);

let settingsCache: Settings | undefined;
export function settings(): Settings {
  settingsCache ??= loadSettings(process.cwd());
  return settingsCache;
}

let catalogueCache: Promise<CatalogueItem[]> | undefined;
export function catalogue(): Promise<CatalogueItem[]> {
  catalogueCache ??= (async () => {
    const [consultations, feedback] = await Promise.all([getCollection('consultations'), getCollection('feedback')]);
    return buildCatalogue(consultations, feedback, settings().process, today);
  })();
  return catalogueCache;
}

export async function catalogueItem(id: string): Promise<CatalogueItem | undefined> {
  return (await catalogue()).find((item) => item.id === id);
}
