/** Realistic Harrowdale content and the GitHub state of each approvals scenario. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { FakeCommit, FakeGitHub, FakeReview, FakeUser } from '../support/github-api-server.ts';
import { ROOT } from '../../support/paths.ts';

export const TODAY = '2026-11-23';
export const OWNER = 'harrowdale-council';
export const REPO = 'have-your-say';
export const BASE_SHA = 'b'.repeat(40);
export const HEAD_SHA = 'c'.repeat(40);
export const OLDER_SHA = 'a'.repeat(40);
export const MERGE_SHA = 'd'.repeat(40);
export const TEAM = 'harrowdale-council/consultation-group';
export const MAINTAINERS_TEAM = 'harrowdale-council/hub-maintainers';
/** Harrowdale Fire and Rescue Service's own consultation group (governance.yaml `organisations.harrowdale-fire`). */
export const FIRE_TEAM = 'harrowdale-fire/consultation-leads';
export const AUTHOR = 'waste-officer-jo';

export const GOVERNANCE = readFileSync(path.join(ROOT, 'content/settings/governance.yaml'), 'utf8');
export const PROCESS = readFileSync(path.join(ROOT, 'content/settings/process.yaml'), 'utf8');

export interface ConsultationOptions {
  opens: string;
  closes: string;
  title?: string;
  status?: 'withdrawn' | 'paused';
  /** More frontmatter, as YAML lines. */
  extra?: string;
  body?: string;
}

export function consultation(options: ConsultationOptions): string {
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
${options.status ? `status: ${options.status}\nstatusReason: Paused while we check the traffic survey figures.\n` : ''}${options.extra ?? ''}respond:
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

${options.body ?? 'Later summer opening at two recycling centres, paid for by closing both on Wednesdays.'}
`;
}

export const DECISION = `decision:
  date: 2026-10-12
  by: Cabinet Member for Environment
  summary: Summer evening opening agreed at both centres, with Wednesday closing.
`;

export function standard(days: number): string {
  return `---
title: How quickly we answer complaints
summary: We acknowledge every complaint quickly and answer it fully within a set number of working days.
area: Complaints
commitments:
  - text: We acknowledge a complaint within 3 working days.
    measure: { unit: working-days, value: 3 }
  - text: We answer a complaint fully within ${days} working days.
    measure: { unit: working-days, value: ${days} }
owner: Customer Feedback Team
reviewed: 2026-09-14
---

## What you can expect

A named officer looks into your complaint and tells you what we found.
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
  /** The base version's path, for a renamed file. */
  previousPath?: string;
}

export type ReviewSpec = [login: string, state: FakeReview['state'], commit?: 'head' | 'older'];

export interface ScenarioInput {
  author?: string;
  files: ScenarioFile[];
  /** In the order they were submitted. */
  reviews: ReviewSpec[];
  /** Members of the consultation group team. */
  teamMembers?: Record<string, 'active' | 'pending'>;
  /** Members of the maintainers team. */
  maintainers?: Record<string, 'active' | 'pending'>;
  /** Members of the fire and rescue service's consultation group. */
  fireTeam?: Record<string, 'active' | 'pending'>;
  /** The pull request's commits; by default one, written and pushed by the author. */
  commits?: FakeCommit[];
  users?: Record<string, FakeUser>;
  branchCommits?: FakeCommit[];
  /** governance.yaml on the base branch; the sample's by default. */
  governance?: string;
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

/** Jo, the waste officer who opens the pull requests, as git and GitHub know them. */
export const JO = { name: 'Jo Okafor', email: 'jo.okafor@harrowdale.example', login: AUTHOR };

export function commit(sha: string, message: string, author = JO, committer = author): FakeCommit {
  return { sha, message, author, committer };
}

function fileStatus(file: ScenarioFile): FakeGitHub['pulls'][number]['files'][number] {
  if (file.previousPath) return { filename: file.path, status: 'renamed', previousFilename: file.previousPath };
  return {
    filename: file.path,
    status: file.base === undefined ? 'added' : file.head === undefined ? 'removed' : 'modified',
  };
}

export function scenarioState(input: ScenarioInput): FakeGitHub {
  const base: Record<string, string> = { 'content/settings/governance.yaml': input.governance ?? GOVERNANCE };
  const head: Record<string, string> = {
    'content/settings/governance.yaml': input.headGovernance ?? input.governance ?? GOVERNANCE,
  };
  for (const file of input.files) {
    if (file.base !== undefined) base[file.previousPath ?? file.path] = file.base;
    if (file.head !== undefined) head[file.path] = file.head;
  }
  const author = input.author ?? AUTHOR;
  return {
    owner: OWNER,
    repo: REPO,
    contents: { [BASE_SHA]: base, [HEAD_SHA]: head },
    teams: {
      [TEAM]: input.teamMembers ?? { 'priya-nair': 'active', 'tom-ellery': 'active' },
      [MAINTAINERS_TEAM]: input.maintainers ?? { 'devi-rao': 'active', 'marek-lis': 'active' },
      [FIRE_TEAM]: input.fireTeam ?? { 'sam-okoro': 'active' },
    },
    ...(input.orgReadTokens ? { orgReadTokens: input.orgReadTokens } : {}),
    ...(input.users ? { users: input.users } : {}),
    ...(input.branchCommits ? { branchCommits: input.branchCommits } : {}),
    pulls: [
      {
        number: PULL_NUMBER,
        title: 'Open the recycling centre hours consultation',
        author,
        headSha: HEAD_SHA,
        baseSha: BASE_SHA,
        files: input.files.map(fileStatus),
        reviews: reviewsFrom(input.reviews),
        commits: input.commits ?? [
          commit(HEAD_SHA, 'Open the recycling centre hours consultation', { ...JO, login: author }),
        ],
      },
    ],
  };
}

/** A consultation new in this PR and open on TODAY. */
export const OPENS_NOW: ScenarioFile = {
  path: 'content/consultations/recycling-centre-hours.mdx',
  head: consultation({ opens: '2026-11-16', closes: '2027-02-15' }),
};
/** A change to the thresholds of the rules, which also needs a maintainer. */
export const THRESHOLD_CHANGE: ScenarioFile = {
  path: 'content/settings/process.yaml',
  base: PROCESS,
  head: PROCESS.replace('forwardPlanNoticeDays: 28', 'forwardPlanNoticeDays: 35'),
};
export const SITE = readFileSync(path.join(ROOT, 'content/settings/site.yaml'), 'utf8');
export const SETTINGS_CHANGE: ScenarioFile = {
  path: 'content/settings/site.yaml',
  base: SITE,
  head: SITE.replace('phone: 01632 960 400', 'phone: 01632 960 401'),
};
/** A file of the repository as it is on disk, for scenarios that edit code. */
export const repoFile = (file: string) => readFileSync(path.join(ROOT, file), 'utf8');
