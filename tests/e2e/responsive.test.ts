/**
 * The layout at a phone (390×844), a tablet (768×1024), a laptop (1280×720) and a large screen
 * (1920×1080), in each language and both themes: no horizontal scroll, no text or control sticking
 * out of the viewport, the map as wide as its column allows, the theme and <html lang> applied.
 *
 * The screenshot review: with REVIEW_DIR set, each case also writes a full-page PNG there
 * (`REVIEW_DIR=/tmp/review npm run test:e2e -- tests/e2e/responsive.test.ts`), for a person to look at.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openPage, type OpenedPage } from '../support/browser.ts';

const SIZES = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'tablet', width: 768, height: 1024 },
  { name: 'laptop', width: 1280, height: 720 },
  { name: 'desktop', width: 1920, height: 1080 },
] as const;

const opened: OpenedPage[] = [];
afterEach(async () => {
  for (const o of opened.splice(0)) {
    expect(o.consoleErrors).toEqual([]);
    await o.close();
  }
});

describe('responsive layout (production build)', () => {
  const cases = SIZES.flatMap((size) =>
    (['light', 'dark'] as const).flatMap((theme) =>
      (['en', 'ja', 'hi'] as const).map((lang) => [size.name, theme, lang, size] as const),
    ),
  );
  it.each(cases)(
    '%s, %s, %s: no horizontal scroll, nothing outside the viewport',
    async (_n, theme, lang, size) => {
      const o = await openPage({
        viewport: { width: size.width, height: size.height },
        isMobile: size.width < 500,
        deviceScaleFactor: 1,
      });
      opened.push(o);
      const { page } = o;
      await page.goto(`/?lang=${lang}&theme=${theme}&site=dholera`, { waitUntil: 'load' });
      await page.waitForSelector('html[data-app="ready"] [data-testid="projects-table"]');
      await page.waitForSelector('.recharts-surface', { state: 'attached' });
      await page.waitForSelector('.site-map .site-marker', { state: 'attached' });
      // Japanese and Hindi text is laid out again once the shipped face arrives: measure after it.
      if (lang !== 'en')
        await page.waitForFunction(
          (family) =>
            [...document.fonts].some((f) => f.family.includes(family) && f.status === 'loaded'),
          lang === 'ja' ? 'Noto Sans JP' : 'Noto Sans Devanagari',
        );
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      const applied = await page.evaluate(() => [
        document.documentElement.lang,
        document.documentElement.dataset.theme,
      ]);
      expect(applied).toEqual([lang, theme]);
      const review = process.env.REVIEW_DIR;
      if (review) {
        mkdirSync(review, { recursive: true });
        await page.screenshot({
          path: join(review, `${size.name}-${theme}-${lang}.png`),
          fullPage: true,
        });
      }
      const layout = await page.evaluate(() => {
        const vw = document.documentElement.clientWidth;
        const outside: string[] = [];
        const selector =
          'h1, h2, h3, p, button, select, input, label, th, .chip, .value, .recharts-surface, .site-map';
        for (const el of document.querySelectorAll<HTMLElement>(selector)) {
          // Inside a horizontally scrolling container (the wide table) is fine: it scrolls there.
          let scroller = el.parentElement;
          while (scroller && !/(auto|scroll)/.test(getComputedStyle(scroller).overflowX))
            scroller = scroller.parentElement;
          if (scroller && scroller !== document.documentElement && scroller !== document.body)
            continue;
          const r = el.getBoundingClientRect();
          if (r.width === 0 || r.height === 0) continue;
          if (r.left < -1 || r.right > vw + 1)
            outside.push(
              `${el.tagName.toLowerCase()}.${el.className} (${Math.round(r.left)}–${Math.round(r.right)})`,
            );
        }
        const map = document.querySelector('.site-map')?.getBoundingClientRect();
        return {
          scrollWidth: document.documentElement.scrollWidth,
          vw,
          outside,
          mapWidth: map?.width ?? 0,
        };
      });
      expect(layout.scrollWidth, 'page width').toBeLessThanOrEqual(layout.vw);
      expect(layout.outside).toEqual([]);
      // The map fills most of the width on a phone and a tablet.
      if (size.width <= 768) expect(layout.mapWidth).toBeGreaterThan(size.width * 0.8);
    },
  );
});
