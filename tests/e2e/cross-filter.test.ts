/**
 * Analysts' journeys in the production build: a click filters every other view and the URL;
 * reload, undo, back and a link opened in a fresh browser restore the exact view.
 */
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { openPage, settle, type OpenedPage } from '../support/browser.ts';

const opened: OpenedPage[] = [];
async function open(path = '/'): Promise<OpenedPage> {
  const o = await openPage({ viewport: { width: 1440, height: 900 } });
  opened.push(o);
  await o.page.goto(path, { waitUntil: 'load' });
  await o.page.waitForSelector('[data-chart="category-sector"]');
  return o;
}
afterEach(async () => {
  for (const o of opened.splice(0)) {
    expect(o.consoleErrors).toEqual([]);
    expect(o.externalRequests).toEqual([]);
    await o.close();
  }
});

const tableCount = (page: Page) => page.getByTestId('table-count').textContent();
const tableRows = (page: Page) =>
  page
    .locator('[data-testid="projects-table"] tbody tr')
    .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-row-id')));
const typeCounts = (page: Page) =>
  page
    .locator('[data-chart="category-type"] .category-toggle')
    .evaluateAll((bs) =>
      bs
        .map(
          (b) =>
            `${b.getAttribute('data-key')}=${b.querySelector('.category-toggle-count')?.textContent}`,
        )
        .sort(),
    );
const siteCounts = (page: Page) =>
  page
    .locator('[data-testid="site-list"] .site-button')
    .evaluateAll((bs) =>
      bs.map((b) => `${b.getAttribute('data-site-id')}=${b.getAttribute('data-count')}`),
    );
const sectorButton = (page: Page, key: string) =>
  page.locator(`[data-chart="category-sector"] .category-toggle[data-key="${key}"]`);
const search = (page: Page) => new URL(page.url()).search;

describe('cross-filtering (production build)', () => {
  it('a click on a sector bar filters the table, the other charts, the sites and the URL', async () => {
    const { page } = await open();
    const before = {
      count: await tableCount(page),
      types: await typeCounts(page),
      sites: await siteCounts(page),
    };
    expect(before.count).toBe('Showing 33 of 33 projects');

    // Click the drawn bar itself, as a mouse user would.
    await page
      .locator('[data-chart="category-sector"] .category-bar[data-key="ai"]')
      .first()
      .click();
    await expect.poll(() => search(page)).toBe('?v=1&sector=ai');
    await settle(page);
    expect(await tableCount(page)).toBe('Showing 3 of 33 projects');
    expect((await tableRows(page)).sort()).toEqual([
      'ai-cooperation-initiative',
      'ntt-data-neysa-hyderabad',
      'semiconductor-ai-partnership',
    ]);
    const types = await typeCounts(page);
    expect(types).not.toEqual(before.types);
    expect(types).toContain('data-centre=1');
    expect(types).toContain('fab=0');
    const sites = await siteCounts(page);
    expect(sites).toContain('hyderabad=1');
    expect(sites).toContain('dholera=0');
    // The sector chart keeps its own bars (own clause skipped) and marks the selection.
    expect(await sectorButton(page, 'semiconductors').getAttribute('data-dimmed')).toBe('true');
    expect(await sectorButton(page, 'ai').getAttribute('aria-pressed')).toBe('true');
    expect(await page.getByTestId('filter-chip').allTextContents()).toEqual([
      'Sector: Artificial intelligence×',
    ]);
  });

  it('reload, undo, redo, back and forward restore the exact view', async () => {
    const { page } = await open();
    await sectorButton(page, 'semiconductors').click();
    await page.locator('[data-testid="site-list"] [data-site-id="dholera"]').click();
    await expect.poll(() => search(page)).toBe('?v=1&sector=semiconductors&site=dholera');
    await settle(page);
    const filtered = await tableRows(page);
    expect(filtered.sort()).toEqual(['dholera-sir', 'tata-psmc-dholera-fab']);

    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Control+z');
    await expect.poll(() => search(page)).toBe('?v=1&sector=semiconductors');
    await settle(page);
    expect(await tableCount(page)).toBe('Showing 17 of 33 projects');
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(() => search(page)).toBe('?v=1&sector=semiconductors&site=dholera');

    await page.reload({ waitUntil: 'load' });
    await page.waitForSelector('html[data-app="ready"] [data-testid="projects-table"]');
    await settle(page);
    expect((await tableRows(page)).sort()).toEqual(filtered);
    expect(await page.getByTestId('filter-chip').count()).toBe(2);

    await page.goBack();
    await expect.poll(() => tableCount(page)).toBe('Showing 17 of 33 projects');
    await page.goForward();
    await expect.poll(() => tableCount(page)).toBe('Showing 2 of 33 projects');
  });

  it('a copied link opens the same view in a fresh browser context', async () => {
    const first = await open();
    await sectorButton(first.page, 'clean-energy').click();
    await first.page.getByRole('radio', { name: /USD/ }).check();
    await first.page.getByLabel('Search projects and partners').fill('osaka');
    await expect.poll(() => search(first.page)).toContain('q=osaka');
    const link = first.page.url().replace(/^https?:\/\/[^/]+/, '');
    const rows = await tableRows(first.page);
    expect(rows).toEqual(['clean-max-renewables']);

    const second = await open(link);
    expect(await tableRows(second.page)).toEqual(rows);
    expect(await second.page.getByRole('radio', { name: /USD/ }).isChecked()).toBe(true);
    expect(await second.page.getByLabel('Search projects and partners').inputValue()).toBe('osaka');
    expect(await second.page.locator('[data-chart="incentives"]').textContent()).toContain(
      '$7.41 billion',
    );
  });

  it('drops unknown or invalid parameters, rewrites the URL and says so', async () => {
    const { page } = await open('/?sector=ai,nonsense&years=2030-2020&utm=x&panel=sources');
    await expect.poll(() => search(page)).toBe('?v=1&sector=ai&panel=sources');
    expect(await page.getByRole('status').filter({ hasText: 'ignored' }).textContent()).toContain(
      'sector',
    );
    expect(await page.getByTestId('sources-panel').isVisible()).toBe(true);
  });

  it('says which filters produced an empty result', async () => {
    const { page } = await open('/?v=1&sector=space&site=dholera');
    const empty = page.getByTestId('empty-result');
    expect(await empty.textContent()).toContain('Sector: Space');
    expect(await empty.textContent()).toContain('Site: Dholera');
    expect(await tableCount(page)).toBe('Showing 0 of 33 projects');
  });

  it('a year brush highlights the overlapping investment period and filters the projects', async () => {
    const { page } = await open();
    await page.getByLabel('From', { exact: true }).selectOption('2023');
    await page.getByLabel('To', { exact: true }).selectOption('2025');
    await expect.poll(() => search(page)).toBe('?v=1&years=2023-2025');
    await settle(page);
    expect(await page.locator('[data-chart="investments"]').textContent()).toContain('highlighted');
    const rows = await tableRows(page);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows).toContain('tokyo-electron-tata'); // its MoU was signed in 2024
    expect(rows).not.toContain('dholera-sir'); // undated: hidden under a year range
  });

  it('exports the filtered records as CSV', async () => {
    const { page } = await open('/?v=1&sector=space');
    const panel = page.locator('.table-panel');
    await panel.getByRole('button', { name: /^Export/ }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      panel.getByRole('menuitem', { name: /CSV/ }).click(),
    ]);
    const stream = await download.createReadStream();
    let text = '';
    for await (const chunk of stream) text += String(chunk);
    const lines = text.trim().split(/\r\n/);
    expect(lines[0]).toContain('Project');
    expect(lines).toHaveLength(3); // header + the two space projects
    expect(download.suggestedFilename()).toMatch(/^projects-\d{4}-\d{2}-\d{2}\.csv$/);
  });

  it('exports a chart as a PNG picture', async () => {
    const { page } = await open();
    const frame = page.locator('[data-chart="category-sector"]');
    await frame.getByRole('button', { name: /^Export/ }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      frame.getByRole('menuitem', { name: /PNG/ }).click(),
    ]);
    const chunks: Buffer[] = [];
    for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
    const png = Buffer.concat(chunks);
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    const width = png.readUInt32BE(16);
    expect(width).toBeGreaterThan(300); // drawn at twice the on-screen size
    expect(download.suggestedFilename()).toMatch(/^category-sector-.*\.png$/);
  });
});
