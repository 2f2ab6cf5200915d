/**
 * Decap's own prebuilt browser bundle (the `decap-cms` package: Decap with its React inside) at
 * /admin/decap/, served from node_modules in dev and copied into the build. Vite then never bundles or
 * minifies Decap's 5 MB; /admin/ loads it with a plain script and our module uses the globals it sets.
 */
import type { AstroIntegration } from 'astro';
import { copyFileSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { normaliseBase } from '../lib/routes.ts';

/** Where the page finds the bundle, below the site's base. */
export const DECAP_DIR = 'admin/decap/';

const SOURCE = path.join(path.dirname(createRequire(import.meta.url).resolve('decap-cms/package.json')), 'dist');
// The entry, the chunks it loads from its own folder, the WebAssembly two of them fetch, and the licences
// its banner points to. The duplicate `cms.js` build and the source maps are not needed.
const FILE = /^(\d+\.)?decap-cms\.js(\.LICENSE\.txt)?$|\.wasm$/;
const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

export function decapPrebuilt(): AstroIntegration {
  const files = new Set(readdirSync(SOURCE).filter((name) => FILE.test(name)));
  let base = '/';
  return {
    name: 'consultation-hub:decap-prebuilt',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = normaliseBase(config.base);
      },
      'astro:server:setup': ({ server }) => {
        server.middlewares.use(`${base}${DECAP_DIR}`, (request, response, next) => {
          const name = (request.url ?? '').split('?')[0]!.slice(1);
          if (!files.has(name)) return next();
          response.setHeader('Content-Type', TYPES[path.extname(name)]!);
          response.end(readFileSync(path.join(SOURCE, name)));
        });
      },
      'astro:build:done': ({ dir }) => {
        const target = new URL(DECAP_DIR, dir);
        mkdirSync(target, { recursive: true });
        for (const name of files) copyFileSync(path.join(SOURCE, name), new URL(name, target));
      },
    },
  };
}
