import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SettingsError } from '../content/settings.ts';
import { CHANGE_KINDS } from '../schema/settings.ts';
import { formatPrincipal, loadGovernance, parseGovernance, parsePrincipal } from './governance.ts';

const ROOT = path.resolve(import.meta.dirname, '../../..');

describe('governance.yaml', () => {
  it('the sample council file loads', () => {
    const governance = loadGovernance(ROOT);
    expect(Object.keys(governance.roles)).toContain('authoriser');
    expect(governance.requirements.length).toBeGreaterThan(0);
  });

  it('refuses a requirement naming a role that is not defined', () => {
    const text =
      'roles:\n  authoriser: ["@cllr-amara-osei"]\nrequirements:\n  - when: feedback-published\n    need: [consultation-group]\n';
    expect(() => parseGovernance(text)).toThrow(SettingsError);
    expect(() => parseGovernance(text)).toThrow(
      'requirements.0.need names the role "consultation-group", which is not defined under roles',
    );
  });

  it("refuses a partner's role the hub does not define: a misspelt one would fall back to the hub's holders", () => {
    const text =
      'roles:\n  authoriser: ["@cllr-amara-osei"]\norganisations:\n  harrowdale-fire:\n    roles:\n      authorizer: ["@chief-fire-officer-hd"]\n';
    expect(() => parseGovernance(text)).toThrow(
      'organisations.harrowdale-fire.roles names the role "authorizer", which is not defined under roles (authoriser)',
    );
    expect(loadGovernance(ROOT).organisations?.['harrowdale-fire']?.roles.authoriser).toEqual([
      '@chief-fire-officer-hd',
    ]);
  });

  it('refuses an unknown change kind and a malformed principal, naming the field', () => {
    expect(() =>
      parseGovernance(
        'roles:\n  authoriser: ["@cllr-amara-osei"]\nrequirements:\n  - when: consultation-closes\n    need: [authoriser]\n',
      ),
    ).toThrow(/Requirements item 1 > When must be one of: consultation-opens/);
    expect(() => parseGovernance('roles:\n  authoriser: ["cllr amara"]\n')).toThrow(
      /Roles > Authoriser item 1 must be a GitHub user/,
    );
  });

  it('the sample council names a maintainer for code and a requirement for every kind of change', () => {
    const governance = loadGovernance(ROOT);
    expect(governance.roles.maintainers).toEqual(['@harrowdale-council/hub-maintainers']);
    expect(
      CHANGE_KINDS.filter(
        (kind) => !governance.requirements.some((requirement) => requirement.when === kind && !requirement.paths),
      ),
    ).toEqual([]);
  });

  it('refuses a path pattern that can never match its kind of change, and a malformed one', () => {
    const roles = 'roles:\n  maintainers: ["@harrowdale-council/hub-maintainers"]\nrequirements:\n';
    expect(() =>
      parseGovernance(
        `${roles}  - when: code-changed\n    paths: [content/settings/process.yaml]\n    need: [maintainers]\n`,
      ),
    ).toThrow(
      'requirements.0.paths.0 "content/settings/process.yaml" can never match a code-changed change, which only happens in files outside content/ and public/documents/',
    );
    expect(() =>
      parseGovernance(`${roles}  - when: standard-changed\n    paths: [content/**]\n    need: [maintainers]\n`),
    ).not.toThrow();
    expect(() =>
      parseGovernance(`${roles}  - when: code-changed\n    paths: [/src/]\n    need: [maintainers]\n`),
    ).toThrow(/Requirements item 1 > Paths item 1 must be a path from the top of the repository/);
  });

  it('tells users from teams', () => {
    expect(parsePrincipal('@cllr-amara-osei')).toEqual({ kind: 'user', login: 'cllr-amara-osei' });
    expect(parsePrincipal('@harrowdale-council/consultation-group')).toEqual({
      kind: 'team',
      org: 'harrowdale-council',
      slug: 'consultation-group',
    });
    expect(formatPrincipal(parsePrincipal('@harrowdale-council/consultation-group'))).toBe(
      '@harrowdale-council/consultation-group',
    );
  });
});
