/**
 * Edition 2 in the production build: the public record beside the articles. A contested figure
 * shows every value with its own source; the investment chart draws the article's count and
 * JETRO's Japan-only count as separate, sourced series; the ten approved units stand on the map at
 * their towns, with the Japan link on the unit.
 */
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { openPage, settle, type OpenedPage } from '../support/browser.ts';
import dataset from '../../data/dataset.json';

const opened: OpenedPage[] = [];
async function open(path = '/', viewport = { width: 1440, height: 900 }): Promise<OpenedPage> {
  const o = await openPage({ viewport });
  opened.push(o);
  await o.page.goto(path, { waitUntil: 'load' });
  await o.page.waitForSelector('html[data-app="ready"] [data-testid="projects-table"]');
  return o;
}
afterEach(async () => {
  for (const o of opened.splice(0)) await o.close();
});

const card = (page: Page, id: string) =>
  page.locator(`[data-testid="figure-card"][data-figure-id="${id}"]`);

/** The ten units approved under the mission: the projects the record's A1–A10 cite. */
const units = dataset.projects.filter((p) =>
  p.citations.some((c) => 'item' in c && /^A(?:[1-9]|10)$/.test(String(c.item))),
);

describe('the public record beside the articles (production build)', () => {
  it('the contested investment figure shows both sources, and the chart draws both series', async () => {
    const { page, consoleErrors } = await open();
    const early = card(page, 'jp-investments-2017-2020');
    await early.scrollIntoViewIfNeeded();
    expect(await early.getAttribute('data-contested')).toBe('true');
    expect(await early.getByTestId('contested-badge').textContent()).toBe('Contested');
    expect(await early.locator('.value').textContent()).toBe('22');
    // Its own source: article 002, paragraph 22.
    expect(await early.getByTestId('source-line').first().textContent()).toContain('¶22');
    // The other values, each with its source: JETRO's all-country 22 and Japan's own 1.
    const others = early.getByTestId('contest-values');
    const jetroJapan = others.locator('li[data-figure-id="jetro-jp-projects-2017-2020"]');
    expect(await jetroJapan.locator('.contest-value').textContent()).toBe('1');
    expect(await jetroJapan.getByTestId('source-line').textContent()).toContain(
      'Public record C13',
    );
    expect(await jetroJapan.getByTestId('source-line').textContent()).toContain('Times of India');
    const allCountries = others.locator('li[data-figure-id="jetro-all-investments-2017-2020"]');
    expect(await allCountries.locator('.contest-value').textContent()).toBe('22');
    expect(await allCountries.getByTestId('source-line').textContent()).toContain(
      'Public record C15',
    );

    const chart = page.locator('[data-chart="investments"]');
    await chart.scrollIntoViewIfNeeded();
    await settle(page);
    const spans = chart.getByTestId('investment-span');
    await expect.poll(() => spans.count()).toBe(4);
    const series = await spans.evaluateAll((els) =>
      els.map((el) => `${el.getAttribute('data-series')} ${el.getAttribute('data-period')}`),
    );
    expect(series.sort()).toEqual([
      'article 2017-2020',
      'article 2021-2024',
      'jetro 2017-2020',
      'jetro 2021-2024',
    ]);
    expect(await chart.getByTestId('investments-legend').textContent()).toContain(
      'JETRO: Japan’s own projects',
    );
    expect(await chart.getByTestId('investments-contested').textContent()).toContain('Contested');
    expect(await chart.getByTestId('investments-axis-title').textContent()).toContain(
      'period total',
    );
    const sources = await chart.getByTestId('source-line').allTextContents();
    expect(sources.some((s) => s.includes('¶22'))).toBe(true);
    expect(sources.some((s) => s.includes('Public record C13'))).toBe(true);
    // The derived growth says which series it uses, for each.
    expect(await chart.locator('.takeaway').textContent()).toMatch(
      /Article 002 counts 22 then 58 Japanese investments .*JETRO counts Japan’s own projects as 1 then 8/,
    );
    expect(consoleErrors).toEqual([]);
  });

  it('the ten approved units stand on the map at their towns, with the Japan link on the unit', async () => {
    const { page, consoleErrors } = await open();
    expect(units).toHaveLength(10);
    const towns = [...new Set(units.map((u) => u.siteId))];
    expect(towns.sort()).toEqual(
      ['andhra-pradesh', 'bhubaneswar', 'dholera', 'jewar', 'mohali', 'morigaon', 'sanand'].sort(),
    );
    await page.locator('.site-map').scrollIntoViewIfNeeded();
    for (const town of towns)
      expect(await page.locator(`.site-map .site-marker-${town}`).count(), town).toBe(1);

    // Sanand holds three units; its card lists them with their stated costs and Renesas's stake.
    await page.locator('.site-marker-sanand').click({ force: true });
    await expect.poll(() => new URL(page.url()).search).toBe('?v=1&site=sanand');
    await settle(page);
    const detail = page.getByTestId('site-detail');
    const text = (await detail.textContent()) ?? '';
    for (const name of [
      'Micron ATMP (memory assembly and test), Sanand',
      'Kaynes Semicon OSAT, Sanand',
      'CG Semi OSAT',
    ])
      expect(text).toContain(name);
    expect(text).toContain('stated cost ₹22,516 crore');
    expect(await detail.getByTestId('japan-link').first().textContent()).toContain(
      'Renesas Electronics holds about 6.8%',
    );
    expect(await page.getByTestId('table-count').textContent()).toBe('Showing 3 of 33 projects');

    // Jagiroad falls back to the Morigaon town point, and the card says why; the Tata unit there
    // shows Tokyo Electron's supply agreement as its Japan link.
    await page.locator('.site-marker-morigaon').click({ force: true });
    await expect.poll(() => new URL(page.url()).search).toBe('?v=1&site=morigaon');
    await settle(page);
    const assam = (await detail.textContent()) ?? '';
    expect(assam).toContain('Tata Semiconductor Assembly and Test');
    expect(assam).toContain('Tokyo Electron agreed in September 2024');
    expect(assam).toContain('district seat');
    expect(consoleErrors).toEqual([]);
  });
});
