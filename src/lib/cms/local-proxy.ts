/**
 * Decap's local proxy (decap-server) as `npm start` runs it: in its git mode, so the editorial workflow
 * (Drafts, In review, Ready, Publish) runs on local `cms/<collection>/<slug>` branches merged into the
 * published branch, as it does on GitHub; and bound to the loopback address only. The proxy has no login
 * and writes into the checkout, so it must never listen where another machine can reach it.
 *
 * decap-server 3.11 reads MODE (`fs` or `git`), BIND_HOST (the address to listen on; every interface
 * when unset), PORT and GIT_REPO_DIRECTORY (node_modules/decap-server/dist/index.js).
 */
export const LOCAL_PROXY_HOST = '127.0.0.1';
export const LOCAL_PROXY_PORT = 8081;

/** The proxy's address as the CMS config names it. */
export function localProxyUrl(port: number | string = LOCAL_PROXY_PORT): string {
  return `http://${LOCAL_PROXY_HOST}:${port}/api/v1`;
}

const LOOPBACK = /^(127\.\d{1,3}\.\d{1,3}\.\d{1,3}|::1|localhost)$/;

/** The environment decap-server runs with; refuses an address other machines could reach. */
export function localProxyEnv(env: Record<string, string | undefined>): Record<string, string> {
  const host = env.BIND_HOST || LOCAL_PROXY_HOST;
  if (!LOOPBACK.test(host)) {
    throw new Error(
      `BIND_HOST=${host} would let anyone on the network write into this checkout through the CMS proxy, which has no login: use ${LOCAL_PROXY_HOST}`,
    );
  }
  const defined = Object.fromEntries(
    Object.entries(env).filter((entry): entry is [string, string] => entry[1] !== undefined),
  );
  return { ...defined, MODE: 'git', BIND_HOST: host, PORT: env.PORT || String(LOCAL_PROXY_PORT) };
}
