/** Realistic Harrowdale content and the GitHub state of each approvals scenario. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { FakeGitHub, FakeReview } from '../support/github-api-server.ts';
import { ROOT } from '../support/paths.ts';

export const TODAY = '2026-11-23';
export const OWNER = 'harrowdale-council';
export const REPO = 'have-your-say';
export const BASE_SHA = 'b'.repeat(40);
export const HEAD_SHA = 'c'.repeat(40);
export const OLDER_SHA = 'a'.repeat(40);
export const MERGE_SHA = 'd'.repeat(40);
export const TEAM = 'harrowdale-council/consultation-group';

export const GOVERNANCE = readFileSync(path.join(ROOT, 'content/settings/governance.yaml'), 'utf8');
export const PROCESS = readFileSync(path.join(ROOT, 'content/settings/process.yaml'), 'utf8');

export function consultation(options: { opens: string; closes: string; title?: string; status?: 'withdrawn' | 'paused' }): string {
  return `---
title: ${options.title ?? 'Proposed changes to household waste recycling centre hours'}
summary: We want to open the Ashby Vale and Marlow Cross recycling centres later on summer evenings and close them on Wednesdays.
activity: consultation
significance: standard
statutory:
  required: false
service: Environment and Waste
decisionMaker: Cabinet Member for Environment
topics: [waste-and-recycling]
areas: [kelbrook]
audiences: [residents]
methods: [survey, drop-in]
opens: ${options.opens}
closes: ${options.closes}
${options.status ? `status: ${options.status}\nstatusReason: Paused while we check the traffic survey figures.\n` : ''}respond:
  online: https://haveyoursay.harrowdale.example/surveys/recycling-hours
  post: Recycling Hours Consultation, County Hall, Kelbrook HD1 2AB
formats: [paper, large-print]
equalityImpact:
  status: completed
governance:
  consultationGroupNotified: 2026-09-14
  authorisedBy: Director of Place
  authorisedOn: 2026-11-02
contact:
  team: Waste Strategy Team
  email: waste.strategy@harrowdale.example
related: []
---

## What we are proposing

Later summer opening at two recycling centres, paid for by closing both on Wednesdays.
`;
}

export function feedback(total: number): string {
  return `---
consultation: library-opening-hours
published: 2027-02-22
responses:
  total: ${total}
themes:
  - theme: Evening opening
    youSaid: Most people who replied wanted the libraries open until 7pm on weekdays.
    weDid: Four of the six libraries will open until 7pm from April.
    influenced: true
decision:
  date: 2027-02-15
  by: Cabinet Member for Communities
  summary: New opening hours agreed at all six libraries, with later evenings at four.
---

## What we asked

Whether the libraries should open later in the day.
`;
}

export function strategy(status: 'draft' | 'adopted'): string {
  return `---
title: Harrowdale engagement and consultation strategy 2027-2030
summary: How the council will involve residents in decisions, and the standards every consultation must meet.
adopted: 2027-01-19
endorsedBy: Cabinet
reviewBy: 2030-01-19
status: ${status}
---

## Our commitments

We will tell people what they can influence and what we decided.
`;
}

export interface ScenarioFile {
  path: string;
  base?: string;
  head?: string;
}

export type ReviewSpec = [login: string, state: FakeReview['state'], commit?: 'head' | 'older'];

export interface ScenarioInput {
  author?: string;
  files: ScenarioFile[];
  /** In the order they were submitted. */
  reviews: ReviewSpec[];
  teamMembers?: Record<string, 'active' | 'pending'>;
  /** governance.yaml at the head commit, where the PR edits it. */
  headGovernance?: string;
  orgReadTokens?: string[];
}

export const PULL_NUMBER = 42;

export function reviewsFrom(specs: readonly ReviewSpec[]): FakeReview[] {
  return specs.map(([login, state, commit], index) => ({
    id: 9000 + index,
    login,
    state,
    commit: commit === 'older' ? OLDER_SHA : HEAD_SHA,
    submittedAt: new Date(Date.UTC(2026, 10, 20, 9, 0, 0) + index * 60_000).toISOString().replace('.000', ''),
  }));
}

export function scenarioState(input: ScenarioInput): FakeGitHub {
  const base: Record<string, string> = { 'content/settings/governance.yaml': GOVERNANCE };
  const head: Record<string, string> = { 'content/settings/governance.yaml': input.headGovernance ?? GOVERNANCE };
  for (const file of input.files) {
    if (file.base !== undefined) base[file.path] = file.base;
    if (file.head !== undefined) head[file.path] = file.head;
  }
  return {
    owner: OWNER,
    repo: REPO,
    contents: { [BASE_SHA]: base, [HEAD_SHA]: head },
    teams: { [TEAM]: input.teamMembers ?? { 'priya-nair': 'active', 'tom-ellery': 'active' } },
    ...(input.orgReadTokens ? { orgReadTokens: input.orgReadTokens } : {}),
    pulls: [
      {
        number: PULL_NUMBER,
        title: 'Open the recycling centre hours consultation',
        author: input.author ?? 'waste-officer-jo',
        headSha: HEAD_SHA,
        baseSha: BASE_SHA,
        files: input.files.map((file) => ({
          filename: file.path,
          status: file.base === undefined ? 'added' : file.head === undefined ? 'removed' : 'modified',
        })),
        reviews: reviewsFrom(input.reviews),
      },
    ],
  };
}

/** A consultation new in this PR and open on TODAY. */
export const OPENS_NOW: ScenarioFile = { path: 'content/consultations/recycling-centre-hours.mdx', head: consultation({ opens: '2026-11-16', closes: '2027-02-15' }) };
export const SETTINGS_CHANGE: ScenarioFile = { path: 'content/settings/process.yaml', base: PROCESS, head: PROCESS.replace('forwardPlanNoticeDays: 28', 'forwardPlanNoticeDays: 35') };
