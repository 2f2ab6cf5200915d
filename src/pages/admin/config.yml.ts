/** /admin/config.yml: the Decap CMS configuration, generated from the schemas on every build and dev request. */
import type { APIRoute } from 'astro';
import { buildCmsConfig } from '../../lib/cms/config.ts';
import { cmsConfigYaml, cmsOptionsFromEnv } from '../../lib/cms/serialise.ts';
import { settings } from '../../site/data.ts';

// Under `astro dev` "View Live" opens the page on this local site, where the change just published is.
export const GET: APIRoute = ({ url }) => {
  const options = cmsOptionsFromEnv(process.env);
  if (import.meta.env.DEV) options.siteUrl = new URL(import.meta.env.BASE_URL, url.origin).href;
  return new Response(cmsConfigYaml(buildCmsConfig(settings(), options)), {
    headers: { 'Content-Type': 'text/yaml; charset=utf-8' },
  });
};
