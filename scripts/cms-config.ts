/**
 * Prints the Decap CMS configuration generated from the schemas (the same YAML the site serves at
 * /admin/config.yml), or writes it with `--out <file>`.
 *
 *   npm run cms:config
 *   npm run cms:config -- --out public/admin/config.yml
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { loadSettings } from '../src/lib/content/settings.ts';
import { buildCmsConfig } from '../src/lib/cms/config.ts';
import { cmsConfigYaml, cmsOptionsFromEnv } from '../src/lib/cms/serialise.ts';

const { values } = parseArgs({
  options: { out: { type: 'string' }, root: { type: 'string', default: process.cwd() } },
});
const yaml = cmsConfigYaml(buildCmsConfig(loadSettings(values.root), cmsOptionsFromEnv(process.env)));
if (values.out) {
  writeFileSync(values.out, yaml);
  process.stderr.write(`Wrote ${values.out}\n`);
} else {
  process.stdout.write(yaml);
}
