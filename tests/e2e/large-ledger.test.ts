/**
 * A ledger past what the page could hold as elements (100,000 records, ~63,000 sites) in the
 * production build: every view shows it, the table keeps a window of rows in the page, the map
 * keeps at most ~1,000 marker elements, and a brush filters every view.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPage, settle, type OpenedPage } from '../support/browser.ts';
import { writeSynthLedgerCsv } from '../../tools/lib/synth-ledger-csv.ts';

const N = 100_000;
let opened: OpenedPage;
let page: Page;

const count = () => page.getByTestId('table-count').textContent();
/** "Showing 62,311 of 100,000 projects" → 62311 */
const shownOf = (s: string | null) => Number((s ?? '').split(' of ')[0]!.replace(/[^\d]/g, ''));

beforeAll(async () => {
  const file = writeSynthLedgerCsv(N, 20240601);
  opened = await openPage({ viewport: { width: 1440, height: 900 } });
  page = opened.page;
  await page.goto('/', { waitUntil: 'load' });
  await page.waitForSelector('html[data-app="ready"] [data-testid="projects-table"]');
  await page.getByRole('button', { name: 'Load data' }).click();
  await page.getByTestId('import-file').setInputFiles(file.path);
  await page
    .getByTestId('import-status')
    .filter({ hasText: '100,000 records' })
    .waitFor({ timeout: 60_000 });
  await settle(page);
}, 120_000);

afterAll(async () => {
  expect(opened.externalRequests).toEqual([]);
  expect(opened.consoleErrors).toEqual([]);
  await opened.close();
});

describe(`a ${N.toLocaleString('en')}-record ledger`, () => {
  it('is counted everywhere, with a window of table rows and at most ~1,000 map markers', async () => {
    // The views follow the load in a transition after the status line paints.
    await expect.poll(count, { timeout: 10_000 }).toBe('Showing 100,000 of 100,000 projects');
    const rows = await page.locator('[data-testid="projects-table"] tbody tr[data-row-id]').count();
    expect(rows).toBeGreaterThan(10);
    expect(rows).toBeLessThanOrEqual(80);
    expect(await page.getByTestId('projects-table').getAttribute('aria-rowcount')).toBe('100001');
    await page.locator('.site-map').scrollIntoViewIfNeeded();
    await expect
      .poll(() => page.locator('.site-map .site-marker, .site-map .site-cluster').count())
      .toBeGreaterThan(0);
    expect(
      await page.locator('.site-map .site-marker, .site-map .site-cluster').count(),
    ).toBeLessThanOrEqual(1000);
    expect(await page.locator('.site-list li').count()).toBeLessThanOrEqual(120);
  });

  it('scrolls the table to its last rows without putting them all in the page', async () => {
    const scroller = page.locator('.table-panel .table-scroll');
    // On screen, as a user scrolls it. Off screen a virtual table's rows are not laid out
    // (content-visibility, table.css), nor for the few frames after it comes into view: until
    // then it has nothing to scroll, so the scroll is repeated until the last rows show.
    await scroller.scrollIntoViewIfNeeded();
    await expect
      .poll(async () => {
        await scroller.evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
        return Math.max(
          ...(await page
            .locator('[data-testid="projects-table"] tbody tr[aria-rowindex]')
            .evaluateAll((trs) => trs.map((tr) => Number(tr.getAttribute('aria-rowindex'))))),
        );
      })
      .toBe(N + 1);
    expect(
      await page.locator('[data-testid="projects-table"] tbody tr[data-row-id]').count(),
    ).toBeLessThanOrEqual(80);
  });

  it('a year range filters every view and the link', async () => {
    const from = page.getByRole('group', { name: 'Year range' }).locator('select').first();
    const options = await from
      .locator('option')
      .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
    await from.selectOption(options[Math.floor(options.length / 2)]!);
    await expect.poll(async () => shownOf(await count())).toBeLessThan(N);
    const shown = shownOf(await count());
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThan(N);
    await expect.poll(() => new URL(page.url()).searchParams.get('years')).toMatch(/^\d{4}-\d{4}$/);
  });
});
