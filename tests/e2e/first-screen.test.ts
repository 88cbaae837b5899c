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
    await opened.page.waitForSelector('h1', { timeout: 15_000 });
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
