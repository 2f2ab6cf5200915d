/**
 * The Content-Security-Policy of every page, given as `<meta http-equiv>` because GitHub Pages sets no
 * headers. A second line of defence behind the renderer's allowlist: even if content ever slipped
 * script past it, the browser would refuse to run it.
 *
 * Content pages run no script at all and load nothing from anywhere but this site. The search page runs
 * only the site's own bundle and Pagefind, which needs its worker, its index files and WebAssembly.
 * /admin/ is Decap CMS, a React application that talks to GitHub (or the local proxy) and injects its
 * own styles. Styles are always files (astro.config.mjs: inlineStylesheets 'never'), so `style-src
 * 'self'` holds and no `style` attribute from anywhere takes effect outside /admin/.
 */
import { createHash } from 'node:crypto';

type Directives = Record<string, readonly string[]>;

/**
 * Whether pages carry their policy: always, except under the dev server (`astro dev`), which injects its
 * own inline styles and scripts. Decided by Vite's mode, not NODE_ENV: a build run from the tests
 * (NODE_ENV=test) is still a production build and must carry the policy it will be deployed with.
 */
export function policiesApply(mode: string): boolean {
  return mode !== 'development';
}

const serialise = (directives: Directives) =>
  Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ');

/** What every public page may load: its own styles, images and fonts. Nothing else, and nowhere else. */
const PUBLIC_PAGE: Directives = {
  'default-src': ["'none'"],
  'style-src': ["'self'"],
  'img-src': ["'self'"],
  'font-src': ["'self'"],
  'manifest-src': ["'self'"],
  // The finder's filters are a form that reloads the page with a query.
  'form-action': ["'self'"],
  'base-uri': ["'none'"],
  'object-src': ["'none'"],
  'frame-src': ["'none'"],
};

/** Every page but search and /admin/: no script at all. */
export const CONTENT_PAGE_POLICY = serialise({ ...PUBLIC_PAGE, 'script-src': ["'none'"] });

/** The search page: the site's own search script, and Pagefind's worker, index and WebAssembly. */
export const SEARCH_PAGE_POLICY = serialise({
  ...PUBLIC_PAGE,
  'script-src': ["'self'", "'wasm-unsafe-eval'"],
  'worker-src': ["'self'"],
  'connect-src': ["'self'"],
});

/** The `'sha256-...'` source that lets exactly this inline script run. */
export function scriptHash(script: string): string {
  return `'sha256-${createHash('sha256').update(script).digest('base64')}'`;
}

export interface AdminPolicyOptions {
  /** Inline scripts the page carries, allowed by their hashes. */
  inlineScripts: readonly string[];
  /** Where Decap may connect besides this site: GitHub's API, the sign-in proxy, the local proxy. */
  connect: readonly string[];
}

/** /admin/: Decap's bundle, its styles (injected at run time), previews in frames, and its backends. */
export function adminPagePolicy({ inlineScripts, connect }: AdminPolicyOptions): string {
  return serialise({
    'default-src': ["'self'"],
    // Decap validates its configuration with ajv, which compiles validators with new Function.
    'script-src': ["'self'", "'unsafe-eval'", ...inlineScripts.map(scriptHash)],
    'style-src': ["'self'", "'unsafe-inline'"],
    'img-src': ["'self'", 'data:', 'blob:', 'https:'],
    'font-src': ["'self'", 'data:'],
    'connect-src': ["'self'", ...connect],
    'frame-src': ["'self'", 'blob:'],
    'worker-src': ["'self'", 'blob:'],
    'form-action': ["'self'"],
    'base-uri': ["'self'"],
    'object-src': ["'none'"],
  });
}
