import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import picomatch from 'picomatch';
import { describe, expect, it } from 'vitest';
import { codeowners } from '../../scripts/governance-codeowners.ts';
import { CODEOWNERS_FILE, renderCodeowners } from '../../src/lib/governance/codeowners.ts';
import { loadGovernance, parseGovernance } from '../../src/lib/governance/governance.ts';
import { areaOf, pathMatcher } from '../../src/lib/governance/paths.ts';
import { importGraph } from '../../support/import-graph.ts';
import { ROOT } from '../../support/paths.ts';
import { GOVERNANCE } from './fixtures.ts';

/** The owners GitHub would ask for a path: those of the last line that matches it (gitignore-style patterns). */
function ownersOf(codeownersText: string, file: string): string[] | undefined {
  let owners: string[] | undefined;
  for (const line of codeownersText.split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    const [pattern, ...names] = line.split(/\s+/) as [string, ...string[]];
    const anchored = pattern.replace(/^\//, '');
    const matches =
      pattern === '*' ||
      (pattern.endsWith('/')
        ? file.startsWith(anchored)
        : file === anchored || file.startsWith(`${anchored}/`) || picomatch(anchored, { dot: true })(file));
    if (matches) owners = names;
  }
  return owners;
}

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
    expect(codeowners(ROOT, true)).toEqual({
      stale: false,
      message: '.github/CODEOWNERS is up to date with governance.yaml',
    });
  });

  it('maps the catch-all, each folder and each path pattern to the holders of the roles every change there needs', () => {
    const text = renderCodeowners(parseGovernance(GOVERNANCE));
    expect(text).toContain('\n* @harrowdale-council/hub-maintainers\n');
    // Every change to a consultation needs the group; the authoriser only for some of them.
    expect(text).toContain('/content/consultations/ @harrowdale-council/consultation-group\n');
    expect(text).toContain(
      '/content/standards/ @harrowdale-council/consultation-group @cllr-amara-osei @director-place-hd\n',
    );
    expect(text).toContain('/public/documents/ @harrowdale-council/consultation-group\n');
    // Code, workflows included, needs a maintainer whatever else: the part GitHub enforces even if a workflow forged the check.
    expect(text).toContain('/package.json @harrowdale-council/hub-maintainers\n');
    expect(text).toContain('/package-lock.json @harrowdale-council/hub-maintainers\n');
    expect(text).toContain('/.github/** @harrowdale-council/hub-maintainers\n');
    expect(text).toContain('/content/settings/process.yaml @harrowdale-council/consultation-group\n');
    // A narrower line comes after the folder it is in, since GitHub takes the last match.
    expect(text.indexOf('/content/settings/process.yaml')).toBeGreaterThan(text.indexOf('/content/settings/ '));
  });

  it('names the holders of each role where no role is common to every requirement', () => {
    const governance = parseGovernance(
      'roles:\n  consultation-group: ["@harrowdale-council/consultation-group"]\n  authoriser: ["@cllr-amara-osei"]\nrequirements:\n  - when: standard-changed\n    need: [consultation-group]\n  - when: content-removed\n    need: [authoriser]\n',
    );
    expect(renderCodeowners(governance)).toContain(
      '/content/standards/ @harrowdale-council/consultation-group @cllr-amara-osei\n',
    );
  });

  it('says so where no requirement covers a folder, and the line above then applies', () => {
    const text = renderCodeowners(
      parseGovernance(
        'roles:\n  consultation-group: ["@harrowdale-council/consultation-group"]\nrequirements:\n  - when: feedback-published\n    need: [consultation-group]\n',
      ),
    );
    expect(text).toContain(
      '# /content/strategies/: no requirement in governance.yaml names a role for strategy-adopted or strategy-drafted or record-changed or content-removed',
    );
  });

  it('every tracked file of this repository, and files not yet written, has owners who can fill a slot of every requirement there', () => {
    const governance = loadGovernance(ROOT);
    const text = readFileSync(path.join(ROOT, CODEOWNERS_FILE), 'utf8');
    const tracked = execFileSync('git', ['ls-files', '-z'], { cwd: ROOT, encoding: 'utf8' })
      .split('\0')
      .filter(Boolean);
    expect(tracked.length).toBeGreaterThan(100);
    const future = [
      'content/partners/kelbrook-district.json',
      'content/standards/planning-advice.mdx',
      'public/documents/new-survey.pdf',
      '.github/dependabot.yml',
      'src/lib/rules/new-rule.ts',
      'Dockerfile',
    ];
    for (const file of [...tracked, ...future]) {
      const owners = ownersOf(text, file);
      expect(owners?.length, `${file} has no CODEOWNERS line`).toBeGreaterThan(0);
      const kinds = areaOf(file).kinds;
      const applying = governance.requirements.filter(
        (requirement) =>
          kinds.includes(requirement.when) && (!requirement.paths || pathMatcher(requirement.paths)(file)),
      );
      for (const requirement of applying) {
        const held = requirement.need.some((role) => owners!.some((owner) => governance.roles[role]!.includes(owner)));
        expect(held, `${file}: no owner can approve for ${requirement.when} (${requirement.need.join(', ')})`).toBe(
          true,
        );
      }
    }
    expect(ownersOf(text, 'package.json')).toEqual(['@harrowdale-council/hub-maintainers']);
    expect(ownersOf(text, '.github/workflows/approvals.yml')).toEqual(['@harrowdale-council/hub-maintainers']);
    expect(ownersOf(text, 'content/standards/consultation-timescales.mdx')).toContain('@cllr-amara-osei');
  });

  it('--check exits 1 and leaves a stale file alone; without it the file is rewritten', () => {
    const dir = tempRepo(GOVERNANCE, '/content/ @someone-who-left\n');
    let failure = { status: 0, stderr: '' };
    try {
      // The CLI as a council runs it, from the temp repository (tsx taken from this checkout).
      const tsx = path.join(ROOT, 'node_modules/tsx/dist/cli.mjs');
      execFileSync(process.execPath, [tsx, path.join(ROOT, 'scripts/governance-codeowners.ts'), '--check'], {
        cwd: dir,
        stdio: 'pipe',
        encoding: 'utf8',
      });
    } catch (error) {
      failure = error as typeof failure;
    }
    expect(failure.status).toBe(1);
    expect(failure.stderr).toContain(
      '.github/CODEOWNERS does not match content/settings/governance.yaml: run npm run governance:codeowners',
    );
    expect(readFileSync(path.join(dir, '.github/CODEOWNERS'), 'utf8')).toBe('/content/ @someone-who-left\n');

    expect(codeowners(dir, false).message).toBe('Wrote .github/CODEOWNERS from governance.yaml');
    expect(codeowners(dir, true).stale).toBe(false);
  });
});

describe('the sample governance.yaml', () => {
  it('asks a maintainer and the consultation group for every module the rules, the check and the approvals check run', () => {
    const governance = loadGovernance(ROOT);
    const guarded = governance.requirements.filter(
      (requirement) =>
        requirement.when === 'code-changed' &&
        requirement.paths &&
        requirement.need.includes('maintainers') &&
        requirement.need.includes('consultation-group'),
    );
    const isGuarded = pathMatcher(guarded.flatMap((requirement) => requirement.paths ?? []));
    const entries = [
      'src/lib/rules/index.ts',
      'src/lib/check/check-content.ts',
      'scripts/check.ts',
      'scripts/approvals.ts',
    ];
    const reached = new Set<string>();
    for (const entry of entries) importGraph(path.join(ROOT, entry), reached);
    const modules = [...reached]
      .filter((module) => path.isAbsolute(module))
      .map((module) => path.relative(ROOT, module).split(path.sep).join('/'));
    expect(modules.length).toBeGreaterThan(50);
    expect(modules.filter((module) => !isGuarded(module))).toEqual([]);
  });
});
