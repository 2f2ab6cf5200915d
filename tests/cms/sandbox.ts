/**
 * A throwaway copy of the repository, a git repository of its own on `main`, with `astro dev` and the local
 * CMS proxy running in it as `npm start` runs them (scripts/cms-proxy.ts: decap-server in git mode on
 * 127.0.0.1), so a browser test can take content through the editorial workflow and read the branches,
 * merges and files it made, without touching this checkout.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { ROOT } from '../../support/paths.ts';

const COPIED = ['content', 'src', 'public', 'scripts', 'astro.config.mjs', 'tsconfig.json', 'package.json'];
const HOST = '127.0.0.1';

export interface Sandbox {
  dir: string;
  siteUrl: string;
  /** Writes a file relative to the sandbox root and commits it on the current branch. */
  write(file: string, text: string): void;
  /** Runs git in the sandbox and returns its output. */
  git(...args: string[]): string;
  stop(): Promise<void>;
}

export async function startSandbox(env: Record<string, string> = {}): Promise<Sandbox> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'cms-sandbox-'));
  for (const name of COPIED) cpSync(path.join(ROOT, name), path.join(dir, name), { recursive: true });
  linkNodeModules(dir);
  const git = (...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=Sandbox', '-c', 'user.email=sandbox@harrowdale.example', ...args], {
      cwd: dir,
      encoding: 'utf8',
    });
  writeFileSync(path.join(dir, '.gitignore'), 'node_modules\n.astro\ndist\n');
  git('init', '-q', '-b', 'main');
  git('add', '.');
  git('commit', '-qm', 'Sandbox copy');
  const [sitePort, proxyPort] = [await freePort(), await freePort()];
  const logs: string[] = [];
  const common = { ...inheritedEnv(), ASTRO_TELEMETRY_DISABLED: '1', ...env };
  const processes = [
    start('npx', ['tsx', 'scripts/cms-proxy.ts'], dir, { ...common, PORT: String(proxyPort), LOG_LEVEL: 'warn' }, logs),
    start(
      'npx',
      ['astro', 'dev', '--host', HOST, '--port', String(sitePort)],
      dir,
      { ...common, CMS_LOCAL_BACKEND_URL: `http://${HOST}:${proxyPort}/api/v1` },
      logs,
    ),
  ];
  const sandbox: Sandbox = {
    dir,
    siteUrl: `http://${HOST}:${sitePort}`,
    write: (file, text) => {
      writeFileSync(path.join(dir, file), text);
      git('add', file);
      git('commit', '-qm', `Add ${file}`);
    },
    git,
    stop: async () => {
      await Promise.all(processes.map(stopProcess));
      rmSync(dir, { recursive: true, force: true });
    },
  };
  try {
    await waitFor(
      `http://${HOST}:${proxyPort}/api/v1`,
      { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"action":"info"}' },
      processes,
      logs,
    );
    await waitFor(`${sandbox.siteUrl}/admin/config.yml`, {}, processes, logs);
  } catch (error) {
    await sandbox.stop();
    throw error;
  }
  return sandbox;
}

/**
 * Vitest sets MODE, NODE_ENV, BASE_URL, DEV, SSR and friends for its own Vite; passed on, they stall
 * `astro dev` and switch decap-server (which reads MODE) into an unknown mode.
 */
const VITEST_ENV = /^(VITEST.*|TEST|MODE|NODE_ENV|BASE_URL|DEV|PROD|SSR|FORCE_TTY)$/;

function inheritedEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([key]) => !VITEST_ENV.test(key)));
}

function start(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv, logs: string[]): ChildProcess {
  // Its own process group, so stopping it also stops what npx started.
  const child = spawn(command, args, { cwd, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  const keep = (chunk: Buffer) => logs.push(chunk.toString());
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  return child;
}

function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.pid === undefined) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        /* already gone */
      }
    }, 5_000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    try {
      process.kill(-child.pid!, 'SIGTERM');
    } catch {
      resolve();
    }
  });
}

async function waitFor(
  url: string,
  init: RequestInit,
  processes: ChildProcess[],
  logs: string[],
  timeoutMs = 120_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (processes.some((child) => child.exitCode !== null))
      throw new Error(`a server stopped while starting. Output:\n${logs.join('').slice(-4000)}`);
    try {
      const response = await fetch(url, init);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s. Server output:\n${logs.join('').slice(-4000)}`);
}

/**
 * Links each installed package rather than the whole folder, so Vite's dependency cache
 * (node_modules/.vite) belongs to the sandbox and never rewrites the checkout's own.
 */
function linkNodeModules(dir: string): void {
  const modules = path.join(dir, 'node_modules');
  mkdirSync(modules);
  for (const name of readdirSync(path.join(ROOT, 'node_modules'))) {
    if (name !== '.vite') symlinkSync(path.join(ROOT, 'node_modules', name), path.join(modules, name));
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, HOST, () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}
