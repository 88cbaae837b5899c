/**
 * Hostile and broken input in the production build: a full dataset whose every free-text field is
 * a malicious or odd string (tests/fixtures/hostile-strings.ts) is imported through Load data, and
 * every view is visited: cards and provenance, charts (tooltips, tables), the projects table and its
 * search, filter chips, the map (labels, site list, site card), the sources panel, presenter mode
 * through the whole tour, and every export. Then a 10,000-character file name, a hostile ledger, a
 * hostile refused file and hostile URL parameters.
 *
 * Everywhere: nothing runs (`window.__pwned` stays undefined, no dialog, no request to a "pwned"
 * path, no element with an event-handler attribute or a javascript: link), no page error, no console
 * error, no CSP violation, no request leaves the machine, and the layout holds at 1280×720 (no
 * horizontal page scroll, no element sticking out past the viewport unclipped).
 *
 * Each place counts the hostile strings it actually shows (text, title, aria-label), so the printed
 * "strings × places" total is what was verified, not what was hoped for.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPage, type OpenedPage } from '../support/browser.ts';
import { readCsvRows } from '../support/csv.ts';
import {
  HOSTILE_STRINGS,
  TEN_THOUSAND,
  hostileDataset,
  unbroken,
} from '../fixtures/hostile-strings.ts';

const VIEWPORT = { width: 1280, height: 720 };
/** Layout problems known and accepted (none today): listed precisely, so any other still fails. */
const KNOWN_ELSEWHERE: readonly RegExp[] = [];
const hostile = hostileDataset();
const DATASET_JSON = JSON.stringify(hostile.dataset);
/** The strings as JSON: lone surrogates cross the browser protocol only as `\udXXX` escapes. */
const STRINGS_JSON = JSON.stringify(hostile.strings);
const HOSTILE_FILE_NAME = '<img src=/pwned-file.png onerror=alert(1)> 半導体 x\u202Enosj.json';

/** Lone surrogates become U+FFFD when text is encoded as UTF-8 (a download, a file). */
const wellFormed = (s: string) =>
  s.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');

// ---------------------------------------------------------------------------------------------
// What is recorded along the way.

const tally = new Map<string, number>();
const layoutProblems: string[] = [];
const injections: string[] = [];
const dialogs: string[] = [];
const pwnedRequests: string[] = [];
const opened: OpenedPage[] = [];
let o: OpenedPage;
let page: Page;

async function open(path = '/'): Promise<OpenedPage> {
  const next = await openPage({ viewport: VIEWPORT });
  opened.push(next);
  next.page.on('dialog', (d) => {
    dialogs.push(`${d.type()}: ${d.message()}`);
    void d.dismiss().catch(() => undefined);
  });
  next.page.on('request', (r) => {
    if (/pwned/i.test(new URL(r.url()).pathname)) pwnedRequests.push(r.url());
  });
  await next.page.goto(path, { waitUntil: 'load' });
  await next.page.getByTestId('projects-table').waitFor();
  return next;
}

/**
 * In the page: how many of the hostile strings the elements matching `selector` show, in their text
 * or in a title, aria-label, alt, placeholder or value.
 */
function countShown(p: Page, selector: string): Promise<number> {
  return p.evaluate(
    ([sel, json]) => {
      const strings = JSON.parse(json) as string[];
      const parts: string[] = [];
      for (const root of document.querySelectorAll(sel)) {
        parts.push(root.textContent ?? '');
        for (const el of [root, ...root.querySelectorAll('*')]) {
          for (const name of ['title', 'aria-label', 'alt', 'placeholder'])
            if (el.hasAttribute(name)) parts.push(el.getAttribute(name) ?? '');
          if (el instanceof HTMLInputElement) parts.push(el.value);
        }
      }
      const haystack = parts.join('\u0001');
      return strings.filter((s) => haystack.includes(s)).length;
    },
    [selector, STRINGS_JSON] as const,
  );
}

/** Nothing ran, nothing was injected, and the layout holds; `place` names the view for the report. */
async function checkPage(p: Page, place: string): Promise<void> {
  const state = await p.evaluate(() => {
    const w = window as unknown as { __pwned?: unknown };
    const injected: string[] = [];
    for (const el of document.querySelectorAll('*')) {
      for (const a of el.attributes)
        if (/^on/i.test(a.name) || a.name === 'srcdoc') injected.push(`${el.tagName} ${a.name}`);
      if (/^(IFRAME|OBJECT|EMBED|FRAME)$/.test(el.tagName)) injected.push(el.tagName);
      if (el.tagName === 'SCRIPT' && !(el as HTMLScriptElement).src) injected.push('inline SCRIPT');
    }
    for (const a of document.querySelectorAll('a[href], area[href]')) {
      const href = (a as HTMLAnchorElement).href;
      if (!/^(https?:|blob:)/.test(href) && !href.startsWith(location.href.split('#')[0] ?? ''))
        injected.push(`link ${href.slice(0, 60)}`);
    }
    // Layout: no horizontal page scroll; no element past the viewport unless an ancestor clips or
    // scrolls it (the table's scroller, the map); no text spilling out of its box unless that box
    // clips it (an ellipsis) — spilled text overlaps its neighbours even when the page does not scroll.
    const vw = window.innerWidth;
    const scroller = document.scrollingElement ?? document.documentElement;
    const problems = new Set<string>();
    const clips = (n: Element) => getComputedStyle(n).overflowX !== 'visible';
    const clippedFrom = (el: Element | null) => {
      for (let n = el; n && n !== document.body; n = n.parentElement) if (clips(n)) return true;
      return false;
    };
    const describe = (el: Element) => {
      const names: string[] = [];
      for (
        let n: Element | null = el;
        n && n !== document.body && names.length < 3;
        n = n.parentElement
      ) {
        const id = n.getAttribute('data-testid');
        const cls = typeof n.className === 'string' ? n.className.trim().split(/\s+/)[0] : '';
        names.unshift(
          `${n.tagName.toLowerCase()}${cls ? `.${cls}` : ''}${id ? `[data-testid=${id}]` : ''}`,
        );
      }
      return names.join(' > ');
    };
    for (const el of document.body.querySelectorAll('*')) {
      const r = el.getBoundingClientRect();
      if (r.width > 0 && r.right > vw + 1 && !clippedFrom(el.parentElement))
        problems.add(`${describe(el)} reaches ${Math.round(r.right)}px, past the viewport`);
    }
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let t = walker.nextNode(); t; t = walker.nextNode()) {
      let box = t.parentElement;
      while (box && getComputedStyle(box).display === 'inline') box = box.parentElement;
      // Leaflet's own controls (the scale bar's label overhangs its bar by design) are not data.
      if (!box || box instanceof SVGElement || clips(box) || box.closest('.leaflet-control'))
        continue;
      const range = document.createRange();
      range.selectNodeContents(t);
      const r = range.getBoundingClientRect();
      if (r.width > 0 && r.right > box.getBoundingClientRect().right + 1)
        problems.add(
          `text spills out of ${describe(box)} (${JSON.stringify((t.textContent ?? '').slice(0, 24))})`,
        );
    }
    const sticking = [...problems];
    return {
      pwned: w.__pwned,
      injected,
      scrollWidth: scroller.scrollWidth,
      vw,
      sticking: sticking.slice(0, 12),
    };
  });
  if (state.pwned !== undefined)
    injections.push(`${place}: window.__pwned = ${String(state.pwned)}`);
  for (const i of state.injected) injections.push(`${place}: ${i}`);
  if (state.scrollWidth > state.vw)
    layoutProblems.push(`${place}: page scrolls sideways (${state.scrollWidth} > ${state.vw})`);
  for (const s of state.sticking) layoutProblems.push(`${place}: ${s}`);
}

/** Counts the strings shown at `selector` as one place, and checks the page there. */
async function place(p: Page, name: string, selector: string, atLeast = 1): Promise<number> {
  const n = await countShown(p, selector);
  tally.set(name, (tally.get(name) ?? 0) + n);
  await checkPage(p, name);
  expect(n, `hostile strings shown at ${name} (${selector})`).toBeGreaterThanOrEqual(atLeast);
  return n;
}

async function upload(p: Page, name: string, content: string | Buffer, mimeType: string) {
  if ((await p.getByTestId('import-panel').count()) === 0) {
    await p.getByRole('button', { name: 'Load data' }).click();
    await p.getByTestId('import-panel').waitFor();
  }
  await p.getByTestId('import-file').setInputFiles({
    name,
    mimeType,
    buffer: Buffer.isBuffer(content) ? content : Buffer.from(content, 'utf8'),
  });
}

async function closeImportPanel(p: Page) {
  if ((await p.getByTestId('import-panel').count()) > 0)
    await p.getByTestId('import-panel').getByRole('button', { name: 'Close' }).click();
}

async function download(p: Page, click: () => Promise<void>): Promise<Buffer> {
  const [d] = await Promise.all([p.waitForEvent('download'), click()]);
  const chunks: Buffer[] = [];
  for await (const chunk of await d.createReadStream()) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** The hostile strings an exported text holds (lone surrogates arrive as U+FFFD in UTF-8 files). */
function stringsIn(text: string): number {
  return hostile.strings.filter((s) =>
    [s, wellFormed(s), wellFormed(s).replace(/\0/g, NUL_STAND_IN)].some((v) => text.includes(v)),
  ).length;
}
const NUL_STAND_IN = '\u2400';

// ---------------------------------------------------------------------------------------------

describe('hostile data (production build, 1280×720)', () => {
  beforeAll(async () => {
    o = await open('/');
    page = o.page;
  });

  afterAll(async () => {
    const errors = opened.flatMap((x) => x.consoleErrors);
    const total = [...tally.values()].reduce((a, b) => a + b, 0);
    console.log(
      JSON.stringify(
        {
          hostile: 'strings × places tried',
          corpus: HOSTILE_STRINGS.length,
          distinctStringsPlaced: hostile.strings.length,
          fieldsFilled: hostile.placements.length,
          places: tally.size,
          stringsTimesPlaces: total,
          byPlace: Object.fromEntries(tally),
          dialogs: dialogs.length,
          pageErrors: errors.filter((e) => e.startsWith('pageerror')).length,
          consoleErrors: errors.filter((e) => e.startsWith('console.error')).length,
          cspViolations: errors.filter((e) => e.includes('CSP violation')).length,
          externalRequests: opened.flatMap((x) => x.externalRequests).length,
          pwnedRequests: pwnedRequests.length,
          injections: injections.length,
          layoutProblems,
        },
        null,
        2,
      ),
    );
    for (const x of opened.splice(0)) await x.close();
  });

  it('the hostile dataset validates against the schema (only free text is hostile)', async () => {
    const { parseDataset } = await import('../../src/domain/parse-dataset.ts');
    const result = parseDataset(JSON.parse(DATASET_JSON));
    expect(result.ok ? [] : result.errors.slice(0, 5)).toEqual([]);
    expect(hostile.dataset.tour.length).toBeGreaterThan(0);
    expect(hostile.strings.length).toBeGreaterThan(40);
  });

  it('imports through Load data; the status and origin show the hostile file name as text', async () => {
    await upload(page, HOSTILE_FILE_NAME, DATASET_JSON, 'application/json');
    await expect
      .poll(() => page.getByTestId('import-status').textContent(), { timeout: 20_000 })
      .toContain('loaded');
    expect(await page.getByTestId('import-status').textContent()).toContain(HOSTILE_FILE_NAME);
    expect(await page.getByTestId('origin-note').textContent()).toContain(HOSTILE_FILE_NAME);
    await checkPage(page, 'import panel');
    await closeImportPanel(page);
    expect(await page.getByTestId('table-count').textContent()).toBe(
      `Showing ${hostile.dataset.projects.length} of ${hostile.dataset.projects.length} projects`,
    );
  });

  it('overview cards and their provenance', async () => {
    await place(page, 'figure cards', '[data-testid="figure-card"]');
    const toggles = page.locator('.provenance-toggle');
    const n = await toggles.count();
    expect(n).toBeGreaterThan(0);
    for (let i = 0; i < n; i++) {
      await toggles.nth(i).click();
      await place(page, 'provenance panels', '.provenance:not([hidden])');
    }
    await toggles.nth(n - 1).click(); // close the last one
    await place(page, 'sources list', 'section[aria-labelledby="sources-title"]');
  });

  it('charts: hover tooltips, table alternatives and source lines', async () => {
    const frames = page.locator('[data-chart]');
    await frames.first().waitFor();
    const ids = await frames.evaluateAll((els) => els.map((e) => e.getAttribute('data-chart')));
    expect(ids.length).toBeGreaterThanOrEqual(5);
    for (const id of ids) {
      const frame = page.locator(`[data-chart="${id}"]`);
      await frame.scrollIntoViewIfNeeded();
      const drawing = frame.locator('.chart-drawing');
      if ((await drawing.count()) > 0) {
        const box = await drawing.boundingBox();
        if (box)
          for (const fx of [0.25, 0.5, 0.75]) {
            await page.mouse.move(box.x + box.width * fx, box.y + box.height * 0.6);
            await checkPage(page, `chart ${id} hover`);
          }
      }
      // Charts draw our labels; the data's text is in their source lines and table alternatives.
      const shown = await countShown(page, `[data-chart="${id}"] .chart-foot`);
      tally.set('chart source lines', (tally.get('chart source lines') ?? 0) + shown);
      const tableButton = frame.getByRole('button', { name: 'Table', exact: true });
      await tableButton.click();
      await place(page, 'chart tables', `[data-chart="${id}"]`, 0);
      await tableButton.click();
    }
    await page.mouse.move(5, 5);
  });

  it('projects table and its search (the query becomes a chip)', async () => {
    await page.getByTestId('projects-table').scrollIntoViewIfNeeded();
    await place(page, 'projects table', '[data-testid="projects-table"]');
    const search = page.getByLabel('Search projects and partners');
    // Typed text: no control characters (a search box takes one line) and no lone surrogates
    // (a keyboard cannot type them, and the browser protocol turns them into U+FFFD).
    const typeable = (s: string) =>
      [...s].every((c) => c.charCodeAt(0) >= 0x20) && wellFormed(s) === s;
    const queries = hostile.strings.filter((s) => s.length <= 60 && typeable(s));
    for (const q of queries) {
      await search.fill(q);
      await expect
        .poll(() => page.getByTestId('filter-chip').count(), { timeout: 5000 })
        .toBeGreaterThan(0);
      await expect.poll(() => search.inputValue()).toBe(q);
      await place(page, 'search box + chip', '.sticky-filters, .table-panel .search');
    }
    await search.fill('');
    await expect.poll(() => page.getByTestId('filter-chip').count()).toBe(0);
  });

  it('map: labels, site list, site card, and the site chip', async () => {
    await page.getByTestId('map-panel').scrollIntoViewIfNeeded();
    await page.locator('.site-map .site-marker').first().waitFor({ state: 'attached' });
    await place(page, 'map labels', '.site-map');
    const markers = page.locator('.site-map .site-marker');
    for (let i = 0; i < Math.min(await markers.count(), 12); i++) {
      await markers
        .nth(i)
        .hover({ force: true, timeout: 2000 })
        .catch(() => undefined);
    }
    await checkPage(page, 'map hover');
    await place(page, 'site list', '[data-testid="site-list"]');
    const sites = page.locator('[data-testid="site-list"] [data-site-id]');
    const n = await sites.count();
    expect(n).toBe(hostile.dataset.sites.length);
    for (let i = 0; i < n; i++) {
      await sites.nth(i).click();
      await page.getByTestId('site-detail').waitFor();
      await place(page, 'site card', '[data-testid="site-detail"]');
      await place(page, 'site chip', '[data-testid="filter-chip"]');
      await sites.nth(i).click(); // deselect
    }
    await expect.poll(() => page.getByTestId('filter-chip').count()).toBe(0);
  });

  it('sources panel', async () => {
    await page.getByRole('button', { name: 'Sources', exact: true }).click();
    await page.getByTestId('sources-panel').waitFor();
    await place(page, 'sources panel', '[data-testid="sources-panel"]');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByTestId('sources-panel').count()).toBe(0);
  });

  it('presenter mode through the whole tour, notes open', async () => {
    await page.locator('.present-button').click();
    const caption = page.getByTestId('tour-caption');
    await caption.waitFor();
    for (let step = 1; step <= hostile.dataset.tour.length; step++) {
      await expect
        .poll(() => page.getByTestId('tour-progress').textContent())
        .toBe(`Step ${step} of ${hostile.dataset.tour.length}`);
      await caption.locator('summary').click();
      await place(page, 'tour caption', '[data-testid="tour-caption"]');
      await place(page, 'presenter map labels', '[data-testid="map-panel"] .site-map', 0);
      await page.keyboard.press('ArrowRight');
    }
    await page.keyboard.press('Escape');
    await expect
      .poll(() => page.getByTestId('map-panel').getAttribute('data-presenting'))
      .toBe('false');
  });

  it('every export: CSV escapes formulas, JSON keeps the text, PNG draws', async () => {
    const menus = page.getByRole('button', { name: /^Export / });
    const n = await menus.count();
    expect(n).toBeGreaterThanOrEqual(6);
    let files = 0;
    for (let i = 0; i < n; i++) {
      const menu = menus.nth(i);
      await menu.scrollIntoViewIfNeeded();
      const chart = await menu.evaluate(
        (el) => el.closest('[data-chart]')?.getAttribute('data-chart') ?? null,
      );
      for (const kind of ['CSV', 'JSON', 'PNG'] as const) {
        await menu.click();
        const item = page.getByRole('menuitem', { name: new RegExp(`^${kind}`) });
        if ((await item.count()) === 0 || (await item.isDisabled())) {
          await page.keyboard.press('Escape');
          continue;
        }
        const bytes = await download(page, () => item.click());
        files++;
        if (kind === 'PNG') {
          expect(bytes.subarray(1, 4).toString()).toBe('PNG');
          // The picture's caption is drawn from the frame's source lines (and the chips).
          if (chart !== null) {
            const shown = await countShown(page, `[data-chart="${chart}"] .chart-foot`);
            tally.set('PNG captions', (tally.get('PNG captions') ?? 0) + shown);
          }
        } else if (kind === 'CSV') {
          // NUL from the data travels in the CSV as is; our own CSV reader refuses NUL, so it is
          // swapped for a visible stand-in before reading the file back.
          const csv = bytes
            .toString('utf8')
            .replace(/^\uFEFF/, '')
            .replace(/\0/g, NUL_STAND_IN);
          const cells = readCsvRows(csv).flat();
          expect(
            cells.filter((c) => /^[=+\-@\t\r]/.test(c)),
            'CSV cells a spreadsheet would run as formulas',
          ).toEqual([]);
          const text = cells.map((c) => c.replace(/^'/, '')).join('\u0001');
          tally.set('CSV exports', (tally.get('CSV exports') ?? 0) + stringsIn(text));
        } else {
          const text = collectStrings(JSON.parse(bytes.toString('utf8'))).join('\u0001');
          tally.set('JSON exports', (tally.get('JSON exports') ?? 0) + stringsIn(text));
        }
      }
    }
    expect(files).toBeGreaterThanOrEqual(n * 2);
    await checkPage(page, 'exports');
    expect(await page.locator('.export-error').count()).toBe(0);
    expect(tally.get('CSV exports')).toBeGreaterThan(0);
    expect(tally.get('JSON exports')).toBeGreaterThan(0);
  });

  it('a 10,000-character file name is cut short on screen, the full text still available', async () => {
    const name = `${TEN_THOUSAND}.json`;
    await upload(page, name, DATASET_JSON, 'application/json');
    await expect
      .poll(() => page.getByTestId('import-status').textContent(), { timeout: 20_000 })
      .toContain('loaded');
    // The panel names the file shortened in the middle, the whole name in the title.
    const status = await page
      .getByTestId('import-status')
      .locator('p')
      .evaluate((el) => ({ text: el.textContent ?? '', title: el.getAttribute('title') ?? '' }));
    expect(status.text.length).toBeLessThan(200);
    expect(status.text).toMatch(/…W*\.json loaded\.$/);
    expect(status.title).toContain(TEN_THOUSAND);
    await checkPage(page, 'import panel, 10,000-character name');
    await closeImportPanel(page);
    const note = page.getByTestId('origin-note');
    const shown = await note.evaluate((el) => ({
      height: el.getBoundingClientRect().height,
      lineHeight: parseFloat(getComputedStyle(el).lineHeight) || 24,
      clipped: el.scrollWidth > el.clientWidth || el.scrollHeight > el.clientHeight,
      title: el.getAttribute('title') ?? '',
    }));
    expect(shown.clipped, 'the name is cut short on screen').toBe(true);
    expect(shown.height).toBeLessThanOrEqual(shown.lineHeight * 3);
    expect(shown.title).toContain(TEN_THOUSAND);
    tally.set('10,000-character name', 1);
    await checkPage(page, 'header with a 10,000-character name');
  });

  it('a hostile ledger (CSV): its text reaches the table, map and sources as text', async () => {
    const cells = hostile.strings.filter((s) => !s.includes('\u0000') && !s.includes(';'));
    const quote = (s: string) => `"${s.replace(/"/g, '""')}"`;
    const lines = ['year,sector,type,partners,partner_country,state,site_name,latitude,longitude'];
    cells.forEach((s, i) => {
      const partner = s.length <= 120 ? s : s.slice(0, 120);
      const state = s.length <= 80 ? s : unbroken(80);
      const site = s.length <= 120 ? s : unbroken(120);
      lines.push(
        [
          2020 + (i % 5),
          'semiconductors',
          'fab',
          quote(partner),
          'JP',
          quote(state),
          quote(site),
          (20 + (i % 15)).toFixed(2),
          (73 + (i % 20)).toFixed(2),
        ].join(','),
      );
    });
    await upload(page, '"><svg onload=alert(1)>.csv', lines.join('\r\n'), 'text/csv');
    await expect
      .poll(() => page.getByTestId('import-status').textContent(), { timeout: 20_000 })
      .toContain('loaded');
    await closeImportPanel(page);
    // The views are moving to the ledger's columns (src/domain/records.ts): until they all show a
    // ledger, these places count what they show without requiring it.
    await place(page, 'ledger: table', '[data-testid="projects-table"]', 0);
    await place(page, 'ledger: site list', '[data-testid="site-list"]', 0);
    await place(page, 'ledger: map labels', '.site-map', 0);
    await page.getByRole('button', { name: 'Sources', exact: true }).click();
    await place(page, 'ledger: sources panel', '[data-testid="sources-panel"]', 0);
    await page.keyboard.press('Escape');
  });

  it('refused files list hostile values as text, the layout holding', async () => {
    // A ledger whose bad cells are hostile: each error shows the value as text.
    const bad = [
      'year,sector,type,partners,partner_country,state,site_name,latitude,longitude',
      ...HOSTILE_STRINGS.slice(0, 20).map(
        ([, s]) =>
          `2023,"${s.replace(/"/g, '""')}",fab,A,IN,Gujarat,Site,22.3,"${s.replace(/"/g, '""')}"`,
      ),
    ].join('\n');
    await upload(page, 'hostile-errors.csv', bad, 'text/csv');
    const errors = page.getByTestId('import-errors');
    await errors.waitFor();
    await place(page, 'import errors (ledger)', '[data-testid="import-errors"]');
    // A dataset with a 10,000-character name: refused with its path, the value shortened.
    const long = JSON.parse(DATASET_JSON) as { projects: { name: string }[] };
    long.projects[0]!.name = TEN_THOUSAND;
    await upload(page, 'ten-thousand.json', JSON.stringify(long), 'application/json');
    await expect.poll(() => errors.textContent()).toContain('projects[0].name');
    expect(await errors.textContent()).toMatch(/<=\s*140 characters/);
    await checkPage(page, 'import errors (10,000-character name)');
    await closeImportPanel(page);
  });

  it('hostile URL parameters: the search box and chip show them as text, the notice names them', async () => {
    const q = '<img src=/pwned-q.png onerror=alert(1)>';
    const other = await open(
      `/?v=1&q=${encodeURIComponent(q)}&${encodeURIComponent('<svg onload=alert(1)>')}=1`,
    );
    await expect
      .poll(() => other.page.getByLabel('Search projects and partners').inputValue())
      .toBe(q);
    expect(await other.page.getByTestId('filter-chip').textContent()).toContain(q);
    expect(
      await other.page.getByRole('status').filter({ hasText: 'ignored' }).textContent(),
    ).toContain('<svg onload=alert(1)>');
    await checkPage(other.page, 'URL parameters');
    tally.set('URL parameters', 2);
  });

  it('the build ships _headers for static hosts with the same policy as the page', async () => {
    const response = await page.request.get('/_headers');
    expect(response.ok()).toBe(true);
    const sent = /^\s+Content-Security-Policy:\s*(.+)$/m.exec(await response.text())?.[1];
    const meta = await page
      .locator('meta[http-equiv="Content-Security-Policy"]')
      .getAttribute('content');
    expect(sent).toBeTruthy();
    expect(sent).toBe(meta);
  });

  it('nothing ran, nothing was injected, nothing left the page, no error, and the layout held', () => {
    const errors = opened.flatMap((x) => x.consoleErrors);
    expect(injections).toEqual([]);
    expect(dialogs).toEqual([]);
    expect(pwnedRequests).toEqual([]);
    expect(errors).toEqual([]);
    expect(opened.flatMap((x) => x.externalRequests)).toEqual([]);
    const known = layoutProblems.filter((p) => KNOWN_ELSEWHERE.some((k) => k.test(p)));
    if (known.length > 0)
      console.log(`Known layout problems (reported, not ours to fix):\n${known.join('\n')}`);
    expect(layoutProblems.filter((p) => !known.includes(p))).toEqual([]);
  });
});

function collectStrings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(collectStrings);
  if (value !== null && typeof value === 'object')
    return Object.values(value as Record<string, unknown>).flatMap(collectStrings);
  return [];
}
