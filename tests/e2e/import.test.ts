/**
 * Loading data in the production build: a ledger replaces the bundled data and can be undone with
 * one action; a broken file, a wrong kind of file and a cancelled import change nothing at all.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { openPage, settle, type OpenedPage } from '../support/browser.ts';

const SAMPLE = new URL('../../data/sample-ledger.csv', import.meta.url);
const sampleRows = readFileSync(SAMPLE, 'utf8').trim().split(/\r?\n/).length - 1;
const HEADER = readFileSync(SAMPLE, 'utf8').split(/\r?\n/)[0]!;

const opened: OpenedPage[] = [];
async function open(path = '/'): Promise<OpenedPage> {
  const o = await openPage({ viewport: { width: 1440, height: 900 } });
  opened.push(o);
  await o.page.goto(path, { waitUntil: 'load' });
  await o.page.waitForSelector('html[data-app="ready"] [data-testid="projects-table"]');
  await o.page.getByRole('button', { name: 'Load data' }).click();
  await o.page.getByTestId('import-panel').waitFor();
  return o;
}
afterEach(async () => {
  for (const o of opened.splice(0)) {
    expect(o.externalRequests).toEqual([]);
    await o.close();
  }
});

const count = (page: Page) => page.getByTestId('table-count').textContent();
const search = (page: Page) => new URL(page.url()).search;
const upload = (page: Page, name: string, text: string | Buffer, mimeType = 'text/csv') =>
  page
    .getByTestId('import-file')
    .setInputFiles({ name, mimeType, buffer: Buffer.isBuffer(text) ? text : Buffer.from(text) });

describe('import (production build)', () => {
  it('loads a ledger, shows its records everywhere, and goes back to the bundled dataset', async () => {
    const { page, consoleErrors } = await open('/?v=1&sector=ai');
    await page.getByTestId('import-file').setInputFiles(SAMPLE.pathname);
    await expect
      .poll(() => page.getByTestId('import-status').textContent())
      .toContain(`${sampleRows} records`);
    await settle(page);
    expect(await count(page)).toBe(`Showing ${sampleRows} of ${sampleRows} projects`);
    expect(await page.getByTestId('origin-note').textContent()).toContain('sample-ledger.csv');
    expect(search(page)).not.toContain('sector=ai'); // a new dataset starts with no filters
    expect(await page.locator('.site-map .site-marker').count()).toBeGreaterThan(0);

    await page.getByRole('button', { name: 'Back to the bundled dataset' }).click();
    await expect.poll(() => count(page)).toBe('Showing 33 of 33 projects');
    expect(await page.getByTestId('origin-note').count()).toBe(0);
    expect(consoleErrors).toEqual([]);
  });

  it('refuses a broken ledger with precise problems, and changes nothing', async () => {
    const { page } = await open('/?v=1&sector=ai');
    const before = { url: page.url(), count: await count(page) };
    const bad = [
      HEADER,
      '2023,,semiconductors,fab,A Co.,IN,Gujarat,Site A,91,72.6,,',
      '2023,2023-02-30,semiconductors,fab,B Co.,IN,Gujarat,Site B,22.3,72.6,"1,234",USD',
    ].join('\n');
    await upload(page, 'broken.csv', bad);
    const errors = page.getByTestId('import-errors');
    await errors.waitFor();
    const text = (await errors.textContent()) ?? '';
    expect(text).toContain('broken.csv was not loaded');
    expect(text).toMatch(/Row 2, latitude/);
    expect(text).toMatch(/Row 3, date/);
    expect(text).toMatch(/Row 3, amount/);
    expect(page.url()).toBe(before.url);
    expect(await count(page)).toBe(before.count);
    // All problems download as CSV.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: /Download all problems/ }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('import-problems.csv');
  });

  it('loads the valid rows of a ledger with bad ones, when asked, and says how many it skipped', async () => {
    const { page, consoleErrors } = await open('/?v=1&sector=ai');
    const before = { url: page.url(), count: await count(page) };
    // 485 data rows; every 40th (12 of them) has a latitude out of range.
    const bad = new Set(Array.from({ length: 12 }, (_, k) => 5 + k * 40));
    const lines = [HEADER];
    for (let i = 0; i < 485; i++)
      lines.push(
        `${2017 + (i % 8)},,semiconductors,fab,Co ${i % 9},IN,Gujarat,Site ${i},${bad.has(i) ? 95 : 22.3},72.6,,`,
      );
    await upload(page, 'mixed.csv', `${lines.join('\n')}\n`);
    await page.getByTestId('import-errors').waitFor();
    // Refused by default: nothing changed until the user chooses.
    expect(page.url()).toBe(before.url);
    expect(await count(page)).toBe(before.count);
    const loadValid = page.getByRole('button', {
      name: 'Load the 473 valid records and skip 12 rows',
    });
    // The skipped rows are the ones in the problems CSV.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: /Download all problems/ }).click(),
    ]);
    const problems = readFileSync(await download.path(), 'utf8');
    for (const i of bad) expect(problems).toContain(`${i + 2},latitude`);

    await loadValid.click();
    await expect
      .poll(() => page.getByTestId('import-status').textContent())
      .toContain('mixed.csv loaded: 473 records; 12 rows with problems were skipped');
    await settle(page);
    expect(await count(page)).toBe('Showing 473 of 473 projects');
    expect(await page.getByTestId('origin-note').textContent()).toBe(
      'Showing: mixed.csv, without 12 rows that had problems',
    );
    expect(await page.getByTestId('import-origin').textContent()).toBe(
      'Showing: mixed.csv, without 12 rows that had problems',
    );
    expect(search(page)).not.toContain('sector=ai');
    expect(consoleErrors).toEqual([]);
  });

  it('refuses a picture renamed .csv before parsing it', async () => {
    const { page } = await open('/?v=1&sector=ai');
    const png = Buffer.from([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 73, 72, 68, 82,
    ]);
    await upload(page, 'chart.csv', png);
    await expect
      .poll(() => page.getByTestId('import-status').textContent())
      .toMatch(/chart\.csv.*PNG/i);
    expect(await count(page)).toBe('Showing 3 of 33 projects');
    expect(search(page)).toContain('sector=ai');
  });

  it('cancelling a long import leaves everything as it was', async () => {
    const { page } = await open('/?v=1&sector=ai');
    const row = '2023,,semiconductors,fab,A Co.,IN,Gujarat,Site A,22.3,72.6,,';
    const big = `${HEADER}\n${`${row}\n`.repeat(400_000)}`;
    await upload(page, 'big.csv', big);
    await page.getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => page.getByTestId('import-status').textContent()).toContain('cancelled');
    expect(await count(page)).toBe('Showing 3 of 33 projects');
    expect(search(page)).toContain('sector=ai');
  });
});
