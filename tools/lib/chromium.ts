/**
 * Node-only: find (or, as root on Debian, install) a Chromium binary and launch it with
 * playwright-core. playwright-core ships no browser, and browser downloads are not possible
 * here, so we rely on the system's Chromium (Debian's `chromium` package) or CHROME_PATH.
 */
import { spawnSync } from 'node:child_process';
import { accessSync, constants, readdirSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';

/** Flags for a quiet, offline, container-friendly headless Chromium (headless is set by playwright). */
export const CHROMIUM_ARGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

const SYSTEM_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
];
const SYSTEM_NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];

const INSTALL_HINT =
  "No Chromium found. Install Debian's chromium package (sudo apt-get install chromium) " +
  'or set CHROME_PATH to a Chrome/Chromium binary.';

function isExecutableFile(path: string): boolean {
  try {
    if (!statSync(path).isFile()) return false;
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function which(name: string): string | null {
  const result = spawnSync('which', [name], { encoding: 'utf8' });
  if (result.status !== 0) return null;
  const found = result.stdout.trim().split('\n')[0];
  return found !== undefined && found !== '' ? found : null;
}

function listDir(dir: string): string[] {
  try {
    return readdirSync(dir).sort().reverse(); // newest revision first
  } catch {
    return [];
  }
}

/** Binaries in Playwright's browser cache (only present if someone installed them earlier). */
function playwrightCacheCandidates(): string[] {
  const roots = [
    process.env['PLAYWRIGHT_BROWSERS_PATH'],
    join(homedir(), '.cache', 'ms-playwright'),
  ];
  const out: string[] = [];
  for (const root of roots) {
    if (root === undefined || root === '' || root === '0') continue;
    for (const entry of listDir(root)) {
      const dir = join(root, entry);
      if (entry.startsWith('chromium-')) {
        for (const sub of listDir(dir).filter((s) => s.startsWith('chrome-linux'))) {
          out.push(join(dir, sub, 'chrome'));
        }
      } else if (entry.startsWith('chromium_headless_shell-')) {
        for (const sub of listDir(dir).filter((s) => s.startsWith('chrome-'))) {
          out.push(join(dir, sub, 'headless_shell'));
        }
      }
    }
  }
  return out;
}

/** Path of a usable Chrome/Chromium binary, or null. */
export function findChromium(): string | null {
  const fromEnv = process.env['CHROME_PATH'];
  if (fromEnv !== undefined && fromEnv !== '') {
    if (isExecutableFile(fromEnv)) return fromEnv;
    console.warn(`CHROME_PATH=${fromEnv} is not an executable file; looking elsewhere.`);
  }
  for (const path of SYSTEM_PATHS) if (isExecutableFile(path)) return path;
  for (const name of SYSTEM_NAMES) {
    const path = which(name);
    if (path !== null && isExecutableFile(path)) return path;
  }
  for (const path of playwrightCacheCandidates()) if (isExecutableFile(path)) return path;
  return null;
}

function run(command: string, args: string[]): void {
  const result = spawnSync(command, args, {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  if (result.error !== undefined) throw result.error;
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} exited with ${String(result.status)}`);
  }
}

/** A Chromium path; installs Debian's chromium with apt-get when running as root and none is found. */
export async function ensureChromium(): Promise<string> {
  const found = findChromium();
  if (found !== null) return found;
  const isRoot = process.getuid?.() === 0;
  if (isRoot && which('apt-get') !== null) {
    console.log(
      'No Chromium found: installing Debian package "chromium" with apt-get (one-time)...',
    );
    run('apt-get', ['update']);
    run('apt-get', ['install', '-y', '--no-install-recommends', 'chromium']);
    const installed = findChromium();
    if (installed !== null) return installed;
  }
  throw new Error(INSTALL_HINT);
}

/** Launch headless Chromium via playwright-core with the shared flags. */
export async function launchChromium(executablePath?: string): Promise<Browser> {
  const path = executablePath ?? (await ensureChromium());
  return chromium.launch({ executablePath: path, headless: true, args: [...CHROMIUM_ARGS] });
}
