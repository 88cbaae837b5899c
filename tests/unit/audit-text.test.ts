import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseStatedDate, parseStatedNumber, sameNumber } from '../../tools/audit/stated.ts';
import {
  figureTokens,
  fold,
  occurrences,
  sentenceAround,
  shingles,
  splitParagraphs,
} from '../../tools/audit/text.ts';

describe('parseStatedNumber', () => {
  it.each([
    ['INR 629 billion', 629e9, ['INR']],
    ['US $7.41 billion', 7.41e9, ['USD']],
    ['$68 billion', 68e9, ['USD']],
    ['¥10 trillion', 10e12, ['JPY']],
    ['Rs. 500 crore', 500e7, ['INR']],
    ['97%', 97, ['percent']],
    ['25,000', 25000, ['count', 'people', 'companies']],
    ['1.5 million', 1.5e6, ['count', 'people', 'companies']],
    ['Over 100', 100, ['count', 'people', 'companies']],
    ['eight priority areas', 8, ['count', 'people', 'companies']],
    ['15th', 15, ['ordinal']],
    ['400MW', 400, ['MW']],
    ['five years', 5, ['years']],
    ['next decade', 10, ['years']],
    ['two-day', 2, ['days']],
  ])('%s → %d %j', (stated, value, units) => {
    const parsed = parseStatedNumber(stated);
    expect(parsed).not.toBeNull();
    expect(sameNumber(parsed?.value ?? NaN, value)).toBe(true);
    expect(parsed?.units).toEqual(units);
  });

  it('reads fractions: one-third, two-thirds, half', () => {
    expect(parseStatedNumber('one-third')).toEqual({ value: 1 / 3, units: ['fraction'] });
    expect(parseStatedNumber('two-thirds of output')).toEqual({
      value: 2 / 3,
      units: ['fraction'],
    });
    expect(parseStatedNumber('half')).toEqual({ value: 1 / 2, units: ['fraction'] });
  });

  it('returns null when there is no number', () => {
    expect(parseStatedNumber('several companies')).toBeNull();
    expect(parseStatedNumber('')).toBeNull();
  });

  it('reads any grouped integer it is given (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e12 }), (n) => {
        expect(parseStatedNumber(n.toLocaleString('en-US'))?.value).toBe(n);
      }),
    );
  });

  // BUG: WORD_VALUES is scanned in insertion order and stops at the first hit, so a compound
  // number word is read as its last part ("twenty-five" → 5) or first part ("one hundred" → 1).
  it('reads compound number words: "twenty-five" → 25, "one hundred" → 100', () => {
    expect(parseStatedNumber('twenty-five engineers')?.value).toBe(25);
    expect(parseStatedNumber('one hundred members')?.value).toBe(100);
  });
});

describe('sameNumber', () => {
  it('tolerates float noise but not real differences', () => {
    expect(sameNumber(0.1 + 0.2, 0.3)).toBe(true);
    expect(sameNumber(7.41e9, 7.41 * 1e9)).toBe(true);
    expect(sameNumber(58, 59)).toBe(false);
    expect(sameNumber(650e9, 650e9 + 1e6)).toBe(false);
  });
});

describe('parseStatedDate', () => {
  it.each([
    ['July 20, 2023', { years: [2023], month: 7, day: 20 }],
    ['July, 2023', { years: [2023], month: 7 }],
    ['August 2025', { years: [2025], month: 8 }],
    ['In August', { years: [], month: 8 }],
    ['Between 2017 and 2020', { years: [2017, 2020] }],
    ['SEMICON India 2025', { years: [2025] }],
    ['by 2030', { years: [2030] }],
  ])('%s → %j', (stated, expected) => {
    expect(parseStatedDate(stated)).toEqual(expected);
  });

  it('does not read a year as a day ("July 2023" has no day)', () => {
    expect(parseStatedDate('July 2023')?.day).toBeUndefined();
  });

  it('returns null without a year or a month', () => {
    expect(parseStatedDate('the next decade')).toBeNull();
    expect(parseStatedDate('Articles: 1781')).toBeNull();
  });
});

describe('splitParagraphs', () => {
  it('skips blank and whitespace-only lines, handles CRLF and strips a BOM', () => {
    const text = '\uFEFFHeadline\r\n\r\n   \n\t\nFirst paragraph.\n\u00a0\nSecond.\n';
    expect(splitParagraphs(text)).toEqual(['Headline', 'First paragraph.', 'Second.']);
  });

  it('numbers paragraphs in file order (index + 1)', () => {
    const paras = splitParagraphs('a\n\nb\n\n\nc');
    expect(paras.indexOf('c') + 1).toBe(3);
  });
});

describe('fold', () => {
  it('lower-cases and folds curly quotes, dashes and odd spaces', () => {
    expect(fold('“India’s” – Chips\u00a0Mission\u202f—')).toBe('"india\'s" - chips mission -');
  });

  it('keeps characters whose lower case would change the length (İ)', () => {
    expect(fold('İSTANBUL')).toBe('İstanbul');
  });

  it('always keeps the length, for any string (property)', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (s) => fold(s).length === s.length));
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), (s) => fold(s).length === s.length));
  });
});

describe('occurrences', () => {
  it('finds every start offset, ignoring case, quote style and runs of spaces in the needle', () => {
    expect(occurrences('Two chips, two “Fabs”.', 'two')).toEqual([
      { start: 0, end: 3 },
      { start: 11, end: 14 },
    ]);
    expect(occurrences('India’s mission', "INDIA'S   MISSION")).toEqual([{ start: 0, end: 15 }]);
    expect(occurrences('over  100 members', 'over 100')).toEqual([{ start: 0, end: 9 }]);
    expect(occurrences('abc', '   ')).toEqual([]);
  });
});

describe('figureTokens', () => {
  it('finds digit runs with separators and number words', () => {
    const tokens = figureTokens(
      'Japan supplies one-third of 1,500.5 units and 25,000 more, twenty in all.',
    );
    expect(tokens.map((t) => t.text)).toEqual(['third', '1,500.5', '25,000', 'twenty']);
  });

  it('finds "one-third" through "third" but does not count "one" on its own', () => {
    expect(figureTokens('one-third').map((t) => t.text)).toEqual(['third']);
    expect(figureTokens('one of them')).toEqual([]);
  });

  it('does not glue a date’s day to its year', () => {
    expect(figureTokens('July 20, 2023').map((t) => t.text)).toEqual(['20', '2023']);
  });

  it('gives offsets that slice back to the token (property)', () => {
    const words = fc.constantFrom(
      'chips',
      '58',
      'twenty',
      '1,781',
      'one-third',
      'decade',
      'G-20',
      '¥10',
      'and',
      'ThIrD',
    );
    fc.assert(
      fc.property(fc.array(words, { maxLength: 20 }), (parts) => {
        const text = parts.join(' ');
        for (const t of figureTokens(text)) expect(text.slice(t.start, t.end)).toBe(t.text);
      }),
    );
  });
});

describe('sentenceAround and shingles', () => {
  it('sentenceAround returns the sentence holding the index', () => {
    const p = 'First one. Then 58 came. Last.';
    expect(sentenceAround(p, p.indexOf('58'))).toBe('Then 58 came.');
  });

  it('shingles are lower-case n-grams of words, punctuation ignored', () => {
    expect([...shingles('Japan, India: the “Chip” deal!', 3)]).toEqual([
      'japan india the',
      'india the chip',
      'the chip deal',
    ]);
    expect(shingles('too short', 3).size).toBe(0);
  });
});
