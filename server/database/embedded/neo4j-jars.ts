// Fetches the Neo4j Community jars from Maven Central once (through neo4j/pom.xml) and caches them
// in neo4j/lib. A marker holding the pom's hash tells a complete download from an interrupted one.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../../shared/config.ts';

export const NEO4J_DIR = path.join(REPO_ROOT, 'neo4j');
export const NEO4J_LIB_DIR = path.join(NEO4J_DIR, 'lib');
const POM = path.join(NEO4J_DIR, 'pom.xml');
const MARKER = path.join(NEO4J_LIB_DIR, '.complete');

function pomHash(): string {
  return createHash('sha256').update(readFileSync(POM)).digest('hex');
}

export function neo4jJarsReady(): boolean {
  return existsSync(MARKER) && readFileSync(MARKER, 'utf8').trim() === pomHash();
}

/** Downloads the jars unless the cache matches the pom. Resolves when they are in neo4j/lib. */
export async function ensureNeo4jJars(log: (line: string) => void = console.log): Promise<void> {
  if (neo4jJarsReady()) return;
  log('Fetching the Neo4j jars from Maven Central (first run only, about a minute)…');
  await new Promise<void>((resolve, reject) => {
    const mvn = spawn(
      'mvn',
      ['-q', '-B', '-f', POM, 'dependency:copy-dependencies', `-DoutputDirectory=${NEO4J_LIB_DIR}`],
      { stdio: ['ignore', 'inherit', 'inherit'] },
    );
    mvn.on('error', (error) =>
      reject(
        new Error(
          `could not run Maven ("mvn"): ${error.message}. Install Maven and Java 17+, or set NEO4J_URI.`,
        ),
      ),
    );
    mvn.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`Maven failed (exit ${code}) fetching the Neo4j jars`)),
    );
  });
  writeFileSync(MARKER, `${pomHash()}\n`);
}
