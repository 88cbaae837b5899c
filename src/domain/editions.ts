/**
 * The dataset's editions (newest last in the data): the one loaded, the list newest first, each
 * edition's changes by kind, and whether an edition is older than a number of months on a given day.
 * Days are YYYY-MM-DD strings in the reader's calendar, so that no time zone enters the comparison.
 */
import type { Edition } from './schema.ts';
import { daysInMonth, parsePartialDate } from './dates.ts';

export type ChangeKind = Edition['changes'][number]['kind'];
export const CHANGE_KINDS: readonly ChangeKind[] = ['added', 'corrected', 'contested', 'left-out'];

/** The edition loaded: the last in the list; null when the dataset names none (a ledger). */
export function currentEdition(editions: readonly Edition[]): Edition | null {
  return editions.at(-1) ?? null;
}

/** Editions newest first (the data lists them newest last). */
export function editionsNewestFirst(editions: readonly Edition[]): Edition[] {
  return [...editions].reverse();
}

export interface ChangeGroup {
  kind: ChangeKind;
  changes: Edition['changes'];
}

/** An edition's changes grouped by kind, in CHANGE_KINDS order; empty groups are left out. */
export function changesByKind(edition: Edition): ChangeGroup[] {
  return CHANGE_KINDS.map((kind) => ({
    kind,
    changes: edition.changes.filter((c) => c.kind === kind),
  })).filter((g) => g.changes.length > 0);
}

const pad = (n: number) => String(n).padStart(2, '0');
const day = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;

/** The day of a Date in the calendar of the machine it runs on (the reader's). */
export function localDay(date: Date): string {
  return day(date.getFullYear(), date.getMonth() + 1, date.getDate());
}

/** The last day a partial date can mean (2025-08 → 2025-08-31; 2017/2020 → 2020-12-31), or null. */
export function lastDayOf(date: string): string | null {
  const d = parsePartialDate(date);
  if (!d) return null;
  if (d.precision === 'day') return day(d.endYear, d.month ?? 1, d.day ?? 1);
  if (d.precision === 'month')
    return day(d.endYear, d.month ?? 12, daysInMonth(d.endYear, d.month ?? 12));
  return day(d.endYear, 12, 31);
}

/** The day `months` calendar months before `today` (YYYY-MM-DD); 31 August less 6 months is 28/29 February. */
export function monthsBefore(today: string, months: number): string {
  const [y = 0, m = 1, d = 1] = today.split('-').map(Number);
  const index = y * 12 + (m - 1) - months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return day(year, month, Math.min(d, daysInMonth(year, month)));
}

/**
 * Whether a dated thing is more than `months` months old on `today`. A partial date counts from the
 * last day it can mean, so that an edition of "2025-08" is never called older than it may be.
 */
export function isOlderThan(date: string, today: string, months: number): boolean {
  const last = lastDayOf(date);
  return last !== null && last < monthsBefore(today, months);
}

/** Six months: past it, the header says the edition may be out of date. */
export const STALE_AFTER_MONTHS = 6;
