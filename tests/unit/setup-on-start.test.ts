import { describe, expect, it } from 'vitest';
import { setsUpAtStart } from '../../server/database/schema-setup.ts';
import { loadConfig } from '../../server/shared/config.ts';

describe('SETUP_ON_START', () => {
  it.each([
    [{}, true],
    [{ NEO4J_URI: 'neo4j://cluster:7687' }, false],
    [{ NEO4J_URI: 'neo4j://cluster:7687', SETUP_ON_START: 'always' }, true],
    [{ SETUP_ON_START: 'never' }, false],
    [{ NEO4J_URI: 'bolt://localhost:7687', SETUP_ON_START: 'never' }, false],
  ])('with %j sets the database up at start: %s', (env, expected) => {
    expect(setsUpAtStart(loadConfig(env))).toBe(expected);
  });

  it('refuses an unknown value, naming the choices', () => {
    expect(() => loadConfig({ SETUP_ON_START: 'sometimes' })).toThrow(/SETUP_ON_START:.*"auto"/s);
  });
});
