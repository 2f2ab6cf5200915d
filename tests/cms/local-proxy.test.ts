/**
 * The local proxy exactly as `npm start` runs it (scripts/cms-proxy.ts) in a real git repository: it
 * offers the editorial workflow, answers on 127.0.0.1, and refuses a connection on any other address of
 * this machine, so nobody on the network can write into the checkout.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { connect, createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../../support/paths.ts';

let repo: string;
let proxy: ChildProcess;
let port: number;
let output = '';

/** An address of this machine other than loopback, when it has one. */
const otherAddress = Object.values(os.networkInterfaces())
  .flat()
  .find((address) => address && !address.internal && address.family === 'IPv4')?.address;

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port: free } = server.address() as { port: number };
      server.close(() => resolve(free));
    });
  });
}

const info = (host: string) =>
  fetch(`http://${host}:${port}/api/v1`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: '{"action":"info"}',
  });

/** Whether a TCP connection to host:port is accepted. */
const accepts = (host: string) =>
  new Promise<boolean>((resolve) => {
    const socket = connect({ host, port, timeout: 2000 });
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
    socket.once('timeout', () => (socket.destroy(), resolve(false)));
  });

beforeAll(async () => {
  repo = mkdtempSync(path.join(os.tmpdir(), 'cms-proxy-'));
  const git = (...args: string[]) => execFileSync('git', args, { cwd: repo });
  git('init', '-q', '-b', 'main');
  writeFileSync(path.join(repo, 'README.md'), 'Harrowdale\n');
  git('add', '.');
  git('-c', 'user.name=Test', '-c', 'user.email=test@harrowdale.example', 'commit', '-qm', 'start');
  port = await freePort();
  // No BIND_HOST: the script must bind to loopback by itself.
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !/^(MODE|BIND_HOST|VITEST.*|NODE_ENV)$/.test(key)),
  );
  proxy = spawn('npx', ['tsx', 'scripts/cms-proxy.ts'], {
    cwd: ROOT,
    env: { ...env, PORT: String(port), GIT_REPO_DIRECTORY: repo },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  proxy.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  proxy.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (
      await info('127.0.0.1').then(
        (response) => response.ok,
        () => false,
      )
    )
      return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`the proxy did not start: ${output}`);
}, 90_000);

afterAll(() => {
  if (proxy?.pid && proxy.exitCode === null) process.kill(-proxy.pid, 'SIGTERM');
  rmSync(repo, { recursive: true, force: true });
});

describe('the local CMS proxy', () => {
  it('runs in git mode, with the editorial workflow', async () => {
    expect(await (await info('127.0.0.1')).json()).toEqual({
      repo: path.basename(repo),
      publish_modes: ['simple', 'editorial_workflow'],
      type: 'local_git',
    });
    expect(output).toContain(`listening on 127.0.0.1:${port}`);
  });

  it.skipIf(!otherAddress)('refuses a connection on a non-loopback address of this machine', async () => {
    expect(await accepts('127.0.0.1')).toBe(true);
    expect(await accepts(otherAddress!)).toBe(false);
  });
});
