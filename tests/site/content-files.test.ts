import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { generateArchive } from '../../bench/archive/generate.ts';
import { listContentFiles } from '../../src/lib/content/load.ts';
import { loadSettings } from '../../src/lib/content/settings.ts';
import { ROOT } from '../../support/paths.ts';
import { prepareContentFile, prepareContentFiles } from '../../src/site/content-files.ts';

const root = mkdtempSync(path.join(os.tmpdir(), 'content-files-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const settings = loadSettings(ROOT);

it('worker threads prepare a large tree exactly as one thread does, in order', async () => {
  for (const file of generateArchive({ count: 700, seed: 3, today: '2026-11-23', settings })) {
    mkdirSync(path.dirname(path.join(root, file.path)), { recursive: true });
    writeFileSync(path.join(root, file.path), file.text);
  }
  // One refused file among them, so findings cross the thread boundary too.
  writeFileSync(
    path.join(root, 'content/consultations/zz-script.mdx'),
    '---\ntitle: x\n---\n\n<script>alert(1)</script>\n',
  );
  const files = listContentFiles(root, ['consultations', 'feedback']);
  expect(files.length).toBeGreaterThan(1000);
  const options = { base: '/hub/', bypass: false };
  const together = await prepareContentFiles(files, settings, options);
  expect(together).toEqual(files.map((file) => prepareContentFile(file, settings, options)));
  expect(
    together.find((prepared) => prepared.file.name === 'zz-script.mdx')?.findings.map((finding) => finding.rule),
  ).toContain('mdx-safety');
}, 120_000);
