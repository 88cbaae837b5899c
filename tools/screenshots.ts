/**
 * `npm run screenshots [-- --out DIR]`: build the app, serve the production build, and save PNG
 * screenshots of `/` with headless Chromium (default DIR: tests/screenshots):
 *   desktop.png 1440×900, desktop-full.png (whole page), laptop.png 1280×720, phone.png 390×844.
 * Requests to anything but the local server are blocked and listed, as are console errors.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { ensureChromium, launchChromium } from './lib/chromium.ts';
import { REPO_ROOT, startPreview } from './lib/preview-server.ts';

interface Shot {
  name: string;
  width: number;
  height: number;
  deviceScaleFactor: number;
  isMobile: boolean;
  fullPage?: string;
  /** Path and query to open (default '/'). */
  path?: string;
  /** Keys to press once the page is ready (e.g. 'p' for presenter mode). */
  keys?: string[];
  /** Capture only this element. */
  element?: string;
}

const SHOTS: readonly Shot[] = [
  {
    name: 'desktop',
    width: 1440,
    height: 900,
    deviceScaleFactor: 1,
    isMobile: false,
    fullPage: 'desktop-full',
  },
  { name: 'laptop', width: 1280, height: 720, deviceScaleFactor: 1, isMobile: false },
  { name: 'phone', width: 390, height: 844, deviceScaleFactor: 2, isMobile: true },
  {
    name: 'map-desktop',
    width: 1440,
    height: 900,
    deviceScaleFactor: 1,
    isMobile: false,
    element: '[data-testid="map-panel"]',
  },
  {
    name: 'map-phone',
    width: 390,
    height: 844,
    deviceScaleFactor: 2,
    isMobile: true,
    element: '[data-testid="map-panel"]',
  },
  {
    name: 'presenter',
    width: 1920,
    height: 1080,
    deviceScaleFactor: 1,
    isMobile: false,
    keys: ['p'],
  },
  {
    name: 'presenter-dholera',
    width: 1920,
    height: 1080,
    deviceScaleFactor: 1,
    isMobile: false,
    path: '/?v=1&step=2',
  },
];

function outDir(argv: readonly string[]): string {
  const index = argv.indexOf('--out');
  if (index === -1) return resolve(REPO_ROOT, 'tests', 'screenshots');
  const value = argv[index + 1];
  if (value === undefined || value.startsWith('--')) throw new Error('--out needs a directory');
  return resolve(process.cwd(), value);
}

function isLocal(url: string): boolean {
  if (/^(data|blob|about):/.test(url)) return true;
  try {
    return ['127.0.0.1', 'localhost', '[::1]'].includes(new URL(url).hostname);
  } catch {
    return false;
  }
}

async function takeShot(browser: Browser, baseURL: string, shot: Shot, dir: string): Promise<void> {
  const context = await browser.newContext({
    baseURL,
    viewport: { width: shot.width, height: shot.height },
    deviceScaleFactor: shot.deviceScaleFactor,
    isMobile: shot.isMobile,
    hasTouch: shot.isMobile,
    serviceWorkers: 'block',
  });
  const problems: string[] = [];
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (isLocal(url)) return route.continue();
    problems.push(`blocked external request: ${url}`);
    return route.abort('blockedbyclient');
  });
  const page = await context.newPage();
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console.error: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  try {
    await page.goto(shot.path ?? '/', { waitUntil: 'networkidle' });
    await page.waitForSelector('h1', { timeout: 5_000 }).catch(() => {
      problems.push('no <h1> appeared within 5 s');
    });
    // Let web fonts load and chart/map transitions settle before capturing.
    await page.evaluate(async () => {
      await document.fonts.ready;
    });
    for (const key of shot.keys ?? []) await page.keyboard.press(key);
    // Map flights last about a second.
    await page.waitForTimeout(shot.keys || shot.path ? 2000 : 800);
    const file = resolve(dir, `${shot.name}.png`);
    if (shot.element !== undefined)
      await page.locator(shot.element).first().screenshot({ path: file, animations: 'disabled' });
    else await page.screenshot({ path: file, animations: 'disabled' });
    console.log(`  ${file}`);
    if (shot.fullPage !== undefined) {
      const fullFile = resolve(dir, `${shot.fullPage}.png`);
      await page.screenshot({ path: fullFile, fullPage: true, animations: 'disabled' });
      console.log(`  ${fullFile}`);
    }
  } finally {
    await context.close();
  }
  for (const problem of problems) console.warn(`  [${shot.name}] ${problem}`);
}

async function main(): Promise<void> {
  const dir = outDir(process.argv.slice(2));
  mkdirSync(dir, { recursive: true });
  const chromiumPath = await ensureChromium();
  const server = await startPreview({ logLevel: 'info' });
  let browser: Browser | null = null;
  try {
    browser = await launchChromium(chromiumPath);
    console.log(`Screenshots of ${server.url}/ with ${chromiumPath}:`);
    for (const shot of SHOTS) await takeShot(browser, server.url, shot, dir);
  } finally {
    await browser?.close();
    await server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
