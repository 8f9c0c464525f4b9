// What the server checks, read-only, at every start: that the database has the schema the queries
// need, and the settings the embedded launcher would have set (a cluster sets them in its own
// configuration). It warns; it changes nothing. On a cluster, reads are routed to one member: its
// settings are the ones checked, so set them alike on every member.
import type { Config } from '../shared/config.ts';
import type { Database } from './database.ts';
import {
  compareSettings,
  describeFinding,
  networkBlockFinding,
  requiredSettings,
  type SettingFinding,
} from './required-settings.ts';
import { checkSchema, isEmpty } from './schema-setup.ts';

/** A closed port on the database host's loopback: the probe never fetches anything. */
const PROBE_URL = 'http://127.0.0.1:1/cooperation-graph-probe.csv';
const CHECK_TIMEOUT_MS = 5_000;

export interface SettingsCheck {
  findings: SettingFinding[];
  /** Why the settings could not be read (e.g. no privilege to SHOW SETTINGS), when they could not. */
  unreadable?: string;
}

export async function checkDatabaseSettings(
  db: Database,
  config: Pick<Config, 'QUERY_TIMEOUT_MS'>,
): Promise<SettingsCheck> {
  const required = requiredSettings(config);
  let findings: SettingFinding[];
  try {
    const result = await db.read<{ name: string; value: string | null }>(
      'databaseSettings',
      { names: required.map((setting) => setting.name) },
      { timeoutMs: CHECK_TIMEOUT_MS },
    );
    const reported = new Map(result.records.map((record) => [record.get('name'), record.get('value')]));
    findings = compareSettings(reported, required);
  } catch (error) {
    return { findings: [], unreadable: error instanceof Error ? error.message : String(error) };
  }
  let probeError: string | undefined;
  try {
    await db.read('probeRemoteLoad', { url: PROBE_URL }, { timeoutMs: CHECK_TIMEOUT_MS });
  } catch (error) {
    probeError = error instanceof Error ? error.message : String(error);
  }
  const network = networkBlockFinding(probeError);
  return { findings: network ? [...findings, network] : findings };
}

/** Runs every check and returns its warnings, one sentence each (none when all is well). */
export async function startupWarnings(db: Database, config: Config): Promise<string[]> {
  const warnings: string[] = [];
  const schema = await checkSchema(db);
  const setupHint = config.NEO4J_URI
    ? 'run `npm run db:setup` with the same NEO4J_* settings (or start once with SETUP_ON_START=always)'
    : 'run `npm run db:setup`';
  if (schema.missing.length > 0) {
    warnings.push(
      `The database lacks ${schema.missing.length} schema item(s) the API's queries need (${schema.missing.join(', ')}): searches and lookups will be slow or fail; ${setupHint}.`,
    );
  }
  for (const { name, state } of schema.notOnline) {
    warnings.push(`Index ${name} is ${state}, not ONLINE: queries that need it are slow until it is.`);
  }
  if (await isEmpty(db)) {
    warnings.push(
      `The database holds no cooperation-graph data yet: ${setupHint} to load the curated dataset.`,
    );
  }
  const settings = await checkDatabaseSettings(db, config);
  if (settings.unreadable) {
    warnings.push(
      `Could not read the database's settings (${settings.unreadable}): check by hand that they match README's "Against a cluster" list.`,
    );
  }
  // One line per setting, so each can be found in the log and fixed on its own.
  for (const finding of settings.findings) {
    warnings.push(
      `Database setting ${describeFinding(finding)}: the embedded database sets it and the API relies on it; set it in the database's own configuration (on every cluster member).`,
    );
  }
  return warnings;
}
