import { beforeAll, describe, expect, it } from 'vitest';
import {
  CATALOGUES,
  LOCALES,
  loadCatalogue,
  matchLocale,
  numberTag,
  plural,
  translator,
} from '../../src/i18n/i18n.ts';
import { en, type MessageKey } from '../../src/i18n/messages-en.ts';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const keys = Object.keys(en) as MessageKey[];
/** A catalogue, loaded (Japanese and Hindi load when chosen). */
const catalogue = (l: (typeof LOCALES)[number]) => {
  const c = CATALOGUES[l];
  if (!c) throw new Error(`${l} is not loaded`);
  return c;
};

beforeAll(() => Promise.all(LOCALES.map((l) => loadCatalogue(l))));

describe('message catalogues', () => {
  it.each(LOCALES.filter((l) => l !== 'en'))('%s has every key with the same placeholders', (l) => {
    const loaded = catalogue(l);
    expect(Object.keys(loaded).sort()).toEqual([...keys].sort());
    const mismatched = keys.filter(
      (k) => placeholders(loaded[k]).join() !== placeholders(en[k]).join(),
    );
    expect(mismatched).toEqual([]);
  });

  it.each(LOCALES.filter((l) => l !== 'en'))('%s is translated, not copied from English', (l) => {
    // Left in English on purpose: key names, file formats, a URL example, proper names.
    // Messages that are only placeholders and symbols ("{a} ÷ {b} = {result}") are the same anywhere.
    const words = (s: string) => /[a-z]{3}/i.test(s.replace(/\{\w+\}/g, ''));
    const same = keys.filter((k) => catalogue(l)[k] === en[k] && words(en[k]));
    expect(same, same.join(', ')).toEqual(['map.tiles.placeholder']);
  });

  it('picks the first browser language it speaks, else English', () => {
    expect(matchLocale(['ja-JP', 'en-US'])).toBe('ja');
    expect(matchLocale(['fr-FR', 'hi-IN'])).toBe('hi');
    expect(matchLocale(['en-IN'])).toBe('en');
    expect(matchLocale(['de', 'fr'])).toBe('en');
    expect(matchLocale([])).toBe('en');
  });

  it('formats numbers with en-IN only for an English reader who asked for Indian units', () => {
    expect(numberTag('en', false)).toBe('en');
    expect(numberTag('en', true)).toBe('en-IN');
    expect(numberTag('hi', false)).toBe('hi');
    expect(numberTag('ja', true)).toBe('ja');
  });

  it('plural forms follow each language: Hindi counts 0 and 1 as "one"', () => {
    const hi = translator('hi');
    expect(plural(hi, 'hi', 'sites.items', 0)).toBe(
      catalogue('hi')['sites.items.one'].replace('{count}', '0'),
    );
    expect(plural(hi, 'hi', 'sites.items', 2)).toBe(
      catalogue('hi')['sites.items.other'].replace('{count}', '2'),
    );
    const en = translator('en');
    expect(plural(en, 'en', 'sites.items', 0)).toBe('0 items');
    expect(plural(en, 'en-IN', 'sites.items', 1234567)).toBe('12,34,567 items');
  });
});
