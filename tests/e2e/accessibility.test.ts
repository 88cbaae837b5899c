/**
 * Accessibility of the production build: axe-core (WCAG 2.0–2.2, A and AA) finds nothing in each
 * state a reader meets — default, filtered, a site selected, presenter mode, the import dialog, an
 * error, the dark theme and each language — and the keyboard reaches every filter with a visible
 * focus. Each state prints its count, e.g. "axe default: 0 violations".
 */
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { openPage, type OpenPageOptions, type OpenedPage } from '../support/browser.ts';
import { runAxe } from '../support/axe.ts';

const opened: OpenedPage[] = [];
async function open(path: string, options: OpenPageOptions = {}): Promise<OpenedPage> {
  const o = await openPage({ viewport: { width: 1440, height: 900 }, ...options });
  opened.push(o);
  await o.page.goto(path, { waitUntil: 'load' });
  await ready(o.page);
  return o;
}
afterEach(async () => {
  for (const o of opened.splice(0)) {
    expect(o.externalRequests).toEqual([]);
    expect(o.consoleErrors).toEqual([]);
    await o.close();
  }
});

/** The table, the charts and the map's markers are drawn. */
async function ready(page: Page): Promise<void> {
  await page.waitForSelector('html[data-app="ready"] [data-testid="projects-table"]');
  await page.waitForSelector('.recharts-surface', { state: 'attached' });
  await page.waitForSelector('.site-map .site-marker', { state: 'attached' });
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
}

async function expectNoViolations(page: Page, state: string): Promise<void> {
  const violations = await runAxe(page);
  console.log(`axe ${state}: ${String(violations.length)} violations`);
  expect(violations, state).toEqual([]);
}

describe('axe-core finds no WCAG 2.2 A/AA violation (production build)', () => {
  it('default view', async () => {
    const { page } = await open('/');
    await expectNoViolations(page, 'default');
  });

  it('filtered by keyboard: a sector chosen with Enter on its button', async () => {
    const { page } = await open('/');
    const toggle = page.getByRole('button', { name: /^Semiconductors: \d+ projects?/ });
    await toggle.focus();
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.getByTestId('filter-count').textContent())
      .toBe('Showing 17 of 33 projects');
    // The URL is written once the frame that answers the key has painted.
    await expect.poll(() => new URL(page.url()).searchParams.get('sector')).toBe('semiconductors');
    await expectNoViolations(page, 'filtered');
  });

  it('a site selected, with its detail card open', async () => {
    const { page } = await open('/?site=dholera');
    await page.getByTestId('site-detail').waitFor();
    await expectNoViolations(page, 'site selected');
  });

  it('presenter mode', async () => {
    const { page } = await open('/');
    await page.keyboard.press('p');
    await page.getByTestId('tour-progress').waitFor();
    await expectNoViolations(page, 'presenter');
  });

  it('the import dialog', async () => {
    const { page } = await open('/');
    await page.getByRole('button', { name: 'Load data' }).click();
    await page.getByTestId('import-panel').waitFor();
    await expectNoViolations(page, 'import dialog');
  });

  it('an error: a refused file listed problem by problem, and a link that was not understood', async () => {
    const { page } = await open('/?years=1900-1901&utm=x');
    await page.locator('.url-notice').waitFor();
    await page.getByRole('button', { name: 'Load data' }).click();
    await page.getByTestId('import-file').setInputFiles({
      name: 'broken.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('year,date\n2023,2023-02-30\n'),
    });
    await page.getByTestId('import-status').filter({ hasText: 'broken.csv' }).waitFor();
    await expectNoViolations(page, 'error');
  });

  it('dark theme, from the system preference, filtered and with a site selected', async () => {
    const { page } = await open('/?sector=semiconductors&site=dholera', { colorScheme: 'dark' });
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    await expectNoViolations(page, 'dark theme');
  });

  it('dark theme, presenter mode', async () => {
    const { page } = await open('/?theme=dark');
    await page.keyboard.press('p');
    await page.getByTestId('tour-progress').waitFor();
    await expectNoViolations(page, 'dark presenter');
  });

  it.each(['ja', 'hi'])('language %s, with a site selected', async (lang) => {
    const { page } = await open(`/?lang=${lang}&site=dholera`);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
    await expectNoViolations(page, `lang=${lang}`);
  });
});

describe('keyboard and motion (production build)', () => {
  it('focus is always visible while tabbing through the page, and never stuck', async () => {
    const { page } = await open('/');
    const seen = new Set<string>();
    const invisible: string[] = [];
    for (let i = 0; i < 80; i++) {
      await page.keyboard.press('Tab');
      const focus = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return null;
        const cs = getComputedStyle(el);
        const ring =
          (cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) >= 2) ||
          cs.boxShadow !== 'none';
        const id = `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}.${el.className}[${
          el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 30) ?? ''
        }]`;
        return { id, ring };
      });
      if (!focus) continue;
      seen.add(focus.id);
      if (!focus.ring) invisible.push(focus.id);
    }
    expect(invisible, 'focused elements without a visible focus indicator').toEqual([]);
    // 80 presses reach many distinct elements: focus moves on, it is not trapped in one place.
    expect(seen.size).toBeGreaterThan(40);
  });

  it('the map jumps instead of animating under prefers-reduced-motion', async () => {
    const { page } = await open('/', { reducedMotion: 'reduce' });
    // Leaflet adds its zoom-animation proxy and the fade class only when those animations are on.
    expect(await page.locator('.site-map .leaflet-proxy').count()).toBe(0);
    expect(await page.locator('.site-map.leaflet-fade-anim').count()).toBe(0);
    const duration = await page
      .locator('.site-map .site-marker')
      .first()
      .evaluate((el) => getComputedStyle(el).transitionDuration);
    expect(duration.split(',').every((d) => parseFloat(d) <= 0.01)).toBe(true);
  });
});
