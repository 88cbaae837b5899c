/**
 * Dates at the precision the articles give: a year, a month, a day, or a period of years.
 * Stored as strings (YYYY, YYYY-MM, YYYY-MM-DD, YYYY/YYYY) so that precision is never lost or invented.
 */

export type DatePrecision = 'day' | 'month' | 'year' | 'period';

export interface PartialDate {
  precision: DatePrecision;
  /** First and last year covered (equal except for periods). */
  startYear: number;
  endYear: number;
  month?: number;
  day?: number;
}

const PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const PERIOD = /^(\d{4})\/(\d{4})$/;

/** Days in a month (1–12) of the Gregorian calendar. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

export function parsePartialDate(value: string): PartialDate | null {
  const period = PERIOD.exec(value);
  if (period) {
    const start = Number(period[1]);
    const end = Number(period[2]);
    if (end <= start) return null;
    return { precision: 'period', startYear: start, endYear: end };
  }
  const m = PATTERN.exec(value);
  if (!m) return null;
  const year = Number(m[1]);
  if (m[2] === undefined) return { precision: 'year', startYear: year, endYear: year };
  const month = Number(m[2]);
  if (month < 1 || month > 12) return null;
  if (m[3] === undefined) return { precision: 'month', startYear: year, endYear: year, month };
  const day = Number(m[3]);
  if (day < 1 || day > daysInMonth(year, month)) return null;
  return { precision: 'day', startYear: year, endYear: year, month, day };
}

export function isValidPartialDate(value: string): boolean {
  return parsePartialDate(value) !== null;
}

/** Number of calendar years a period covers, counting both ends (2017/2020 covers 4 years). */
export function yearsCovered(date: PartialDate): number {
  return date.endYear - date.startYear + 1;
}
