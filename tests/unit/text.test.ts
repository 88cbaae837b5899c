import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ellipsizeMiddle } from '../../src/domain/text.ts';

const brokenPair = (s: string) =>
  /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(s);

describe('ellipsizeMiddle', () => {
  it('keeps short text, shortens long text in the middle, keeping the end (an extension)', () => {
    expect(ellipsizeMiddle('ledger.csv', 20)).toBe('ledger.csv');
    expect(ellipsizeMiddle('a-very-long-file-name-2024.csv', 15)).toBe('a-very-…024.csv');
    expect(ellipsizeMiddle('abcdef', 1)).toBe('…');
    expect(ellipsizeMiddle('abcdef', 0)).toBe('');
  });

  it('never cuts a surrogate pair in two', () => {
    const s = '𝕎'.repeat(50);
    const short = ellipsizeMiddle(s, 10);
    expect(short.length).toBeLessThanOrEqual(10);
    expect(brokenPair(short)).toBe(false);
  });

  it('is never longer than max and starts and ends like the text (property)', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 300 }).filter((s) => !s.includes('…')),
        fc.nat(120),
        (text, max) => {
          const short = ellipsizeMiddle(text, max);
          expect(short.length).toBeLessThanOrEqual(max);
          if (text.length <= max) expect(short).toBe(text);
          else if (max > 0) {
            const [head = '', tail = ''] = short.split('…');
            expect(text.startsWith(head)).toBe(true);
            expect(text.endsWith(tail)).toBe(true);
            if (!brokenPair(text)) expect(brokenPair(short)).toBe(false);
          }
        },
      ),
    );
  });
});
