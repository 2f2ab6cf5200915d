/**
 * Decap's local proxy for `npm start`: decap-server in git mode, on 127.0.0.1 only (src/lib/cms/local-proxy.ts).
 *
 *   npm run cms:proxy            (PORT=8082 npm run cms:proxy for another port)
 */
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { localProxyEnv } from '../src/lib/cms/local-proxy.ts';

const server = path.join(
  path.dirname(createRequire(import.meta.url).resolve('decap-server/package.json')),
  'dist/index.js',
);
const child = spawn(process.execPath, [server], { env: localProxyEnv(process.env), stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
