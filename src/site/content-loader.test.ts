import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { GATE_BYPASS_VARIABLE } from '../lib/check/build-gate.ts';
import { ROOT } from '../../support/paths.ts';
import { contentLoader } from './content-loader.ts';

const root = mkdtempSync(path.join(tmpdir(), 'content-loader-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
cpSync(path.join(ROOT, 'content/settings'), path.join(root, 'content/settings'), { recursive: true });
const folder = path.join(root, 'content/standards');
mkdirSync(folder, { recursive: true });
afterEach(() => {
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder);
  delete process.env[GATE_BYPASS_VARIABLE];
});

const FRONTMATTER = `---
title: Telling you what happened after a consultation
summary: We publish what people told us and what we decided within 12 weeks of a consultation closing.
area: Consultation
commitments:
  - text: We publish a feedback report within 12 weeks of the closing date.
owner: Consultation and Engagement Team
reviewed: 2026-09-14
---
`;

const standard = (body: string, frontmatter = FRONTMATTER) => `${frontmatter}\n${body}\n`;

interface Stored {
  id: string;
  data: Record<string, unknown>;
  filePath?: string;
  digest?: string;
  rendered?: { html: string };
  body?: string;
}

/** The parts of Astro's loader context the loader uses, recording what it validates and what it warns. */
function fakeContext(store: Map<string, Stored>, parsed: string[] = [], warnings: string[] = [], base = '/') {
  return {
    config: { root: pathToFileURL(`${root}/`), base },
    store: {
      get: (id: string) => store.get(id),
      set: (entry: Stored) => store.set(entry.id, entry),
      delete: (id: string) => store.delete(id),
      keys: () => [...store.keys()],
    },
    parseData: async ({ id, data }: { id: string; data: Record<string, unknown> }) => {
      parsed.push(id);
      return data;
    },
    generateDigest: (text: string) => String(text.length) + text.slice(-40),
    logger: { error: () => {}, warn: (message: string) => warnings.push(message) },
  } as unknown as LoaderContext;
}

describe('contentLoader', () => {
  it('stores the frontmatter and the body rendered through the allowlist, site paths under the base, without MDX comments', async () => {
    writeFileSync(
      path.join(folder, 'closing-the-loop.mdx'),
      standard('We publish {/* an editor note */}what [we did](/documents/report.pdf).'),
    );
    const store = new Map<string, Stored>();
    await contentLoader('standards').load(fakeContext(store, [], [], '/hub/'));
    const entry = store.get('closing-the-loop')!;
    expect(entry.filePath).toBe('content/standards/closing-the-loop.mdx');
    expect(entry.data.reviewed).toBe('2026-09-14');
    expect(entry.rendered?.html).toBe('<p>We publish what <a href="/hub/documents/report.pdf">we did</a>.</p>');
    expect(entry.body).toBeUndefined();
  });

  it('renders only files that changed, and forgets files that were removed', async () => {
    writeFileSync(path.join(folder, 'closing-the-loop.mdx'), standard('Twelve weeks.'));
    writeFileSync(path.join(folder, 'timescales.mdx'), standard('Twelve weeks.'));
    const store = new Map<string, Stored>();
    const parsed: string[] = [];
    await contentLoader('standards').load(fakeContext(store, parsed));
    expect(parsed).toEqual(['closing-the-loop', 'timescales']);

    rmSync(path.join(folder, 'closing-the-loop.mdx'));
    writeFileSync(path.join(folder, 'timescales.mdx'), standard('Twelve weeks, or more over Christmas.'));
    parsed.length = 0;
    await contentLoader('standards').load(fakeContext(store, parsed));
    expect(parsed).toEqual(['timescales']);
    expect([...store.keys()]).toEqual(['timescales']);
  });

  it('refuses content the check rejects, naming each file, line and problem', async () => {
    writeFileSync(path.join(folder, 'broken.mdx'), standard('Text.', '---\ntitle: [unclosed\n---\n'));
    writeFileSync(path.join(folder, 'script.mdx'), standard('<script>alert(1)</script>'));
    writeFileSync(path.join(folder, 'fine.mdx'), standard('Text.'));
    const load = contentLoader('standards').load(fakeContext(new Map()));
    await expect(load).rejects.toThrow(
      '2 content files in content/standards failed the check, so the site is not built',
    );
    await expect(load).rejects.toThrow(
      /content\/standards\/broken\.mdx:2: schema: a bracket is opened here and never closed/,
    );
    await expect(load).rejects.toThrow(
      /content\/standards\/script\.mdx:11: mdx-safety: <script> is not allowed in content/,
    );
  });

  it('never follows a link named *.mdx, and never says where it points', async () => {
    symlinkSync('/etc/passwd', path.join(folder, 'passwd.mdx'));
    const load = contentLoader('standards').load(fakeContext(new Map()));
    await expect(load).rejects.toThrow(/content\/standards\/passwd\.mdx:1: schema: this is a symbolic link/);
    await expect(load).rejects.not.toThrow('/etc/passwd');
  });

  it(`with ${GATE_BYPASS_VARIABLE} (tests only), builds what it can through the sanitiser and leaves out what it cannot`, async () => {
    process.env[GATE_BYPASS_VARIABLE] = '1';
    writeFileSync(path.join(folder, 'broken.mdx'), standard('Text.', '---\ntitle: [unclosed\n---\n'));
    writeFileSync(
      path.join(folder, 'script.mdx'),
      standard(
        'Before <script>alert(1)</script> after <img src="https://tracker.example/p.gif" alt="" onerror="alert(2)" />',
      ),
    );
    const store = new Map<string, Stored>();
    const warnings: string[] = [];
    await contentLoader('standards').load(fakeContext(store, [], warnings));
    expect([...store.keys()]).toEqual(['script']);
    expect(store.get('script')?.rendered?.html).toBe('<p>Before  after <img alt=""></p>');
    expect(warnings.join('\n')).toContain('content/standards/script.mdx: built although the check rejects it');
    expect(warnings.join('\n')).toContain('Files whose frontmatter cannot be used were left out');
  });
});
