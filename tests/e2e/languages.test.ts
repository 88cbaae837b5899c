/**
 * Languages and themes in the production build: the browser's language picks English, Japanese or
 * Hindi; the switcher changes it, the URL keeps it, <html lang> follows; amounts use each locale's
 * units (lakh and crore, 万/億/兆); Japanese and Devanagari draw with the shipped fonts, fetched
 * from this site only. The theme follows the system and its switch is kept in the URL.
 */
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { openPage, type OpenPageOptions, type OpenedPage } from '../support/browser.ts';
import { en } from '../../src/i18n/messages-en.ts';
import { ja } from '../../src/i18n/messages-ja.ts';
import { hi } from '../../src/i18n/messages-hi.ts';

const opened: OpenedPage[] = [];
async function open(path: string, options: OpenPageOptions = {}): Promise<OpenedPage> {
  const o = await openPage({ viewport: { width: 1280, height: 720 }, ...options });
  opened.push(o);
  await o.page.goto(path, { waitUntil: 'load' });
  await o.page.waitForSelector('html[data-app="ready"] [data-testid="projects-table"]');
  return o;
}
afterEach(async () => {
  for (const o of opened.splice(0)) {
    expect(o.externalRequests).toEqual([]);
    expect(o.consoleErrors).toEqual([]);
    await o.close();
  }
});

const heading = (page: Page) => page.locator('h1').textContent();
const htmlLang = (page: Page) => page.evaluate(() => document.documentElement.lang);
const param = (page: Page, name: string) => new URL(page.url()).searchParams.get(name);
/** The headline cards' values (the article's own wording, quoted in the provenance, stays as it is). */
const figures = (page: Page) =>
  page.locator('[data-testid="figure-card"] :is(.value, .alt-value)').allTextContents();
/** A shipped face (Noto Sans JP / Devanagari) that the page downloaded because its text uses it. */
const loadedFace = (page: Page, family: string) =>
  page.evaluate(async (name) => {
    await document.fonts.ready;
    return [...document.fonts].some((f) => f.family.includes(name) && f.status === 'loaded');
  }, family);

describe('languages (production build)', () => {
  it('follows the browser: ja-JP opens in Japanese without a lang parameter', async () => {
    const { page } = await open('/', { locale: 'ja-JP' });
    expect(await heading(page)).toBe(ja['app.title']);
    expect(await htmlLang(page)).toBe('ja');
    expect(param(page, 'lang')).toBeNull();
    expect(await page.title()).toBe(ja['app.title']);
  });

  it('an unsupported browser language falls back to English', async () => {
    const { page } = await open('/', { locale: 'fr-FR' });
    expect(await heading(page)).toBe(en['app.title']);
    expect(await htmlLang(page)).toBe('en');
  });

  it('the switcher changes the language, the URL keeps it, and a reload keeps it', async () => {
    const { page } = await open('/?sector=semiconductors');
    const count = await page.getByTestId('filter-count').textContent();
    expect(count).toMatch(/^Showing \d+ of 33 projects$/);
    await page.getByLabel(en['prefs.language']).selectOption('hi');
    await expect.poll(() => heading(page)).toBe(hi['app.title']);
    expect(await htmlLang(page)).toBe('hi');
    // The URL is written after the paint (url-sync.ts).
    await expect.poll(() => param(page, 'lang')).toBe('hi');
    expect(param(page, 'sector')).toBe('semiconductors'); // the view is kept
    expect(await page.getByTestId('filter-count').textContent()).not.toBe(count);
    await page.reload({ waitUntil: 'load' });
    await page.waitForSelector('html[data-app="ready"] [data-testid="projects-table"]');
    expect(await heading(page)).toBe(hi['app.title']);
    // And back to English from the Hindi label.
    await page.getByLabel(hi['prefs.language']).selectOption('en');
    await expect.poll(() => heading(page)).toBe(en['app.title']);
    await expect.poll(() => param(page, 'lang')).toBe('en');
  });

  it('Hindi shows rupees in crore and draws Devanagari with the shipped font', async () => {
    const { page } = await open('/?lang=hi');
    const text = (await figures(page)).join('\n');
    expect(text).toContain('₹65,000 करोड़'); // ₹650 billion
    expect(text).not.toMatch(/billion/);
    // The face's CSS arrives with the language's chunk: document.fonts.ready may settle before it.
    await expect.poll(() => loadedFace(page, 'Noto Sans Devanagari')).toBe(true);
  });

  it('Japanese shows amounts in 億 and 兆 and draws with the shipped font', async () => {
    const { page } = await open('/?lang=ja');
    const text = (await figures(page)).join('\n');
    expect(text).toMatch(/10兆/); // ¥10 trillion
    expect(text).toMatch(/億/);
    expect(text).not.toContain('billion');
    await expect.poll(() => loadedFace(page, 'Noto Sans JP')).toBe(true);
  });

  it('English offers lakh and crore for rupees, kept in the URL', async () => {
    const { page } = await open('/');
    expect((await figures(page)).join('\n')).toContain('₹650 billion');
    await page.getByLabel(en['prefs.indianUnits']).check();
    await expect.poll(async () => (await figures(page)).join('\n')).toContain('₹65,000 crore');
    expect(param(page, 'units')).toBe('indian');
  });

  it('no font is fetched for English', async () => {
    const { page } = await open('/');
    const fonts = await page.evaluate(() =>
      performance.getEntriesByType('resource').filter((r) => /\.woff2?$/.test(r.name)),
    );
    expect(fonts).toEqual([]);
  });
});

describe('theme (production build)', () => {
  const background = (page: Page) =>
    page.evaluate(() => getComputedStyle(document.body).backgroundColor);

  it('follows prefers-color-scheme, and the switch is kept in the URL', async () => {
    const { page } = await open('/', { colorScheme: 'dark' });
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    const dark = await background(page);
    expect(param(page, 'theme')).toBeNull();
    const toggle = page.getByRole('button', { name: en['prefs.dark'] });
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    await toggle.click();
    await expect
      .poll(() => page.evaluate(() => document.documentElement.dataset.theme))
      .toBe('light');
    expect(param(page, 'theme')).toBe('light');
    expect(await background(page)).not.toBe(dark);
    await page.reload({ waitUntil: 'load' });
    await page.waitForSelector('html[data-app="ready"] [data-testid="projects-table"]');
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
  });
});
