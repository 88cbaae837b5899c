import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isValidPartialDate, parsePartialDate, yearsCovered } from '../../src/domain/dates.ts';

describe('parsePartialDate', () => {
  it('reads a year', () => {
    expect(parsePartialDate('2025')).toEqual({ precision: 'year', startYear: 2025, endYear: 2025 });
  });

  it('reads a month', () => {
    expect(parsePartialDate('2025-08')).toEqual({
      precision: 'month',
      startYear: 2025,
      endYear: 2025,
      month: 8,
    });
  });

  it('reads a day', () => {
    expect(parsePartialDate('2023-07-20')).toEqual({
      precision: 'day',
      startYear: 2023,
      endYear: 2023,
      month: 7,
      day: 20,
    });
  });

  it('reads a period of years', () => {
    expect(parsePartialDate('2017/2020')).toEqual({
      precision: 'period',
      startYear: 2017,
      endYear: 2020,
    });
  });

  it('accepts 29 February in a leap year only', () => {
    expect(parsePartialDate('2024-02-29')?.day).toBe(29);
    expect(parsePartialDate('2000-02-29')?.day).toBe(29);
    expect(parsePartialDate('2023-02-29')).toBeNull();
    expect(parsePartialDate('1900-02-29')).toBeNull();
  });

  it.each([
    ['2023-02-30', 'a day past the end of February'],
    ['2023-04-31', 'the 31st of a 30-day month'],
    ['2023-13', 'month 13'],
    ['2023-00', 'month 0'],
    ['2023-01-00', 'day 0'],
    ['2020/2017', 'a period that runs backwards'],
    ['2020/2020', 'a period of a single year'],
    ['23', 'a two-digit year'],
    ['2023-7-20', 'an unpadded month'],
    ['2023-07-20T00:00', 'a time'],
    [' 2023', 'surrounding space'],
    ['2023/', 'a half period'],
    ['', 'an empty string'],
  ])('rejects %s (%s)', (value) => {
    expect(parsePartialDate(value)).toBeNull();
    expect(isValidPartialDate(value)).toBe(false);
  });

  it('accepts every real calendar day and round-trips it (property)', () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date(Date.UTC(1000, 0, 1)),
          max: new Date(Date.UTC(9999, 11, 31)),
          noInvalidDate: true,
        }),
        (date) => {
          const iso = date.toISOString().slice(0, 10);
          const parsed = parsePartialDate(iso);
          expect(parsed).toEqual({
            precision: 'day',
            startYear: date.getUTCFullYear(),
            endYear: date.getUTCFullYear(),
            month: date.getUTCMonth() + 1,
            day: date.getUTCDate(),
          });
        },
      ),
    );
  });
});

describe('yearsCovered', () => {
  it('counts both ends of a period: 2017/2020 covers 4 years', () => {
    const period = parsePartialDate('2017/2020');
    expect(period).not.toBeNull();
    if (period) expect(yearsCovered(period)).toBe(4);
  });

  it('is 1 for a single year, month or day', () => {
    for (const value of ['2025', '2025-08', '2023-07-20']) {
      const d = parsePartialDate(value);
      expect(d && yearsCovered(d)).toBe(1);
    }
  });

  it('is end − start + 1 for any valid period (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1000, max: 9998 }),
        fc.integer({ min: 1, max: 500 }),
        (start, span) => {
          const end = Math.min(start + span, 9999);
          const d = parsePartialDate(`${start}/${end}`);
          expect(d && yearsCovered(d)).toBe(end - start + 1);
        },
      ),
    );
  });
});
