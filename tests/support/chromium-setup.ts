// What `npm test` does about the system Chromium the browser tests drive: nothing when it is there;
// install Debian's `chromium` when it is missing and we may (root, or sudo without a password);
// else stop at once with one line that names the package and the command. The decision is a pure
// function so that it is unit-tested without installing anything.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { CHROMIUM_PATH } from './chromium.ts';

export const DEBIAN_CHROMIUM_PATH = '/usr/bin/chromium';
export const CHROMIUM_PACKAGE = 'chromium';

export interface ChromiumSituation {
  /** Where the tests look for Chromium (CHROMIUM_PATH, else the Debian path). */
  chromiumPath: string;
  chromiumPresent: boolean;
  /** Whether apt-get exists (a Debian-like system). */
  hasAptGet: boolean;
  isRoot: boolean;
  passwordlessSudo: boolean;
}

export type ChromiumPlan =
  | { action: 'ready' }
  | { action: 'install'; commands: string[][] }
  | { action: 'stop'; message: string };

const INSTALL_HINT = `sudo apt-get update && sudo apt-get install -y ${CHROMIUM_PACKAGE}`;

export function planChromium(situation: ChromiumSituation): ChromiumPlan {
  if (situation.chromiumPresent) return { action: 'ready' };
  if (situation.chromiumPath !== DEBIAN_CHROMIUM_PATH) {
    // A path the user chose: installing the package would not put anything there.
    return {
      action: 'stop',
      message: `The browser tests need Chromium at CHROMIUM_PATH=${situation.chromiumPath}, which does not exist: fix CHROMIUM_PATH, or unset it and install Debian's package "${CHROMIUM_PACKAGE}" (${INSTALL_HINT}).`,
    };
  }
  const stop = (why: string): ChromiumPlan => ({
    action: 'stop',
    message: `The browser tests need Chromium at ${DEBIAN_CHROMIUM_PATH} (${why}): install Debian's package "${CHROMIUM_PACKAGE}" with: ${INSTALL_HINT}`,
  });
  if (!situation.hasAptGet) return stop('missing, and apt-get is not available here');
  if (!situation.isRoot && !situation.passwordlessSudo)
    return stop('missing, and installing it needs root or sudo without a password');
  const sudo = situation.isRoot ? [] : ['sudo', '-n'];
  return {
    action: 'install',
    commands: [
      [...sudo, 'apt-get', 'update', '-qq'],
      [...sudo, 'env', 'DEBIAN_FRONTEND=noninteractive', 'apt-get', 'install', '-y', '-qq', CHROMIUM_PACKAGE],
    ],
  };
}

function succeeds(command: string, args: string[]): boolean {
  return spawnSync(command, args, { stdio: 'ignore' }).status === 0;
}

/** The machine as it is now. */
export function currentSituation(): ChromiumSituation {
  const isRoot = process.getuid?.() === 0;
  return {
    chromiumPath: CHROMIUM_PATH,
    chromiumPresent: existsSync(CHROMIUM_PATH),
    hasAptGet: succeeds('sh', ['-c', 'command -v apt-get']),
    isRoot,
    passwordlessSudo: !isRoot && succeeds('sudo', ['-n', 'true']),
  };
}
