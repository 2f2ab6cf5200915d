import { describe, expect, it } from 'vitest';
import { localProxyEnv, localProxyUrl } from './local-proxy.ts';

describe('localProxyEnv', () => {
  it('runs decap-server in git mode on the loopback address by default', () => {
    expect(localProxyEnv({ HOME: '/home/editor' })).toEqual({
      HOME: '/home/editor',
      MODE: 'git',
      BIND_HOST: '127.0.0.1',
      PORT: '8081',
    });
    expect(localProxyEnv({ MODE: 'fs', PORT: '9000' })).toMatchObject({ MODE: 'git', PORT: '9000' });
  });
  it('refuses an address other machines can reach', () => {
    expect(() => localProxyEnv({ BIND_HOST: '0.0.0.0' })).toThrow(/anyone on the network/);
    expect(() => localProxyEnv({ BIND_HOST: '192.168.1.20' })).toThrow(/use 127\.0\.0\.1/);
    expect(localProxyEnv({ BIND_HOST: '::1' }).BIND_HOST).toBe('::1');
  });
  it('names the proxy by the loopback address the config uses', () =>
    expect(localProxyUrl(8082)).toBe('http://127.0.0.1:8082/api/v1'));
});
