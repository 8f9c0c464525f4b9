import { describe, expect, it } from 'vitest';
import {
  CHROMIUM_PACKAGE,
  type ChromiumSituation,
  DEBIAN_CHROMIUM_PATH,
  planChromium,
} from '../support/chromium-setup.ts';

const missing: ChromiumSituation = {
  chromiumPath: DEBIAN_CHROMIUM_PATH,
  chromiumPresent: false,
  hasAptGet: true,
  isRoot: false,
  passwordlessSudo: false,
};

describe('npm test → the Chromium of the browser tests', () => {
  it('does nothing when Chromium is there', () => {
    expect(planChromium({ ...missing, chromiumPresent: true })).toEqual({ action: 'ready' });
    expect(planChromium({ ...missing, chromiumPresent: true, hasAptGet: false })).toEqual({
      action: 'ready',
    });
  });

  it('installs the Debian package as root', () => {
    expect(planChromium({ ...missing, isRoot: true })).toEqual({
      action: 'install',
      commands: [
        ['apt-get', 'update', '-qq'],
        ['env', 'DEBIAN_FRONTEND=noninteractive', 'apt-get', 'install', '-y', '-qq', 'chromium'],
      ],
    });
  });

  it('installs it through sudo -n when sudo needs no password', () => {
    const plan = planChromium({ ...missing, passwordlessSudo: true });
    expect(plan.action).toBe('install');
    if (plan.action !== 'install') return;
    expect(plan.commands.length).toBe(2);
    for (const command of plan.commands) expect(command.slice(0, 2)).toEqual(['sudo', '-n']);
    expect(plan.commands[1]?.at(-1)).toBe(CHROMIUM_PACKAGE);
  });

  it('stops with one line naming the package and the command when it may not install', () => {
    const plan = planChromium(missing);
    expect(plan.action).toBe('stop');
    if (plan.action !== 'stop') return;
    expect(plan.message).not.toContain('\n');
    expect(plan.message).toContain('"chromium"');
    expect(plan.message).toContain('sudo apt-get update && sudo apt-get install -y chromium');
  });

  it('stops without apt-get, even as root', () => {
    const plan = planChromium({ ...missing, isRoot: true, hasAptGet: false });
    expect(plan.action).toBe('stop');
    if (plan.action === 'stop') expect(plan.message).toContain('apt-get is not available');
  });

  it('does not install when CHROMIUM_PATH points elsewhere and is missing', () => {
    const plan = planChromium({ ...missing, chromiumPath: '/opt/chrome/chrome', isRoot: true });
    expect(plan.action).toBe('stop');
    if (plan.action === 'stop') expect(plan.message).toContain('CHROMIUM_PATH=/opt/chrome/chrome');
  });
});
