/**
 * The map and presenter mode in the production build, with every non-localhost request blocked:
 * the offline base map, markers as filters, the keyboard site list, presenter mode and its tour,
 * and the opt-in tile layer (failing tiles keep the offline map; a bad template is refused).
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
  await o.page.waitForSelector('.site-map .site-marker', { state: 'attached' });
  return o;
}
afterEach(async () => {
  for (const o of opened.splice(0)) await o.close();
});

const search = (page: Page) => new URL(page.url()).search;
/** Where the markers sit on screen: it changes whenever the map pans or zooms. */
const mapView = (page: Page) =>
  page.locator('.site-map .site-marker').evaluateAll((els) =>
    els
      .map((el) => {
        const r = el.getBoundingClientRect();
        return `${Math.round(r.x)},${Math.round(r.y)}`;
      })
      .join(' '),
  );
/** Distance in pixels from a site's marker to the centre of the visible map. */
const offCentre = (page: Page, siteId: string) =>
  page.evaluate((id) => {
    const map = document.querySelector('.site-map')!.getBoundingClientRect();
    const m = document.querySelector(`.site-marker-${id}`)!.getBoundingClientRect();
    return Math.hypot(
      m.x + m.width / 2 - (map.x + map.width / 2),
      m.y + m.height / 2 - (map.y + map.height / 2),
    );
  }, siteId);

describe('map (production build, network closed)', () => {
  it('draws the offline base map and every site, with no request leaving the machine', async () => {
    const o = await open();
    await expect
      .poll(() => o.page.locator('.site-map .leaflet-basemap-pane path').count())
      .toBeGreaterThan(40);
    expect(await o.page.locator('.site-map .site-marker').count()).toBe(dataset.sites.length);
    expect(await o.page.locator('.site-map img.leaflet-tile').count()).toBe(0); // no tiles by default
    const names = await o.page.locator('.site-label-name').allTextContents();
    expect(names).toEqual(expect.arrayContaining(['Dholera', 'Sendai']));
    expect(o.externalRequests).toEqual([]);
    expect(o.consoleErrors).toEqual([]);
  });

  it('a click on a marker filters the charts and the table, updates the URL and opens the detail card', async () => {
    const { page, consoleErrors } = await open();
    const before = await page
      .locator('[data-chart="category-sector"] .category-toggle')
      .allTextContents();
    await page.locator('.site-marker-mohali').click({ force: true });
    await expect.poll(() => search(page)).toBe('?v=1&site=mohali');
    await settle(page);
    expect(await page.getByTestId('table-count').textContent()).toBe('Showing 1 of 33 projects');
    const after = await page
      .locator('[data-chart="category-sector"] .category-toggle')
      .allTextContents();
    expect(after).not.toEqual(before);
    const detail = page.getByTestId('site-detail');
    expect(await detail.textContent()).toContain('CDIL discrete-device expansion');
    expect(await detail.textContent()).toContain('stated cost Rs 117 crore');
    expect(await detail.textContent()).toContain('Public record A9');
    // The map highlights its own selection and dims the other sites, smoothly (a CSS transition).
    await expect
      .poll(() =>
        page.locator('.site-marker-dholera').evaluate((el) => getComputedStyle(el).opacity),
      )
      .toBe('0.18');
    expect(
      await page
        .locator('.site-marker-dholera')
        .evaluate((el) => getComputedStyle(el).transitionProperty),
    ).toContain('opacity');
    expect(consoleErrors).toEqual([]);
  });

  it('the site list works by keyboard alone and the map follows', async () => {
    const { page } = await open();
    await page.locator('[data-testid="site-list"] .site-button').first().focus();
    await page.keyboard.press('ArrowDown'); // Gujarat
    await page.keyboard.press('ArrowDown'); // Mundra
    await page.keyboard.press('ArrowDown'); // IIT Hyderabad
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-site-id'))).toBe(
      'iit-hyderabad',
    );
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    const last = dataset.sites.at(-1)!.id;
    await expect.poll(() => search(page)).toBe(`?v=1&site=${last}`);
    // The map has flown there: the selected marker sits near the middle of the map.
    await expect.poll(() => offCentre(page, last), { timeout: 5000 }).toBeLessThan(40);
    expect(await page.locator(`[data-site-id="${last}"]`).getAttribute('aria-pressed')).toBe(
      'true',
    );
  });

  it('the legend filters by type like the type chart', async () => {
    const { page } = await open();
    await page.locator('.legend-button[data-type="fab"]').click();
    await expect.poll(() => search(page)).toBe('?v=1&type=fab');
    await settle(page);
    // The Tata–PSMC fab and SiCSem's silicon-carbide fab.
    expect(await page.getByTestId('table-count').textContent()).toBe('Showing 2 of 33 projects');
  });
});

describe('presenter mode', () => {
  it('P fills the screen, arrows move the tour and the map, Esc leaves and restores the view', async () => {
    const { page, consoleErrors, externalRequests } = await open('/?v=1&sector=ai', {
      width: 1280,
      height: 720,
    });
    await page.getByTestId('map-panel').scrollIntoViewIfNeeded();
    const scrollBefore = await page.evaluate(() => window.scrollY);
    expect(scrollBefore).toBeGreaterThan(0);
    await page.keyboard.press('p');
    const panel = page.getByTestId('map-panel');
    await expect.poll(() => panel.getAttribute('data-presenting')).toBe('true');
    const box = (await panel.boundingBox())!;
    expect((box.width * box.height) / (1280 * 720)).toBeGreaterThanOrEqual(0.95);
    await expect.poll(() => search(page)).toContain('step=1');
    expect(await page.getByTestId('tour-progress').textContent()).toBe(
      `Step 1 of ${dataset.tour.length}`,
    );
    // Presenter type is at least 1.5 times the page's.
    const sizes = await page.evaluate(() => ({
      base: parseFloat(getComputedStyle(document.body).fontSize),
      caption: parseFloat(getComputedStyle(document.querySelector('.tour-text')!).fontSize),
    }));
    expect(sizes.caption / sizes.base).toBeGreaterThanOrEqual(1.5);

    await page.waitForTimeout(1300);
    const view1 = await mapView(page);
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => search(page)).toContain('step=2');
    await expect.poll(() => mapView(page), { timeout: 5000 }).not.toBe(view1);
    expect(await page.getByTestId('tour-caption').textContent()).toContain(dataset.tour[1]!.title);
    // Even with the map focused (Leaflet pans on arrow keys), the arrows drive the tour.
    await page.locator('.site-map').click({ position: { x: 200, y: 200 } });
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => search(page)).toContain('step=3');
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => search(page)).toContain('step=2');
    await page.keyboard.press('PageDown');
    await expect.poll(() => search(page)).toContain('step=3');
    await page.keyboard.press('PageUp');
    await expect.poll(() => search(page)).toContain('step=2');
    await page.keyboard.press('End');
    await expect.poll(() => search(page)).toContain(`step=${dataset.tour.length}`);

    await page.keyboard.press('Escape');
    await expect.poll(() => panel.getAttribute('data-presenting')).toBe('false');
    await expect.poll(() => search(page)).toBe('?v=1&sector=ai');
    // The reader is back where they were, on the Present button.
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeCloseTo(scrollBefore, -1);
    expect(
      await page.evaluate(() => document.activeElement?.classList.contains('present-button')),
    ).toBe(true);
    // Steps replaced each other in history: one Back leaves the tour's entry entirely.
    await page.goBack();
    await expect.poll(() => search(page)).not.toContain('step=');
    await settle(page);
    expect(await page.getByTestId('table-count').textContent()).toBe('Showing 3 of 33 projects');
    expect(consoleErrors).toEqual([]);
    expect(externalRequests).toEqual([]);
  });

  it('a link opens the tour at its step', async () => {
    const { page } = await open('/?v=1&step=4');
    expect(await page.getByTestId('tour-progress').textContent()).toBe(
      `Step 4 of ${dataset.tour.length}`,
    );
    expect(await page.getByTestId('tour-caption').textContent()).toContain(dataset.tour[3]!.title);
  });
});

describe('optional tile layer', () => {
  it('failing tiles keep the offline map and show a notice', async () => {
    const { page, externalRequests } = await open();
    await page.locator('.tile-settings summary').click();
    await page
      .getByLabel('Online tile layer (optional)')
      .fill('https://tiles.example.org/{z}/{x}/{y}.png');
    await page.getByRole('button', { name: 'Use tiles' }).click();
    await expect.poll(() => page.getByTestId('tile-notice').count(), { timeout: 10_000 }).toBe(1);
    expect(await page.getByTestId('tile-notice').textContent()).toContain('offline base map');
    expect(await page.locator('.site-map .leaflet-basemap-pane path').count()).toBeGreaterThan(40);
    expect(externalRequests.length).toBeGreaterThan(0); // tried, and blocked by the test's closed network
    expect(externalRequests.every((u) => u.startsWith('https://tiles.example.org/'))).toBe(true);
  });

  it('refuses an invalid template with the reason, and requests nothing', async () => {
    const { page, externalRequests } = await open();
    await page.locator('.tile-settings summary').click();
    const input = page.getByLabel('Online tile layer (optional)');
    for (const [template, reason] of [
      ['http://tiles.example.org/{z}/{x}/{y}.png', 'only https is allowed'],
      ['https://tiles.example.org/{z}/{x}/{y}.png?key={apikey}', 'unknown placeholder {apikey}'],
    ] as const) {
      await input.fill(template);
      await page.getByRole('button', { name: 'Use tiles' }).click();
      expect(await page.getByTestId('tile-error').textContent()).toContain(reason);
    }
    expect(await page.locator('.site-map img.leaflet-tile').count()).toBe(0);
    expect(externalRequests).toEqual([]);
  });
});
