// Compiles neo4j/Launcher.java once per version of its text (and of pom.xml) into neo4j/.launcher-cache/<hash>/.
// Java's single-file source launch compiles it again at every start: about 3 s of CPU, which a
// restart of a crashed database should not pay (it counts against being back within 30 s).
// Without javac (a JRE only) the source launch still works: the caller falls back to it.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { NEO4J_DIR, NEO4J_LIB_DIR } from './neo4j-jars.ts';

export const LAUNCHER_SOURCE = path.join(NEO4J_DIR, 'Launcher.java');
const CACHE_DIR = path.join(NEO4J_DIR, '.launcher-cache');

/** The folder holding Launcher.class for the current Launcher.java, or undefined when javac is missing or fails. */
export async function compiledLauncher(log: (line: string) => void): Promise<string | undefined> {
  // The jars it is compiled against count too: a Neo4j upgrade in pom.xml compiles it again.
  const hash = createHash('sha256')
    .update(readFileSync(LAUNCHER_SOURCE))
    .update(readFileSync(path.join(NEO4J_DIR, 'pom.xml')))
    .digest('hex')
    .slice(0, 16);
  const target = path.join(CACHE_DIR, hash);
  if (existsSync(path.join(target, 'Launcher.class'))) return target;
  // Compile beside the target and rename: two servers starting at once never see half a class.
  mkdirSync(CACHE_DIR, { recursive: true });
  const building = mkdtempSync(`${target}.building-`);
  try {
    await run('javac', ['-nowarn', '-cp', `${NEO4J_LIB_DIR}${path.sep}*`, '-d', building, LAUNCHER_SOURCE]);
    if (!existsSync(target)) renameSync(building, target);
    return target;
  } catch (error) {
    log(
      `Could not compile ${LAUNCHER_SOURCE} (${error instanceof Error ? error.message : String(error)}): starting it from source`,
    );
    return undefined;
  } finally {
    rmSync(building, { recursive: true, force: true });
  }
}

function run(command: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0
        ? resolve()
        : reject(new Error(`${command} exited with code ${code}: ${stderr.split('\n')[0]}`)),
    );
  });
}
