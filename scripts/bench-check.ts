/**
 * `npm run bench:check`: times the checker on 10,000 generated consultations (a temp folder, no git
 * history). Target: under 3 s on a 2-core machine. Not a test: the figure depends on the machine.
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkContent } from '../src/lib/check/index.ts';
import { addDays, addWeeks } from '../src/lib/dates/calendar-date.ts';

const COUNT = Number(process.env.BENCH_COUNT ?? 10_000);
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const TOPICS = ['transport', 'libraries', 'adult-social-care', 'education', 'environment', 'budget'];
const AREAS = ['countywide', 'kelbrook', 'northfold', 'wexham-vale', 'southmere', 'east-harrowdale'];
const AUDIENCES = ['residents', 'young-people', 'older-people', 'businesses', 'schools'];

/** A realistic consultation, deterministic from its number: dates spread over 2024-2028. */
function consultation(index: number): string {
  const opens = addDays('2024-01-08', (index * 7) % 1700);
  const pick = <T>(list: readonly T[], salt: number) => list[(index * 31 + salt) % list.length]!;
  return `---
title: Proposal ${index} for ${pick(TOPICS, 1)} services in ${pick(AREAS, 2)}
summary: We want your views on proposal ${index}, which would change how we run ${pick(TOPICS, 1)} services for people in ${pick(AREAS, 2)}.
activity: ${index % 5 === 0 ? 'engagement' : 'consultation'}
significance: ${pick(['minor', 'standard', 'major'], 3)}
statutory:
  required: false
service: Service ${index % 40}
decisionMaker: Cabinet Member for ${pick(TOPICS, 1)}
topics: [${pick(TOPICS, 1)}]
areas: [${pick(AREAS, 2)}]
audiences: [${pick(AUDIENCES, 4)}]
methods: [survey, drop-in]
opens: ${opens}
closes: ${addWeeks(opens, 14)}
respond:
  online: https://haveyoursay.harrowdale.example/surveys/proposal-${index}
  post: Proposal ${index}, Freepost HARROWDALE, County Hall, Kelbrook HD1 2AB
formats: [large-print, paper]
equalityImpact:
  status: completed
governance:
  authorisedBy: Cabinet Member
  authorisedOn: ${addDays(opens, -21)}
contact:
  team: Consultation and Engagement Team
  email: haveyoursay@harrowdale.example
---

## What we are proposing

We propose to change proposal ${index}. The change would start next year and affect about ${index % 900} people.

## Why we are consulting

We want to hear from people who use the service before we decide. Your views will shape the final plan.

## What you can influence

You can tell us which option suits you best. The budget is fixed and will not change.

| Option | What changes |
| --- | --- |
| A | Longer hours on weekdays |
| B | Longer hours at weekends |

## How to have your say

Fill in the [online survey](https://haveyoursay.harrowdale.example/surveys/proposal-${index}), or ask for a paper copy.

## What happens next

We will publish what you told us and what we decided within 12 weeks of the closing date.
`;
}

const root = mkdtempSync(path.join(os.tmpdir(), 'bench-check-'));
try {
  cpSync(path.join(ROOT, 'content/settings'), path.join(root, 'content/settings'), { recursive: true });
  mkdirSync(path.join(root, 'content/consultations'));
  for (let index = 0; index < COUNT; index += 1) writeFileSync(path.join(root, 'content/consultations', `proposal-${index}.mdx`), consultation(index));

  const started = performance.now();
  const result = checkContent({ root, today: '2026-11-23' });
  const seconds = (performance.now() - started) / 1000;
  const byRule = new Map<string, number>();
  for (const finding of result.findings) byRule.set(finding.rule, (byRule.get(finding.rule) ?? 0) + 1);
  console.log(`Checked ${result.files} consultations in ${seconds.toFixed(2)} s (${result.errors} errors, ${result.warnings} warnings).`);
  if (byRule.size) console.log(`Findings by rule: ${[...byRule].map(([rule, count]) => `${rule} ${count}`).join(', ')}`);
  console.log(seconds < 3 ? 'Within the 3 s target.' : 'Over the 3 s target.');
} finally {
  rmSync(root, { recursive: true, force: true });
}
