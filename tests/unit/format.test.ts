import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  currencySymbol,
  formatOrdinal,
  formatPartialDate,
  formatValue,
} from '../../src/domain/format.ts';
import { UNITS, type Unit } from '../../src/domain/schema-enums.ts';

describe('formatValue (en)', () => {
  it.each<[number, Unit, string]>([
    [650e9, 'INR', '₹650 billion'],
    [629e9, 'INR', '₹629 billion'],
    [7.41e9, 'USD', '$7.41 billion'],
    [19.5e9, 'USD', '$19.5 billion'],
    [0.24e9, 'USD', '$240 million'],
    [10e12, 'JPY', '¥10 trillion'],
    [1e12, 'JPY', '¥1 trillion'],
  ])('amount %d %s → %s', (value, unit, expected) => {
    expect(formatValue(value, unit, 'en')).toBe(expected);
  });

  it('percent with one decimal: 96.77 → 96.8%', () => {
    expect(formatValue((629 / 650) * 100, 'percent', 'en')).toBe('96.8%');
    expect(formatValue(50, 'percent', 'en')).toBe('50%');
  });

  it('signed growth: +163.6%, −5%, and no sign on zero', () => {
    expect(formatValue(((58 - 22) / 22) * 100, 'percent', 'en', { signed: true })).toBe('+163.6%');
    expect(formatValue(-5, 'percent', 'en', { signed: true })).toBe('-5%');
    expect(formatValue(0, 'percent', 'en', { signed: true })).toBe('0%');
  });

  it('fractions as glyphs: 1/3 → ⅓, 2/3 → ⅔, ½; others as a percentage', () => {
    expect(formatValue(1 / 3, 'fraction', 'en')).toBe('⅓');
    expect(formatValue(2 / 3, 'fraction', 'en')).toBe('⅔');
    expect(formatValue(0.5, 'fraction', 'en')).toBe('½');
    expect(formatValue(0.37, 'fraction', 'en')).toBe('37%');
  });

  it.each([
    [1, '1st'],
    [2, '2nd'],
    [3, '3rd'],
    [4, '4th'],
    [11, '11th'],
    [12, '12th'],
    [13, '13th'],
    [15, '15th'],
    [21, '21st'],
    [22, '22nd'],
    [101, '101st'],
    [111, '111th'],
  ])('ordinal %d → %s', (value, expected) => {
    expect(formatValue(value, 'ordinal', 'en')).toBe(expected);
    expect(formatOrdinal(value, 'en')).toBe(expected);
  });

  it('counts: 25,000 grouped; 1.5 million spelled; 5.5 with one decimal', () => {
    expect(formatValue(25000, 'count', 'en')).toBe('25,000');
    expect(formatValue(790000, 'people', 'en')).toBe('790,000');
    expect(formatValue(1.5e6, 'people', 'en')).toBe('1.5 million');
    expect(formatValue(5.5, 'count', 'en')).toBe('5.5');
    expect(formatValue(400, 'MW', 'en')).toBe('400');
  });

  it('non-finite values render as an en dash, whatever the unit', () => {
    for (const unit of ['INR', 'percent', 'count', 'fraction', 'ordinal'] as const) {
      expect(formatValue(NaN, unit, 'en')).toBe('–');
      expect(formatValue(Infinity, unit, 'en')).toBe('–');
      expect(formatValue(-Infinity, unit, 'en')).toBe('–');
    }
  });

  it('rates keep one decimal in the currency: ¥147.1, ₹87.7', () => {
    expect(formatValue(10e12 / 68e9, 'JPY', 'en', { rate: true })).toBe('¥147.1');
    expect(formatValue(650e9 / 7.41e9, 'INR', 'en', { rate: true })).toBe('₹87.7');
  });

  it('never throws and never returns an empty string for finite numbers (property)', () => {
    const units: readonly Unit[] = UNITS;
    fc.assert(
      fc.property(
        fc.double({ noNaN: true, noDefaultInfinity: true }),
        fc.constantFrom(...units),
        (v, unit) => {
          expect(formatValue(v, unit, 'en').length).toBeGreaterThan(0);
        },
      ),
    );
  });

  // BUG: the currency symbol is prepended to an already-signed compact number, giving "₹-21 billion".
  it('a negative amount puts the minus sign before the currency symbol', () => {
    expect(formatValue(-21e9, 'INR', 'en')).toBe('-₹21 billion');
  });
});

describe('currencySymbol', () => {
  it('uses narrow symbols', () => {
    expect([
      currencySymbol('INR', 'en'),
      currencySymbol('USD', 'en'),
      currencySymbol('JPY', 'en'),
    ]).toEqual(['₹', '$', '¥']);
  });
});

describe('formatPartialDate (en)', () => {
  it.each([
    ['2017/2020', '2017–2020'],
    ['2023-07-20', 'July 20, 2023'],
    ['2025-08', 'August 2025'],
    ['2030', '2030'],
    ['2024-02-29', 'February 29, 2024'],
    ['2025-01-01', 'January 1, 2025'],
  ])('%s → %s', (value, expected) => {
    expect(formatPartialDate(value, 'en')).toBe(expected);
  });

  it('leaves an invalid date as written', () => {
    expect(formatPartialDate('2023-02-30', 'en')).toBe('2023-02-30');
  });

  it('does not shift a day in a time zone behind UTC', () => {
    const saved = process.env['TZ'];
    process.env['TZ'] = 'America/Los_Angeles';
    try {
      expect(new Date(Date.UTC(2025, 0, 1)).getDate()).toBe(31); // the zone change took effect
      expect(formatPartialDate('2025-01-01', 'en')).toBe('January 1, 2025');
      expect(formatPartialDate('2025-08', 'en')).toBe('August 2025');
    } finally {
      if (saved === undefined) delete process.env['TZ'];
      else process.env['TZ'] = saved;
    }
  });
});

describe('formatValue in Indian and Japanese units', () => {
  it.each<[number, Unit, string, string]>([
    [650e9, 'INR', 'hi', '₹65,000 करोड़'],
    [629e9, 'INR', 'hi', '₹62,900 करोड़'],
    [2.4e8, 'INR', 'hi', '₹24 करोड़'],
    [1.5e5, 'INR', 'hi', '₹1.5 लाख'],
    [12e12, 'INR', 'hi', '₹12 लाख करोड़'],
    [650e9, 'INR', 'en-IN', '₹65,000 crore'],
    [21e9, 'INR', 'en-IN', '₹2,100 crore'],
    [10e12, 'JPY', 'en-IN', '¥10 trillion'], // Indian units are for rupees only
    [5e9, 'USD', 'en-IN', '$5 billion'],
    [10e12, 'JPY', 'ja', '￥10兆'],
    [650e9, 'INR', 'ja', '₹6500億'],
    [7.41e9, 'USD', 'ja', '$74.1億'],
  ])('%d %s in %s → %s', (value, unit, locale, expected) => {
    expect(formatValue(value, unit, locale)).toBe(expected);
  });

  it('ordinals in Japanese and Hindi', () => {
    expect(formatOrdinal(5, 'ja')).toBe('5番目');
    expect(formatOrdinal(2, 'hi')).toBe('दूसरा');
    expect(formatOrdinal(9, 'hi')).toBe('9वाँ');
  });

  it('dates in each locale: month names and order', () => {
    expect(formatPartialDate('2025-08', 'ja')).toBe('2025年8月');
    expect(formatPartialDate('2025-08', 'hi')).toBe('अगस्त 2025');
    expect(formatPartialDate('2023-07-20', 'ja')).toBe('2023年7月20日');
  });
});
