/**
 * Incentive allocation by project in the production build, against the bundled data (edition 2:
 * the ten approved units): the view is filtered with the others (a type chosen in the type chart
 * leaves only its units here), and a click on a unit filters the other views to its site.
 */
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { openPage, settle, type OpenedPage } from '../support/browser.ts';

const opened: OpenedPage[] = [];
async function open(width: number, path = '/'): Promise<OpenedPage> {
  const o = await openPage({ viewport: { width, height: 900 } });
  opened.push(o);
  await o.page.goto(path, { waitUntil: 'load' });
  await o.page.waitForSelector('html[data-app="ready"] [data-testid="projects-table"]');
  await o.page.locator('[data-chart="incentive-units"]').waitFor();
  return o;
}
afterEach(async () => {
  for (const o of opened.splice(0)) {
    expect(o.consoleErrors).toEqual([]);
    expect(o.externalRequests).toEqual([]);
    await o.close();
  }
});

const units = (page: Page) =>
  page
    .locator('[data-chart="incentive-units"] rect.unit-bar')
    .evaluateAll((bars) => bars.map((b) => b.getAttribute('data-key')));
const tableRows = (page: Page) =>
  page
    .locator('[data-testid="projects-table"] tbody tr')
    .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-row-id')));
const search = (page: Page) => new URL(page.url()).search;
const unitButton = (page: Page, name: RegExp) =>
  page.locator('[data-chart="incentive-units"]').getByRole('button', { name });

describe('incentive allocation by project (production build)', () => {
  it('shows the ten approved units, largest cost first, with the sums beside the stated totals', async () => {
    const { page } = await open(1440);
    const keys = await units(page);
    expect(keys).toHaveLength(10);
    expect(keys[0]).toBe('tata-psmc-dholera-fab');
    expect(keys.at(-1)).toBe('cdil-mohali');
    const chart = page.locator('[data-chart="incentive-units"]');
    const text = await chart.textContent();
    expect(text).toContain('Micron');
    expect(text).toContain('Sum of the stated costs of 10 units = ₹1.59723 trillion');
    expect(text).toContain('not money disbursed');
    expect(await chart.locator('.units-outlay').textContent()).toBe('Outlay ₹760 billion');
    expect(await unitButton(page, /^Micron ATMP .*₹225\.16 billion/).count()).toBe(1);
  });

  it('a type chosen in the type chart leaves only that type’s units', async () => {
    const { page } = await open(1440);
    await page
      .locator('[data-chart="category-type"] .category-bar[data-key="fab"]')
      .first()
      .click();
    await expect.poll(() => search(page)).toBe('?v=1&type=fab');
    // Polled: the views that follow a click render after its paint, later on a loaded machine.
    await expect.poll(() => units(page)).toEqual(['tata-psmc-dholera-fab', 'sicsem-bhubaneswar']);
    expect(await page.locator('[data-chart="incentive-units"]').textContent()).toContain(
      'Sum of the stated costs of 2 units',
    );
  });

  it('a click on a unit filters the other views to its site, and marks the units there', async () => {
    const { page } = await open(1440);
    await page
      .locator('[data-chart="incentive-units"] rect.unit-bar[data-key="micron-sanand-atmp"]')
      .click();
    await expect.poll(() => search(page)).toBe('?v=1&site=sanand');
    await expect.poll(() => tableRows(page)).not.toContain('tata-psmc-dholera-fab');
    await settle(page);
    const rows = await tableRows(page);
    expect(rows).toContain('micron-sanand-atmp');
    expect(rows).toContain('kaynes-sanand-osat');
    expect(rows).not.toContain('tata-psmc-dholera-fab');
    expect(await page.getByTestId('filter-chip').allTextContents()).toEqual(['Site: Sanand×']);
    // Its own clause does not filter it: every unit stays, the ones at Sanand pressed.
    expect(await units(page)).toHaveLength(10);
    const pressed = await page
      .locator('[data-chart="incentive-units"] .unit-toggle[aria-pressed="true"]')
      .evaluateAll((bs) => bs.map((b) => b.getAttribute('data-site-id')));
    expect(pressed.length).toBeGreaterThan(1);
    expect(new Set(pressed)).toEqual(new Set(['sanand']));
    // The keyboard path: its button toggles the site off again.
    // (A pressed toggle's name starts with its ✓.)
    await unitButton(page, /Micron ATMP .*₹225\.16 billion/).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => search(page)).not.toContain('site=');
    await expect.poll(() => tableRows(page)).toContain('tata-psmc-dholera-fab');
  });

  it('keeps names and amounts inside the drawing on a phone', async () => {
    const { page } = await open(390);
    const chart = page.locator('[data-chart="incentive-units"]');
    await chart.scrollIntoViewIfNeeded();
    const outside = await chart.locator('svg.chart-surface').evaluate((svg) => {
      const box = svg.getBoundingClientRect();
      return [...svg.querySelectorAll('text')]
        .map((t) => ({ text: t.textContent, r: t.getBoundingClientRect() }))
        .filter(({ r }) => r.width > 0 && (r.left < box.left - 1 || r.right > box.right + 1))
        .map(({ text }) => text);
    });
    expect(outside).toEqual([]);
    expect(await units(page)).toHaveLength(10);
  });
});
