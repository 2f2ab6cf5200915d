/**
 * Writes .github/CODEOWNERS from content/settings/governance.yaml.
 * `npm run governance:codeowners -- --check` exits 1 when the committed file is stale.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { CODEOWNERS_FILE, renderCodeowners } from '../src/lib/governance/codeowners.ts';
import { loadGovernance } from '../src/lib/governance/governance.ts';
import { SETTINGS_FILES } from '../src/lib/routes.ts';

export function codeowners(root: string, check: boolean): { stale: boolean; message: string } {
  const expected = renderCodeowners(loadGovernance(root));
  const file = path.join(root, CODEOWNERS_FILE);
  const current = existsSync(file) ? readFileSync(file, 'utf8') : undefined;
  if (current === expected) return { stale: false, message: `${CODEOWNERS_FILE} is up to date with governance.yaml` };
  if (check)
    return {
      stale: true,
      message: `${CODEOWNERS_FILE} does not match ${SETTINGS_FILES.governance}: run npm run governance:codeowners and commit the result`,
    };
  writeFileSync(file, expected);
  return { stale: false, message: `Wrote ${CODEOWNERS_FILE} from governance.yaml` };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { stale, message } = codeowners(process.cwd(), process.argv.includes('--check'));
  (stale ? process.stderr : process.stdout).write(`${message}\n`);
  process.exitCode = stale ? 1 : 0;
}
