/**
 * A temporary git repository with a known, dated history for one consultation, Riverside parking:
 * announced through a merged pull request, closing date moved in a squash-merged pull request with an
 * approvals note, details added, feedback published, decision recorded. Fixed author and committer
 * dates make every sha-independent fact in the timeline exact.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface ScriptedRepo {
  dir: string;
  /** Commit shas by step name. */
  commits: Record<string, string>;
  cleanup(): void;
}

interface ConsultationFields {
  title?: string;
  opens: string;
  closes: string;
  extra?: string;
}

/** A consultation that passes the schema, with only the fields the story changes left open. */
export function consultationMdx({
  title = 'Changes to parking on Riverside Road in Southmere',
  opens,
  closes,
  extra = '',
}: ConsultationFields): string {
  return `---
title: ${title}
summary: We propose short-stay parking bays and a loading zone on Riverside Road to help shops and residents.
activity: consultation
significance: standard
statutory:
  required: false
service: Highways and Transport
decisionMaker: Cabinet Member for Highways
topics: [transport]
areas: [southmere]
audiences: [residents, businesses]
methods: [survey, drop-in]
opens: ${opens}
closes: ${closes}
respond:
  online: https://haveyoursay.harrowdale.example/surveys/riverside-parking
  post: Riverside Parking, Freepost HARROWDALE HIGHWAYS, County Hall, Kelbrook HD1 2AB
contact:
  team: Parking Services
  email: parking@harrowdale.example
${extra}---

## What we are proposing

Short-stay bays outside the shops and a loading zone near the bridge.
`;
}

export const FEEDBACK_MDX = `---
consultation: riverside-parking
published: 2027-01-20
responses:
  total: 240
  byChannel: { online: 200, post: 25, events: 15 }
themes:
  - theme: Loading for shops
    youSaid: Shops need a loading zone before ten in the morning.
    weDid: The loading zone will be in force from seven until ten each morning.
    influenced: true
decision:
  date: 2027-01-14
  by: Cabinet Member for Highways
  summary: Short-stay bays and a morning loading zone will be introduced in April 2027.
---

## What we asked

Whether the bays and the loading zone were right for Riverside Road.
`;

const DECISION = `decision:
  date: 2027-01-14
  by: Cabinet Member for Highways
  summary: Short-stay bays and a morning loading zone will be introduced in April 2027.
`;

export const APPROVAL_NOTE = {
  pr: 5,
  title: 'Extend the Riverside parking consultation by a week',
  author: 'priya-shah',
  mergedBy: 'tom-reed',
  mergedAt: '2026-07-15T10:00:00Z',
  approvals: [
    { login: 'jo-consult', role: 'consultation-group', commit: 'abc1234', submittedAt: '2026-07-14T16:20:00Z' },
    { login: 'cllr-amara-osei', role: 'authoriser', commit: 'abc1234', submittedAt: '2026-07-15T09:05:00Z' },
  ],
  result: { ok: true, missing: [] },
};

export interface Person {
  name: string;
  email: string;
}

export const TOM: Person = { name: 'Tom Reed', email: 'tom@harrowdale.example' };

/** Runs git in `dir` as someone at a fixed date, and commits whole steps, recording each sha in `commits`. */
export function repoScript(dir: string, commits: Record<string, string>) {
  const run = (
    args: string[],
    date?: string,
    who: Person = { name: 'Priya Shah', email: 'priya@harrowdale.example' },
  ) =>
    execFileSync('git', args, {
      cwd: dir,
      env: {
        ...process.env,
        GIT_AUTHOR_NAME: who.name,
        GIT_AUTHOR_EMAIL: who.email,
        GIT_COMMITTER_NAME: who.name,
        GIT_COMMITTER_EMAIL: who.email,
        ...(date ? { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date } : {}),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
      .toString('utf8')
      .trim();
  const write = (file: string, text: string) => {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  };
  const commit = (name: string, message: string, date: string, who?: Person) => {
    run(['add', '-A'], date, who);
    run(['commit', '-q', '-m', message], date, who);
    commits[name] = run(['rev-parse', 'HEAD']);
  };
  /** An approvals note on a commit, as the recorder writes it after the merge. */
  const note = (name: string, body: unknown, date: string) =>
    run(['notes', '--ref=approvals', 'add', '-m', JSON.stringify(body), commits[name]!], date, TOM);
  return { run, write, commit, note };
}

export function createScriptedRepo(): ScriptedRepo {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'history-repo-'));
  const commits: Record<string, string> = {};
  const { run, write, commit, note } = repoScript(dir, commits);
  const tom = TOM;
  const file = 'content/consultations/riverside-parking.mdx';

  run(['init', '-q', '-b', 'main']);
  write('README.md', 'Harrowdale consultation hub\n');
  commit('init', 'Start the hub', '2026-05-01T09:00:00+01:00', tom);

  // Announced on a branch, merged with a merge commit: the merge date is when it reached main.
  run(['checkout', '-q', '-b', 'announce-riverside']);
  write(file, consultationMdx({ opens: '2026-09-07', closes: '2026-11-30' }));
  commit('branch', 'Add Riverside parking consultation', '2026-05-28T14:00:00+01:00');
  run(['checkout', '-q', 'main']);
  run(
    [
      'merge',
      '-q',
      '--no-ff',
      'announce-riverside',
      '-m',
      'Merge pull request #3 from harrowdale-council/announce-riverside\n\nAnnounce the Riverside parking consultation',
    ],
    '2026-06-01T11:30:00+01:00',
    tom,
  );
  commits.announced = run(['rev-parse', 'HEAD']);

  // Squash merge of PR #5, with its approvals recorded as a note.
  write(file, consultationMdx({ opens: '2026-09-07', closes: '2026-12-07' }));
  commit('extended', 'Extend the Riverside parking consultation by a week (#5)', '2026-07-15T11:00:00+01:00');
  note('extended', APPROVAL_NOTE, '2026-07-15T11:05:00+01:00');

  write(file, consultationMdx({ opens: '2026-09-07', closes: '2026-12-07', extra: 'formats: [large-print, paper]\n' }));
  commit('formats', 'Offer large print and paper copies', '2026-08-20T09:15:00+01:00');

  // An unrelated consultation renamed later, to prove renames are followed.
  write(
    'content/consultations/old-bins.mdx',
    consultationMdx({ title: 'Bin collection days in Wexham Vale', opens: '2027-02-01', closes: '2027-04-26' }),
  );
  commit('bins', 'Add bins consultation', '2026-09-01T10:00:00+01:00', tom);
  renameSync(
    path.join(dir, 'content/consultations/old-bins.mdx'),
    path.join(dir, 'content/consultations/wexham-bin-days.mdx'),
  );
  write(
    'content/consultations/wexham-bin-days.mdx',
    consultationMdx({ title: 'Bin collection days in Wexham Vale', opens: '2027-02-01', closes: '2027-05-03' }),
  );
  commit('renamed', 'Rename the bins consultation and extend it (#7)', '2026-10-02T10:00:00+01:00', tom);

  write('content/feedback/riverside-parking.mdx', FEEDBACK_MDX);
  commit('feedback', 'Publish the Riverside parking feedback report (#9)', '2027-01-20T16:45:00Z');

  write(
    file,
    consultationMdx({ opens: '2026-09-07', closes: '2026-12-07', extra: `formats: [large-print, paper]\n${DECISION}` }),
  );
  commit('decision', 'Record the Riverside parking decision (#10)', '2027-01-22T10:00:00Z');

  return { dir, commits, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}
