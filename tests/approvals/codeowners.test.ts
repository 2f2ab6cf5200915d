import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { codeowners } from '../../scripts/governance-codeowners.ts';
import { renderCodeowners } from '../../src/lib/governance/codeowners.ts';
import { parseGovernance } from '../../src/lib/governance/governance.ts';
import { ROOT } from '../support/paths.ts';
import { GOVERNANCE } from './fixtures.ts';

function tempRepo(governance: string, current?: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'codeowners-'));
  mkdirSync(path.join(dir, 'content/settings'), { recursive: true });
  mkdirSync(path.join(dir, '.github'));
  writeFileSync(path.join(dir, 'content/settings/governance.yaml'), governance);
  if (current !== undefined) writeFileSync(path.join(dir, '.github/CODEOWNERS'), current);
  return dir;
}

describe('CODEOWNERS from governance.yaml', () => {
  it('the committed .github/CODEOWNERS is current', () => {
    expect(codeowners(ROOT, true)).toEqual({ stale: false, message: '.github/CODEOWNERS is up to date with governance.yaml' });
  });

  it('maps each content folder to the holders of the roles its changes need', () => {
    const text = renderCodeowners(parseGovernance(GOVERNANCE));
    expect(text).toContain('/content/consultations/ @harrowdale-council/consultation-group @cllr-amara-osei @director-place-hd\n');
    expect(text).toContain('/content/feedback/ @harrowdale-council/consultation-group\n');
    expect(text).toContain('/content/settings/ @harrowdale-council/consultation-group\n');
    expect(text).toContain('/scripts/approvals.ts @harrowdale-council/consultation-group\n');
  });

  it('says so where no requirement covers a folder', () => {
    const text = renderCodeowners(parseGovernance('roles:\n  consultation-group: ["@harrowdale-council/consultation-group"]\nrequirements:\n  - when: feedback-published\n    need: [consultation-group]\n'));
    expect(text).toContain('# /content/strategies/: no requirement in governance.yaml names a role for strategy-adopted');
  });

  it('--check exits 1 and leaves a stale file alone; without it the file is rewritten', () => {
    const dir = tempRepo(GOVERNANCE, '/content/ @someone-who-left\n');
    let failure = { status: 0, stderr: '' };
    try {
      // The CLI as a council runs it, from the temp repository (tsx taken from this checkout).
      const tsx = path.join(ROOT, 'node_modules/tsx/dist/cli.mjs');
      execFileSync(process.execPath, [tsx, path.join(ROOT, 'scripts/governance-codeowners.ts'), '--check'], { cwd: dir, stdio: 'pipe', encoding: 'utf8' });
    } catch (error) {
      failure = error as typeof failure;
    }
    expect(failure.status).toBe(1);
    expect(failure.stderr).toContain('.github/CODEOWNERS does not match content/settings/governance.yaml: run npm run governance:codeowners');
    expect(readFileSync(path.join(dir, '.github/CODEOWNERS'), 'utf8')).toBe('/content/ @someone-who-left\n');

    expect(codeowners(dir, false).message).toBe('Wrote .github/CODEOWNERS from governance.yaml');
    expect(codeowners(dir, true).stale).toBe(false);
  });
});
