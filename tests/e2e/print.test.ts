/**
 * Printing the production build: Chromium's own PDF (page.pdf, which fires beforeprint as Ctrl+P
 * does) on A4 and on US Letter, read back with pdf.js. The brief must hold the title, the date of
 * printing and the record's date, the filters, every headline figure's source line and the static
 * map, fit a few pages, and carry none of the page's controls. In print media nothing interactive
 * is visible, the Leaflet map gives way to the SVG one, and the dark theme prints light.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { openPage, type OpenedPage } from '../support/browser.ts';
import dataset from '../../data/dataset.json';
import { en, type Catalogue } from '../../src/i18n/messages-en.ts';
import { ja } from '../../src/i18n/messages-ja.ts';
import { formatPartialDate } from '../../src/domain/format.ts';

/**
 * "Printed on <today>" in the case's language. The page's clock is the real one (Playwright's fake
 * clock would also hold back requestIdleCallback, and with it the print map), so a run across
 * midnight may print yesterday's or tomorrow's date.
 */
function printedOn(catalogue: Catalogue, locale: string): string[] {
  const day = 86_400_000;
  return [-day, 0, day].map((offset) =>
    catalogue['print.printed'].replace(
      '{date}',
      new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(new Date(Date.now() + offset)),
    ),
  );
}
const FORMATS = ['A4', 'Letter'] as const;
/** The brief is five pages today; a page more or less is fine, a runaway layout is not. */
const PAGES = { min: 3, max: 7 };

const headline = dataset.figures.filter((f) => f.headline);
const sourceTitle = new Map(dataset.sources.map((s) => [s.id, s.title]));

/** The PDF's text, page by page, and all of it with whitespace removed (pdf.js splits runs freely). */
async function readPdf(pdf: Buffer): Promise<{ pages: number; text: string; squeezed: string }> {
  const doc = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false }).promise;
  const texts: string[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent();
    texts.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
  }
  await doc.destroy();
  const text = texts.join('\n');
  return { pages: doc.numPages, text, squeezed: squeeze(text) };
}

const squeeze = (s: string) => s.replace(/\s+/g, '');

/** Open a view as a reader would have it before printing: charts, map and print map loaded. */
async function openView(path: string): Promise<OpenedPage> {
  const opened = await openPage({ viewport: { width: 1280, height: 800 } });
  const { page } = opened;
  await page.goto(path, { waitUntil: 'load' });
  await page.waitForSelector('.recharts-surface', { timeout: 20_000 });
  await page.waitForSelector('.leaflet-container', { timeout: 20_000 });
  // The print map's module loads when the browser is idle after the first view.
  await page.waitForFunction(
    () =>
      performance.getEntriesByType('resource').some((e) => /\/print-map-[\w-]+\.js$/.test(e.name)),
    undefined,
    { timeout: 20_000 },
  );
  await page.waitForLoadState('networkidle');
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  return opened;
}

interface Case {
  name: string;
  path: string;
  catalogue: Catalogue;
  locale: string;
  filters: string;
}

const CASES: Case[] = [
  {
    name: 'default',
    path: '/',
    catalogue: en,
    locale: 'en',
    filters: en['print.noFilters'],
  },
  {
    name: 'filtered',
    path: '/?sector=semiconductors',
    catalogue: en,
    locale: 'en',
    filters: 'Filters: Sector: Semiconductors',
  },
  {
    name: 'ja',
    path: '/?lang=ja',
    catalogue: ja,
    locale: 'ja',
    filters: ja['print.noFilters'],
  },
];

/** Texts of controls that must not print (each names a button, a menu or a switch). */
const CONTROLS = (c: Catalogue) => [
  c['import.open'],
  c['export.menu'],
  c['filters.reset'],
  c['filters.undo'],
  c['presenter.enter'],
  c['card.showProvenance'],
  c['prefs.dark'],
  c['app.skipToContent'],
  c['map.reset'],
  c['timeline.allYears'],
  c['map.tiles.label'],
];

describe.each(CASES)('printing the $name view', ({ name, path, catalogue: c, locale, filters }) => {
  let opened: OpenedPage;
  const pdfs = new Map<string, Awaited<ReturnType<typeof readPdf>>>();

  beforeAll(async () => {
    opened = await openView(path);
    for (const format of FORMATS) {
      const pdf = await opened.page.pdf({ format });
      const read = await readPdf(pdf);
      pdfs.set(format, read);
      console.log(`${format} ${name}: ${read.pages} pages`);
    }
  });

  afterAll(async () => {
    await opened.close();
  });

  it.each(FORMATS)('%s: fits a few pages', (format) => {
    const { pages } = pdfs.get(format)!;
    expect(pages).toBeGreaterThanOrEqual(PAGES.min);
    expect(pages).toBeLessThanOrEqual(PAGES.max);
  });

  it.each(FORMATS)('%s: title, date of printing, date of the record, filters', (format) => {
    const { squeezed } = pdfs.get(format)!;
    expect(squeezed).toContain(squeeze(c['app.title']));
    const dates = printedOn(c, locale);
    expect(
      dates.some((d) => squeezed.includes(squeeze(d))),
      `one of ${dates.join(' / ')}`,
    ).toBe(true);
    expect(squeezed).toContain(
      squeeze(c['app.asOf'].replace('{date}', formatPartialDate(dataset.asOf, locale))),
    );
    expect(squeezed).toContain(squeeze(filters));
  });

  it.each(FORMATS)("%s: every headline figure's source line", (format) => {
    const { squeezed } = pdfs.get(format)!;
    const missing = headline.flatMap((f) => {
      // An article is cited by paragraph and title; the fact sheet by item and publisher.
      const { citation } = f as {
        citation: {
          source: string;
          paragraph?: number;
          item?: string;
          page?: { publisher: string };
        };
      };
      const line =
        citation.paragraph !== undefined
          ? `${c['card.source']} ${c['card.paragraph'].replace('{n}', String(citation.paragraph))} ${sourceTitle.get(citation.source)}`
          : `${c['card.record'].replace('{item}', citation.item ?? '')} ${citation.page?.publisher ?? ''}`;
      return squeezed.includes(squeeze(line)) ? [] : [`${f.id}: ${line}`];
    });
    expect(missing, 'headline figures whose source line is not in the PDF').toEqual([]);
  });

  it.each(FORMATS)('%s: the static map, with its legend and site names', (format) => {
    const { squeezed } = pdfs.get(format)!;
    expect(squeezed).toContain(squeeze(c['map.title']));
    expect(squeezed).toContain(squeeze(c['type.fab']));
    expect(squeezed).toContain(squeeze(c['print.map.legendArea']));
    expect(squeezed).toContain('Dholera');
    expect(squeezed).toContain(squeeze(c['map.attribution']));
    if (name === 'filtered') expect(squeezed).toContain(squeeze(c['print.map.legendDimmed']));
  });

  it.each(FORMATS)('%s: no control prints', (format) => {
    const { squeezed, text } = pdfs.get(format)!;
    const printed = CONTROLS(c).filter((label) => squeezed.includes(squeeze(label)));
    expect(printed, 'control texts found in the PDF').toEqual([]);
    if (c === en) expect(text).not.toMatch(/\bTable\b/);
  });

  it('logs no console errors and makes no external requests', () => {
    expect(opened.consoleErrors).toEqual([]);
    expect(opened.externalRequests).toEqual([]);
  });
});

describe('print media', () => {
  let opened: OpenedPage;

  beforeAll(async () => {
    opened = await openView('/?sector=semiconductors&theme=dark');
    await opened.page.emulateMedia({ media: 'print' });
  });

  afterAll(async () => {
    await opened.close();
  });

  it('shows the static SVG map instead of the Leaflet one', async () => {
    const { page } = opened;
    const svg = page.locator('[data-testid="print-map"] svg[role="img"]');
    await svg.waitFor({ state: 'visible', timeout: 10_000 });
    expect(await svg.locator('path').count()).toBeGreaterThan(10);
    expect(await svg.locator('[data-site]').count()).toBe(dataset.sites.length);
    expect(await page.locator('.leaflet-container').isVisible()).toBe(false);
    expect(await page.getByTestId('print-meta').isVisible()).toBe(true);
  });

  it('leaves no button, select or input visible', async () => {
    const visible = await opened.page
      .locator('button, [role="button"], select, input, textarea, summary')
      .filter({ visible: true })
      .evaluateAll((els) => els.map((el) => el.outerHTML.slice(0, 120)));
    expect(visible, 'controls visible in print').toEqual([]);
  });

  it('prints the dark theme light: dark ink on white', async () => {
    const colours = await opened.page.evaluate(() => ({
      theme: document.documentElement.dataset['theme'],
      body: getComputedStyle(document.body).backgroundColor,
      card: getComputedStyle(document.querySelector('.card')!).backgroundColor,
      h1: getComputedStyle(document.querySelector('h1')!).color,
      value: getComputedStyle(document.querySelector('.card .value')!).color,
    }));
    expect(colours.theme).toBe('dark');
    expect(colours.body).toBe('rgb(255, 255, 255)');
    expect(colours.card).toBe('rgb(255, 255, 255)');
    const dark = (rgb: string) =>
      (rgb.match(/\d+/g) ?? ['255', '255', '255']).slice(0, 3).every((v) => Number(v) < 100);
    expect(dark(colours.h1), colours.h1).toBe(true);
    expect(dark(colours.value), colours.value).toBe(true);
  });

  it('takes the print map away again after printing to screen', async () => {
    await opened.page.emulateMedia({ media: 'screen' });
    await opened.page.getByTestId('print-map').waitFor({ state: 'detached', timeout: 10_000 });
    expect(await opened.page.locator('.leaflet-container').isVisible()).toBe(true);
  });
});
