/**
 * Trust in the production build, in headless Chromium: the edition in the header (and its link to
 * the changelog), "Cite this view" giving the exact current link, "Suggest a correction"
 * downloading a .txt for a figure, and the changelog. The data is a dataset with editions loaded
 * through "Load data" (the bundled dataset with the fixture's editions), so the test holds whether
 * or not the bundled data has editions yet.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPage, settle, type OpenedPage } from '../support/browser.ts';
import { datasetWithEditions } from '../fixtures/trust.ts';
import { formatPartialDate } from '../../src/domain/format.ts';

const dataset = datasetWithEditions();

describe('trust (production build)', () => {
  let opened: OpenedPage;

  beforeAll(async () => {
    opened = await openPage({ viewport: { width: 1440, height: 900 } });
    const { page } = opened;
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('/', { waitUntil: 'load' });
    await page.waitForSelector('html[data-app="ready"] [data-testid="projects-table"]');
    await page.getByRole('button', { name: 'Load data' }).click();
    await page.getByTestId('import-file').setInputFiles({
      name: 'edition-2.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(dataset)),
    });
    await page.getByTestId('import-status').filter({ hasText: 'edition-2.json loaded' }).waitFor();
    await page.keyboard.press('Escape');
    await settle(page);
  });

  afterAll(async () => {
    await opened.close();
  });

  it('names the edition and its date in the header, says it is older than six months, and links to the changelog', async () => {
    const { page } = opened;
    const line = page.getByTestId('edition');
    expect(await line.textContent()).toBe(
      `Edition 2, September 1, 2025 · Record up to ${formatPartialDate(dataset.asOf, 'en')}`,
    );
    // The fixture's edition is from September 2025: older than six months on any clock from March 2026.
    expect(await page.getByTestId('edition-stale').isVisible()).toBe(true);
    expect(await page.getByTestId('edition-stale').textContent()).toContain(
      'made September 1, 2025',
    );
    await line.getByRole('link', { name: 'Edition 2, September 1, 2025' }).click();
    const heading = page.getByRole('heading', { level: 2, name: 'Changelog' });
    await expect
      .poll(() => heading.evaluate((h) => h.getBoundingClientRect().top))
      .toBeLessThan(900);
    expect(new URL(page.url()).hash).toBe('#changelog-title');
  });

  it('lists the editions newest first in the changelog, with changes by kind', async () => {
    const { page } = opened;
    const editions = page.getByTestId('changelog').locator(':scope > li');
    expect(await editions.count()).toBe(2);
    expect(await editions.nth(0).locator('h3').textContent()).toContain(
      'Edition 2, September 1, 2025',
    );
    expect(await editions.nth(1).locator('h3').textContent()).toContain('Edition 1, March 2025');
    expect(await editions.nth(0).locator('h4').allTextContents()).toEqual([
      'Added',
      'Corrected',
      'Left out',
    ]);
  });

  it('cites the current view: the exact link, the filters in words, and copies it', async () => {
    const { page } = opened;
    await page.getByRole('searchbox', { name: 'Search projects and partners' }).fill('tata');
    await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe('tata');
    await settle(page);
    await page.getByRole('button', { name: 'Cite this view' }).click();
    const dialog = page.getByRole('dialog', { name: 'Cite this view' });
    const text = await dialog.getByTestId('report-text').inputValue();
    const lines = text.split('\n');
    expect(lines[0]).toBe(
      `India–Japan Semiconductor Partnership. Edition 2, September 1, 2025; record up to ${formatPartialDate(dataset.asOf, 'en')}.`,
    );
    const here = new URL(page.url());
    expect(lines[1]).toBe(`${here.origin}${here.pathname}${here.search}`);
    expect(lines).toContain('Filters: Search: “tata”.');
    expect(lines.some((l) => /^Accessed .+\d{4}\.$/.test(l))).toBe(true);
    expect(lines).toContain('Sources:');
    expect(lines).toContain(
      'Data: edition-2.json, loaded on the reader’s computer; the link opens the bundled dataset, not this file.',
    );
    await dialog.getByRole('button', { name: 'Copy' }).click();
    await expect
      .poll(() => dialog.getByRole('status').textContent())
      .toBe('Copied to the clipboard.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(text);
    await page.keyboard.press('Escape');
    expect(await dialog.count()).toBe(0);
    await page.getByRole('button', { name: 'Reset all' }).click();
    await settle(page);
  });

  it('downloads a correction report for a figure as .txt, prefilled', async () => {
    const { page } = opened;
    const card = page.locator(
      '[data-testid="figure-card"][data-figure-id="jp-investments-2017-2020"]',
    );
    await card.getByRole('button', { name: /^Suggest a correction: / }).click();
    const dialog = card.getByRole('dialog');
    expect(await dialog.textContent()).toContain('Nothing is sent from this page.');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      dialog.getByRole('button', { name: 'Download (.txt)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('correction-jp-investments-2017-2020.txt');
    const text = readFileSync(await download.path(), 'utf8');
    expect(text).toContain('Item: figure jp-investments-2017-2020');
    expect(text).toContain('Value as stated: “22”');
    expect(text).toContain('Edition: 2, September 1, 2025');
    expect(text).toMatch(/^- .+, ¶22$/m);
    expect(text).toContain('What is wrong:');
    expect(text).toContain('What it should be, with a source:');
    expect(await card.getByTestId('as-of').textContent()).toMatch(/^As of/);
  });

  it('logs no console errors and makes no external requests', () => {
    expect(opened.consoleErrors).toEqual([]);
    expect(opened.externalRequests).toEqual([]);
  });
});
