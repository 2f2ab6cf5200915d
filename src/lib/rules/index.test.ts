/**
 * Registration: every rule a module here exports is registered, under an id of the contract, in the module
 * named by its id. (tsc holds the registry to one rule per id, under its own id.)
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULE_IDS, type Rule } from './core/index.ts';
import { CONTENT_RULES } from './index.ts';

const isRule = (value: unknown): value is Rule =>
  typeof value === 'object' && value !== null && 'id' in value && 'scope' in value;

/** The rules each module of src/lib/rules exports (the core and the registry aside), by file. */
const modules = await Promise.all(
  readdirSync(import.meta.dirname)
    .filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts') && name !== 'index.ts')
    .sort()
    .map(async (name) => ({
      file: `src/lib/rules/${name}`,
      rules: Object.values(await import(path.join(import.meta.dirname, name))).filter(isRule),
    })),
);
const exported = modules.flatMap(({ file, rules }) => rules.map((rule) => ({ file, rule })));

describe('the rule registry', () => {
  it('finds the rule modules', () => {
    expect(exported.length).toBeGreaterThanOrEqual(CONTENT_RULES.length);
  });

  it('registers every rule a module exports', () => {
    const unregistered = exported.filter(({ rule }) => !CONTENT_RULES.includes(rule));
    expect(
      unregistered.map(({ file, rule }) => `${file} exports "${rule.id}"`),
      'rules missing from src/lib/rules/index.ts',
    ).toEqual([]);
  });

  it('gives every rule an id of the contract (src/lib/schema/rule-ids.ts)', () => {
    const unknown = exported.filter(({ rule }) => !(RULE_IDS as readonly string[]).includes(rule.id));
    expect(unknown.map(({ file, rule }) => `${file}: "${rule.id}"`)).toEqual([]);
  });

  it('keeps each rule in the module named by its id', () => {
    expect(exported.map(({ file, rule }) => [rule.id, file])).toEqual(
      exported.map(({ rule }) => [rule.id, `src/lib/rules/${rule.id}.ts`]),
    );
  });

  it('has one rule for each id but approvals, which runs on pull requests, in the order of the contract', () => {
    expect(CONTENT_RULES.map((rule) => rule.id)).toEqual(RULE_IDS.filter((id) => id !== 'approvals'));
  });
});
