/**
 * The print stylesheet (src/app/print.css) against the theme (src/app/styles.css): a dark theme
 * prints light only if print media sets every custom property the dark theme sets. A property
 * added to the dark theme and forgotten here would print light-on-white or dark-on-dark.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const styles = read('src/app/styles.css');
const print = read('src/app/print.css');

/** The declarations of the first rule written `selector {` (comments may name it too). */
function ruleBody(css: string, selector: string): string {
  const at = css.indexOf(`${selector} {`);
  if (at < 0) throw new Error(`no rule ${selector}`);
  const open = css.indexOf('{', at);
  const close = css.indexOf('}', open);
  return css.slice(open + 1, close);
}

const customProperties = (body: string) =>
  new Map([...body.matchAll(/(--[\w-]+)\s*:\s*([^;]+);/g)].map((m) => [m[1]!, m[2]!.trim()]));

const printBlock = print.slice(print.indexOf('@media print'));

describe('print.css', () => {
  it('sets, for print, every custom property the dark theme sets', () => {
    const dark = customProperties(ruleBody(styles, ":root[data-theme='dark']"));
    const printed = customProperties(ruleBody(printBlock, ':root,\n  :root[data-theme]'));
    expect(dark.size).toBeGreaterThan(10);
    const missing = [...dark.keys()].filter((k) => !printed.has(k));
    expect(missing, 'dark-theme properties print.css does not reset').toEqual([]);
  });

  it('prints ink on white: dark ink, white grounds', () => {
    const printed = customProperties(ruleBody(printBlock, ':root,\n  :root[data-theme]'));
    for (const ground of ['--bg', '--card', '--surface'])
      expect(printed.get(ground), ground).toBe('#ffffff');
    const luminance = (hex: string) =>
      [1, 3, 5].reduce((sum, i) => sum + parseInt(hex.slice(i, i + 2), 16), 0) / (3 * 255);
    for (const ink of ['--ink', '--ink-soft', '--muted'])
      expect(luminance(printed.get(ink) ?? '#ffffff'), ink).toBeLessThan(0.45);
  });

  it('leaves the paper size to the reader (A4 or Letter) and sets 12 mm margins', () => {
    const page = ruleBody(printBlock, '@page');
    expect(page).toMatch(/margin:\s*12mm/);
    expect(page).not.toMatch(/\bsize\s*:/);
  });
});
