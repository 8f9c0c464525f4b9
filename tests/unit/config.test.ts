import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  CONFIG_KEYS,
  ConfigError,
  EMBEDDED_DEFAULT_PASSWORD,
  loadConfig,
  REPO_ROOT,
} from '../../server/shared/config.ts';
import { writerFor, writeTokens } from '../../server/shared/write-access.ts';

describe('loadConfig', () => {
  it('defaults to the embedded database on 127.0.0.1:8080', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      PORT: 8080,
      HOST: '127.0.0.1',
      NEO4J_PASSWORD: EMBEDDED_DEFAULT_PASSWORD,
    });
    expect(config.NEO4J_URI).toBeUndefined();
  });

  it.each([
    [{ PORT: 'eighty' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ NEO4J_URI: 'http://localhost:7474' }, 'NEO4J_URI'],
    [{ NEO4J_PASSWORD: 'short' }, 'NEO4J_PASSWORD'],
    [{ CYPHER_TIMEOUT_MS: '-5' }, 'CYPHER_TIMEOUT_MS'],
    [{ IMPORT_TOKEN: 'tiny' }, 'IMPORT_TOKEN'],
    [{ WRITE_TOKENS: 'alice:short' }, 'WRITE_TOKENS'],
    [{ WRITE_TOKENS: 'no-colon-here-at-all-0123' }, 'WRITE_TOKENS'],
    [{ WRITE_TOKENS: 'alice:token-for-alice-0123,alice:another-token-0123' }, 'WRITE_TOKENS'],
    [{ NEO4J_HEAP: 'lots' }, 'NEO4J_HEAP'],
  ])('stops with a message naming the variable for %j', (env, name) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(new RegExp(`${name}:`));
  });

  it('accepts the URIs of Docker, Aura and clusters', () => {
    for (const uri of ['bolt://localhost:7687', 'neo4j+s://abc.databases.neo4j.io', 'neo4j://cluster:7687']) {
      expect(loadConfig({ NEO4J_URI: uri }).NEO4J_URI).toBe(uri);
    }
  });

  it('reads named write tokens, and IMPORT_TOKEN is the one named "import"', () => {
    const config = loadConfig({
      WRITE_TOKENS: ' alice:token-for-alice-0123 , bob.m@agency:token-for-bob-01234',
      IMPORT_TOKEN: 'token-for-imports-0123',
    });
    expect(config.WRITE_TOKENS).toEqual([
      { name: 'alice', token: 'token-for-alice-0123' },
      { name: 'bob.m@agency', token: 'token-for-bob-01234' },
    ]);
    const tokens = writeTokens(config);
    expect(writerFor('Bearer token-for-bob-01234', tokens)).toBe('bob.m@agency');
    expect(writerFor('bearer token-for-imports-0123', tokens)).toBe('import');
    expect(writerFor('Bearer token-for-nobody-0123', tokens)).toBeUndefined();
    expect(writerFor(undefined, tokens)).toBeUndefined();
  });

  it('treats empty values as unset', () => {
    expect(loadConfig({ NEO4J_URI: '', PORT: '' }).PORT).toBe(8080);
  });

  it('is documented key by key in .env.example', () => {
    const example = readFileSync(path.join(REPO_ROOT, '.env.example'), 'utf8');
    for (const key of CONFIG_KEYS) expect(example, key).toMatch(new RegExp(`^#? ?${key}=`, 'm'));
  });
});
