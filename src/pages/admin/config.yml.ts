/** /admin/config.yml: the Decap CMS configuration, generated from the schemas on every build and dev request. */
import type { APIRoute } from 'astro';
import { buildCmsConfig } from '../../lib/cms/config.ts';
import { cmsConfigYaml, cmsOptionsFromEnv } from '../../lib/cms/serialise.ts';
import { settings } from '../../site/data.ts';

export const GET: APIRoute = () =>
  new Response(cmsConfigYaml(buildCmsConfig(settings(), cmsOptionsFromEnv(process.env))), {
    headers: { 'Content-Type': 'text/yaml; charset=utf-8' },
  });
