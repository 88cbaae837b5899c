/**
 * Values from data inside messages: right-to-left text and bidi controls are isolated, so a name
 * cannot reorder the message around it; every other value is inserted as it is, once.
 */
import { describe, expect, it } from 'vitest';
import { isolate, translate } from '../../src/i18n/i18n.ts';

const FSI = '\u2068';
const PDI = '\u2069';

describe('message parameters and bidirectional text', () => {
  it('isolates a value with a right-to-left override, so it cannot turn the rest around', () => {
    const text = translate('en', 'detail.where', {
      region: 'file\u202Egnp.exe',
      country: 'India',
      precision: 'city-level',
    });
    expect(text).toBe(`${FSI}file\u202Egnp.exe${PDI}, India · city-level`);
  });

  it.each([
    ['Hebrew', 'שותפות'],
    ['Arabic', 'شراكة'],
    ['a right-to-left mark', 'a\u200Fb'],
    ['an isolate left open', 'a\u2067b'],
    ['an embedding', 'a\u202Bb'],
  ])('isolates %s', (_name, value) => {
    expect(isolate(value)).toBe(`${FSI}${value}${PDI}`);
  });

  it.each([
    ['Latin', 'Dholera'],
    ['Japanese', '半導体'],
    ['Devanagari', 'सेमीकंडक्टर'],
    ['emoji', '👩🏽‍🔬 🇮🇳'],
    ['a zero-width no-break space', 'a\uFEFFb'],
    ['a number', '25'],
  ])('leaves %s as it is', (_name, value) => {
    expect(isolate(value)).toBe(value);
  });

  it('inserts values once: placeholders and replacement patterns in a value stay text', () => {
    expect(translate('en', 'import.loaded', { file: "{file} $& $' $` $$" })).toBe(
      "{file} $& $' $` $$ loaded.",
    );
  });
});
