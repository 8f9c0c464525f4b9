// Run by `npm test` before anything else: makes sure the system Chromium of the browser tests is
// there (installing Debian's package when allowed), or stops with one line saying what to do.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { currentSituation, planChromium } from './chromium-setup.ts';

const situation = currentSituation();
const plan = planChromium(situation);
if (plan.action === 'stop') {
  console.error(plan.message);
  process.exit(1);
}
if (plan.action === 'install') {
  console.log(`Chromium is missing at ${situation.chromiumPath}: installing Debian's package (apt-get).`);
  for (const [command, ...args] of plan.commands) {
    const result = spawnSync(command as string, args, { stdio: 'inherit' });
    if (result.status !== 0) {
      console.error(
        `Installing Chromium failed: "${[command, ...args].join(' ')}" exited with ${result.status}.`,
      );
      process.exit(1);
    }
  }
  if (!existsSync(situation.chromiumPath)) {
    console.error(`The package was installed but ${situation.chromiumPath} is still missing.`);
    process.exit(1);
  }
}
