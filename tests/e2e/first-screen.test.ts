/**
 * The first screen of the production build: title, figure cards with sources, at least one
 * derived figure showing its arithmetic, no console errors and no request leaving the machine.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPage, type OpenedPage } from '../support/browser.ts';
import dataset from '../../data/dataset.json';

describe('first screen (production build)', () => {
  let opened: OpenedPage;

  beforeAll(async () => {
    opened = await openPage({ viewport: { width: 1440, height: 900 } });
    await opened.page.goto('/', { waitUntil: 'load' });
    await opened.page.waitForSelector('html[data-app="ready"] h1', { timeout: 15_000 });
  });

  afterAll(async () => {
    await opened.close();
  });

  it('has a heading naming India and Japan', async () => {
    const heading = (await opened.page.locator('h1').first().textContent()) ?? '';
    expect(heading).toContain('India');
    expect(heading).toContain('Japan');
  });

  it('shows at least 10 figure cards, each with a non-empty source line', async () => {
    const cards = opened.page.locator('[data-testid="figure-card"]');
    await cards.first().waitFor({ timeout: 10_000 });
    const sourceTexts = await cards.evaluateAll((elements) =>
      elements.map(
        (card) => card.querySelector('[data-testid="source-line"]')?.textContent?.trim() ?? '',
      ),
    );
    expect(sourceTexts.length).toBeGreaterThanOrEqual(10);
    const missing = sourceTexts.flatMap((text, index) => (text === '' ? [index] : []));
    expect(missing, 'indexes of figure cards without a source line').toEqual([]);
  });

  it('renders a card for every headline figure in the bundled dataset, with its value', async () => {
    const headline = dataset.figures.filter((f) => f.headline);
    const rendered = await opened.page
      .locator('[data-testid="figure-card"][data-derived="false"]')
      .evaluateAll((cards) =>
        cards.map((c) => ({ id: c.getAttribute('data-figure-id'), text: c.textContent ?? '' })),
      );
    expect(rendered.map((r) => r.id).sort()).toEqual(headline.map((f) => f.id).sort());
    const byId = new Map(rendered.map((r) => [r.id, r.text]));
    expect(byId.get('jp-investments-2017-2020')).toContain('22');
    expect(byId.get('jp-investments-2021-2024')).toContain('58');
    expect(byId.get('ism-incentives-designated')).toContain('₹650 billion');
    expect(byId.get('jp-ten-year-target')).toContain('¥10 trillion');
  });

  it('shows the arithmetic of at least one derived figure', async () => {
    const derived = opened.page.locator('[data-testid="figure-card"][data-derived="true"]');
    expect(await derived.count()).toBeGreaterThanOrEqual(1);
    const arithmetic = await derived.evaluateAll((elements) =>
      elements.map(
        (card) => card.querySelector('[data-testid="arithmetic"]')?.textContent?.trim() ?? '',
      ),
    );
    expect(arithmetic.some((text) => text !== '')).toBe(true);
    const shown = derived.locator('[data-testid="arithmetic"]').filter({ hasText: /\S/ }).first();
    expect(await shown.isVisible(), 'arithmetic is visible, not collapsed or hidden').toBe(true);
  });

  it('logs no console errors and makes no external requests', async () => {
    await opened.page.waitForLoadState('networkidle');
    expect(opened.consoleErrors).toEqual([]);
    expect(opened.externalRequests).toEqual([]);
  });

  it('ships a strict Content-Security-Policy, under which the page runs with no violation', async () => {
    const policy = await opened.page
      .locator('meta[http-equiv="Content-Security-Policy"]')
      .getAttribute('content');
    expect(policy).toContain("script-src 'self'");
    expect(policy).toContain("object-src 'none'");
    expect(policy).not.toContain('unsafe-eval');
    expect(policy).not.toContain('unsafe-inline');
    // Violations are reported as console errors by tests/support/browser.ts.
    expect(opened.consoleErrors.filter((e) => e.includes('CSP violation'))).toEqual([]);
  });
});

describe('first screen with JavaScript turned off (the HTML the build writes)', () => {
  it('shows the title, every headline figure with its value, and their sources', async () => {
    const opened = await openPage({
      viewport: { width: 1440, height: 900 },
      javaScriptEnabled: false,
    });
    try {
      const { page } = opened;
      await page.goto('/', { waitUntil: 'load' });
      expect(await page.locator('h1').textContent()).toBe('India–Japan Semiconductor Partnership');
      const headline = dataset.figures.filter((f) => f.headline);
      const cards = await page
        .locator('[data-testid="figure-card"][data-derived="false"]')
        .evaluateAll((elements) =>
          elements.map((c) => ({
            id: c.getAttribute('data-figure-id'),
            value: c.querySelector('.value')?.textContent ?? '',
            source: c.querySelector('[data-testid="source-line"]')?.textContent ?? '',
            visible: (c as HTMLElement).offsetHeight > 0,
          })),
        );
      expect(cards.map((c) => c.id).sort()).toEqual(headline.map((f) => f.id).sort());
      const byId = new Map(cards.map((c) => [c.id, c]));
      expect(byId.get('jp-investments-2017-2020')?.value).toBe('22');
      expect(byId.get('ism-incentives-designated')?.value).toBe('₹650 billion');
      for (const figure of headline) {
        const card = byId.get(figure.id);
        const source = dataset.sources.find((s) => s.id === figure.citation.source);
        expect(card?.visible, figure.id).toBe(true);
        const citation = figure.citation as {
          paragraph?: number;
          item?: string;
          page?: { publisher: string };
        };
        if (citation.paragraph !== undefined) {
          expect(card?.source, figure.id).toContain(`¶${citation.paragraph}`);
          expect(card?.source, figure.id).toContain(source?.title.slice(0, 20));
        } else {
          // The fact sheet: its item and the page's publisher.
          expect(card?.source, figure.id).toContain(`Public record ${citation.item}`);
          expect(card?.source, figure.id).toContain(citation.page?.publisher);
        }
      }
      // The page is styled without scripts: the headline grid has several columns at 1440 px.
      const columns = await page
        .locator('section[aria-labelledby="headline-title"] .card-grid')
        .evaluate((grid) => getComputedStyle(grid).gridTemplateColumns.split(' ').length);
      expect(columns).toBeGreaterThan(1);
      expect(opened.consoleErrors).toEqual([]);
      expect(opened.externalRequests).toEqual([]);
    } finally {
      await opened.close();
    }
  });

  it('with JavaScript on, the app takes the page over: one header, one set of cards', async () => {
    const opened = await openPage({ viewport: { width: 1440, height: 900 } });
    try {
      const { page } = opened;
      await page.goto('/', { waitUntil: 'load' });
      // The app's own render: the table's count appears only once React has rendered.
      await page.getByTestId('table-count').waitFor();
      expect(await page.locator('h1').count()).toBe(1);
      expect(await page.locator('header.app-header').count()).toBe(1);
      const headline = dataset.figures.filter((f) => f.headline).length;
      expect(await page.locator('[data-testid="figure-card"][data-derived="false"]').count()).toBe(
        headline,
      );
    } finally {
      await opened.close();
    }
  });
});
