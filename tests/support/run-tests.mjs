// `npm test`: install dependencies if they are missing, then run every vitest project
// (unit, component, e2e). Extra CLI arguments are passed through to `vitest run`.
// Plain Node ESM with no dependencies, so it works on a fresh clone before `npm ci`.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';

function run(command, args) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (result.error) {
    console.error(`Could not run ${command}: ${result.error.message}`);
    return 1;
  }
  if (result.signal) {
    console.error(`${command} was killed by ${result.signal}`);
    return 1;
  }
  return result.status ?? 1;
}

if (!existsSync(join(root, 'node_modules', '.bin', 'vitest'))) {
  const hasLock = existsSync(join(root, 'package-lock.json'));
  const installArgs = hasLock ? ['ci'] : ['install'];
  console.log(`node_modules/.bin/vitest is missing: running npm ${installArgs.join(' ')}`);
  const status = run(npm, installArgs);
  if (status !== 0) process.exit(status);
}

process.exit(run(npx, ['vitest', 'run', ...process.argv.slice(2)]));
