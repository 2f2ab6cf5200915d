import { describe, expect, it } from 'vitest';
import {
  contributorsOf,
  describeContributions,
  mayBe,
  needsIdentities,
  surelyIs,
  type PullCommit,
} from './contributors.ts';

const JO = { name: 'Jo Okafor', email: 'jo.okafor@harrowdale.example', login: 'waste-officer-jo' };
const commit = (message: string, extra: Partial<PullCommit> = {}): PullCommit => ({
  sha: 'a1b2c3d4'.repeat(5),
  message,
  author: JO,
  committer: JO,
  ...extra,
});

describe('contributorsOf', () => {
  it('finds the author, the committer and every Co-authored-by trailer, however it is capitalised', () => {
    const message =
      'Open the consultation\n\nCo-authored-by: Priya Nair <priya.nair@harrowdale.example>\nco-authored-by:Tom Ellery <81+tom-ellery@users.noreply.github.com>\n';
    expect(contributorsOf([commit(message)]).map((person) => [person.role, person.name, person.email])).toEqual([
      ['authored', 'Jo Okafor', 'jo.okafor@harrowdale.example'],
      ['committed', 'Jo Okafor', 'jo.okafor@harrowdale.example'],
      ['co-authored', 'Priya Nair', 'priya.nair@harrowdale.example'],
      ['co-authored', 'Tom Ellery', '81+tom-ellery@users.noreply.github.com'],
    ]);
  });
});

describe('matching a reviewer', () => {
  const [, , coAuthor] = contributorsOf([
    commit('Fix\n\nCo-authored-by: Tom Ellery <81+tom-ellery@users.noreply.github.com>'),
  ]);

  it('is certain by login or by noreply address, case-insensitively', () => {
    expect(surelyIs(coAuthor!, 'Tom-Ellery')).toBe(true);
    expect(surelyIs(coAuthor!, 'priya-nair')).toBe(false);
  });

  it('follows a renamed account by the id in its old noreply address', () => {
    expect(mayBe(coAuthor!, { login: 'tom-ellery-hdc', id: 81, names: [], emails: [] })).toBe(true);
    expect(mayBe(coAuthor!, { login: 'tom-ellery-hdc', id: 82, names: ['Tom Ellery'], emails: [] })).toBe(false);
  });

  it('matches an unlinked address or name against those the reviewer uses, ignoring case and spacing', () => {
    const [, , plain] = contributorsOf([commit('Fix\n\nCo-authored-by: priya  NAIR <P.Nair@Harrowdale.example>')]);
    expect(needsIdentities([plain!])).toBe(true);
    expect(mayBe(plain!, { login: 'priya-nair', names: ['Priya Nair'], emails: [] })).toBe(true);
    expect(mayBe(plain!, { login: 'priya-nair', names: [], emails: ['p.nair@harrowdale.example'] })).toBe(true);
    expect(mayBe(plain!, { login: 'tom-ellery', names: ['Tom Ellery'], emails: ['tom@harrowdale.example'] })).toBe(
      false,
    );
  });

  it('describes what each reviewer wrote, commit by commit', () => {
    const people = contributorsOf([commit('Fix', { committer: { name: 'Tom Ellery', login: 'tom-ellery' } })]);
    expect(describeContributions(people.filter((person) => surelyIs(person, 'waste-officer-jo')))).toBe(
      'authored a1b2c3d',
    );
  });
});
