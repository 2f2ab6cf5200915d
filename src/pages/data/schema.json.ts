/** JSON Schema of /data/consultations.json, generated from the zod schema that builds it. */
import type { APIRoute } from 'astro';
import { consultationDatasetJsonSchema } from '../../lib/opendata/json-schema.ts';
import { absoluteUrl, siteBaseUrl } from '../../lib/opendata/urls.ts';
import { settings } from '../../site/data.ts';

export const GET: APIRoute = (context) => {
  const siteBase = siteBaseUrl(context.site ?? settings().site.site.url, import.meta.env.BASE_URL);
  const schema = consultationDatasetJsonSchema(absoluteUrl(siteBase, 'data/schema.json'));
  return new Response(`${JSON.stringify(schema, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/schema+json; charset=utf-8' },
  });
};
