import { describe, expect, it } from 'vitest';
import { allowedHostNames, bearerToken, describeExposure } from '../../server/shared/access.ts';
import { ConfigError, loadConfig } from '../../server/shared/config.ts';
import { isLoopbackHost } from '../../server/shared/loopback.ts';

const TOKEN = 'a-read-token-of-length';

describe('HOST beyond loopback', () => {
  it.each(['0.0.0.0', '::', '192.168.1.20', 'graph.lan.example'])(
    'refuses %s with neither READ_TOKEN nor ALLOWED_HOSTS, naming both',
    (HOST) => {
      expect(() => loadConfig({ HOST })).toThrow(ConfigError);
      expect(() => loadConfig({ HOST })).toThrow(/HOST: .*READ_TOKEN.*ALLOWED_HOSTS/);
    },
  );

  it('accepts it with READ_TOKEN or with ALLOWED_HOSTS', () => {
    expect(loadConfig({ HOST: '0.0.0.0', READ_TOKEN: TOKEN }).READ_TOKEN).toBe(TOKEN);
    expect(loadConfig({ HOST: '::', ALLOWED_HOSTS: ' Graph.example , 10.0.0.2,' }).ALLOWED_HOSTS).toEqual([
      'graph.example',
      '10.0.0.2',
    ]);
  });

  it.each(['127.0.0.1', '127.1.2.3', 'localhost', '::1', '[::1]'])('accepts loopback %s alone', (HOST) => {
    expect(isLoopbackHost(HOST)).toBe(true);
    expect(loadConfig({ HOST }).ALLOWED_HOSTS).toEqual([]);
  });

  it('refuses a short READ_TOKEN and a headers timeout longer than the request timeout', () => {
    expect(() => loadConfig({ READ_TOKEN: 'short' })).toThrow(/READ_TOKEN: at least 16/);
    expect(() => loadConfig({ HTTP_HEADERS_TIMEOUT_MS: '40000', HTTP_REQUEST_TIMEOUT_MS: '30000' })).toThrow(
      /HTTP_HEADERS_TIMEOUT_MS: must not exceed HTTP_REQUEST_TIMEOUT_MS/,
    );
  });
});

describe('the Host check', () => {
  it('is off only on all interfaces without an allow-list', () => {
    expect(allowedHostNames({ HOST: '0.0.0.0', ALLOWED_HOSTS: [] })).toBeUndefined();
    expect([...(allowedHostNames({ HOST: '0.0.0.0', ALLOWED_HOSTS: ['graph.example'] }) ?? [])]).toContain(
      'graph.example',
    );
    expect([...(allowedHostNames({ HOST: '192.168.1.20', ALLOWED_HOSTS: [] }) ?? [])]).toContain(
      '192.168.1.20',
    );
    expect([...(allowedHostNames({ HOST: '127.0.0.1', ALLOWED_HOSTS: [] }) ?? [])]).toEqual(
      expect.arrayContaining(['localhost', '127.0.0.1', '[::1]']),
    );
  });
});

describe('bearerToken', () => {
  it.each([
    ['Bearer abc', 'abc'],
    ['bearer abc', 'abc'],
    ['BEARER   abc ', 'abc'],
    ['Basic abc', ''],
    ['Bearer', ''],
    ['Bearer a b', ''],
    [undefined, ''],
  ])('%j → %j', (header, token) => {
    expect(bearerToken(header)).toBe(token);
  });
});

describe('describeExposure', () => {
  it('warns, naming analyst Cypher and the guard, when reachable from the network', () => {
    const exposure = describeExposure(loadConfig({ HOST: '0.0.0.0', READ_TOKEN: TOKEN }));
    expect(exposure.level).toBe('warn');
    expect(exposure.message).toMatch(/reachable from the network.*analyst Cypher/);
    expect(exposure.message).toContain('every /api request needs READ_TOKEN');
    expect(exposure.message).toContain('Host check off');
  });

  it('says this machine only on loopback', () => {
    const exposure = describeExposure(loadConfig({}));
    expect(exposure).toMatchObject({ level: 'info', message: expect.stringContaining('this machine only') });
  });
});
