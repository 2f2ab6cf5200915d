/** The generated configuration as the YAML Decap reads from /admin/config.yml. */
import { stringify } from 'yaml';
import type { CmsConfigOptions } from './config.ts';
import type { CmsConfig } from './types.ts';

const HEADER =
  '# Generated from the zod schemas in src/lib/schema and content/settings by src/lib/cms. Do not edit: run `npm run cms:config`.\n';

export function cmsConfigYaml(config: CmsConfig): string {
  return HEADER + stringify(config, { lineWidth: 0, aliasDuplicateObjects: false });
}

/**
 * Deployment-specific settings come from the environment, so the same content repository can be
 * edited locally on any port and signed in to through any OAuth proxy.
 */
export function cmsOptionsFromEnv(env: Record<string, string | undefined>): CmsConfigOptions {
  const options: CmsConfigOptions = {};
  if (env.CMS_LOCAL_BACKEND_URL) options.localBackendUrl = env.CMS_LOCAL_BACKEND_URL;
  if (env.CMS_AUTH_BASE_URL) options.authBaseUrl = env.CMS_AUTH_BASE_URL;
  if (env.CMS_AUTH_ENDPOINT) options.authEndpoint = env.CMS_AUTH_ENDPOINT;
  return options;
}
