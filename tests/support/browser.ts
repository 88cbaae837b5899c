/**
 * E2E helpers: one headless Chromium per test file, and pages whose network is sealed to the
 * local preview server. Any request to a host other than 127.0.0.1/localhost is aborted and
 * recorded, and console errors and uncaught page errors are collected, so tests can assert the
 * app is offline-clean.
 */
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, inject } from 'vitest';
import { launchChromium } from '../../tools/lib/chromium.ts';

const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

export interface OpenPageOptions {
  viewport?: { width: number; height: number };
  deviceScaleFactor?: number;
  isMobile?: boolean;
  /** The browser's language (navigator.language), e.g. 'ja-JP'. */
  locale?: string;
  colorScheme?: 'light' | 'dark';
  reducedMotion?: 'reduce' | 'no-preference';
  /** false: the page as a reader with scripts turned off sees it. */
  javaScriptEnabled?: boolean;
}

export interface OpenedPage {
  page: Page;
  /** URLs of blocked requests to anything but the local server. */
  externalRequests: string[];
  /** console.error messages and uncaught page errors. */
  consoleErrors: string[];
  close(): Promise<void>;
}

let browserPromise: Promise<Browser> | null = null;

function getBrowser(): Promise<Browser> {
  browserPromise ??= launchChromium(inject('chromiumPath'));
  return browserPromise;
}

/** Close this file's browser (registered automatically as an afterAll of every importing file). */
export async function closeBrowser(): Promise<void> {
  const pending = browserPromise;
  browserPromise = null;
  if (pending !== null) await (await pending).close();
}

// Test files are isolated, so this module (and its browser) is per file.
afterAll(closeBrowser);

function isLocal(url: string): boolean {
  if (url.startsWith('data:') || url.startsWith('blob:') || url.startsWith('about:')) return true;
  try {
    return LOCAL_HOSTS.has(new URL(url).hostname);
  } catch {
    return false;
  }
}

export async function openPage(options: OpenPageOptions = {}): Promise<OpenedPage> {
  const browser = await getBrowser();
  const contextOptions: BrowserContextOptions = {
    baseURL: inject('baseURL'),
    viewport: options.viewport ?? { width: 1280, height: 800 },
    deviceScaleFactor: options.deviceScaleFactor ?? 1,
    isMobile: options.isMobile ?? false,
    serviceWorkers: 'block',
    locale: options.locale ?? 'en-US',
    colorScheme: options.colorScheme ?? 'light',
    reducedMotion: options.reducedMotion ?? 'no-preference',
    javaScriptEnabled: options.javaScriptEnabled ?? true,
  };
  const context = await browser.newContext(contextOptions);
  const externalRequests: string[] = [];
  const consoleErrors: string[] = [];

  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (isLocal(url)) {
      await route.continue();
    } else {
      externalRequests.push(url);
      await route.abort('blockedbyclient');
    }
  });

  // A Content-Security-Policy violation is reported as a console error, so every test that checks
  // for console errors also checks that the page runs under its policy. (A string: no bundler helpers.)
  await context.addInitScript(
    `document.addEventListener('securitypolicyviolation', (e) => console.error('CSP violation: ' + e.violatedDirective + ' ' + e.blockedURI));`,
  );
  const page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const { url, lineNumber } = message.location();
    const where = url !== '' ? ` (${url}:${String(lineNumber)})` : '';
    consoleErrors.push(`console.error: ${message.text()}${where}`);
  });
  page.on('pageerror', (error) => {
    consoleErrors.push(`pageerror: ${error.message}`);
  });

  return {
    page,
    externalRequests,
    consoleErrors,
    close: () => context.close(),
  };
}

/**
 * Waits until the page has shown a gesture's result everywhere: views that follow a gesture update
 * after the next paint, in a transition, and the URL is written then too. Resolves once nothing in
 * the document has changed for `quietMs` (at most `timeoutMs`).
 */
export async function settle(page: Page, quietMs = 200, timeoutMs = 10_000): Promise<void> {
  await page.evaluate(
    ([quiet, cap]) =>
      new Promise<void>((resolve) => {
        const start = performance.now();
        let last = start;
        const observer = new MutationObserver(() => (last = performance.now()));
        observer.observe(document.body, {
          subtree: true,
          childList: true,
          attributes: true,
          characterData: true,
        });
        const check = () => {
          const now = performance.now();
          if (now - last >= quiet || now - start >= cap) {
            observer.disconnect();
            resolve();
          } else setTimeout(check, 50);
        };
        requestAnimationFrame(() => setTimeout(check, 50));
      }),
    [quietMs, timeoutMs] as const,
  );
}
