import { describe, expect, it } from 'vitest';
import {
  changesByKind,
  currentEdition,
  editionsNewestFirst,
  isOlderThan,
  lastDayOf,
  localDay,
  monthsBefore,
  STALE_AFTER_MONTHS,
} from '../../src/domain/editions.ts';
import { EDITIONS } from '../fixtures/trust.ts';

describe('editions', () => {
  it('the loaded edition is the last in the list; none when the list is empty', () => {
    expect(currentEdition(EDITIONS)?.number).toBe(2);
    expect(currentEdition([])).toBeNull();
  });

  it('lists editions newest first without reordering the data', () => {
    const copy = [...EDITIONS];
    expect(editionsNewestFirst(EDITIONS).map((e) => e.number)).toEqual([2, 1]);
    expect(EDITIONS).toEqual(copy);
  });

  it('groups changes by kind in the order added, corrected, contested, left out; empty kinds left out', () => {
    const groups = changesByKind(EDITIONS[1]!);
    expect(groups.map((g) => g.kind)).toEqual(['added', 'corrected', 'left-out']);
    expect(groups[0]!.changes.map((c) => c.text)).toEqual([
      'Ten approved units from the fact sheet.',
      'Page dates on every fact-sheet citation.',
    ]);
  });

  it('a partial date counts to the last day it can mean', () => {
    expect(lastDayOf('2025-08-15')).toBe('2025-08-15');
    expect(lastDayOf('2025-08')).toBe('2025-08-31');
    expect(lastDayOf('2024-02')).toBe('2024-02-29');
    expect(lastDayOf('2025')).toBe('2025-12-31');
    expect(lastDayOf('2017/2020')).toBe('2020-12-31');
    expect(lastDayOf('not a date')).toBeNull();
  });

  it('counts calendar months back, clamping the day to the month', () => {
    expect(monthsBefore('2025-07-15', 6)).toBe('2025-01-15');
    expect(monthsBefore('2025-03-10', 6)).toBe('2024-09-10');
    expect(monthsBefore('2025-08-31', 6)).toBe('2025-02-28');
    expect(monthsBefore('2024-08-31', 6)).toBe('2024-02-29');
  });

  it('reads the day of a Date in its local calendar', () => {
    expect(localDay(new Date(2025, 0, 5, 23, 59))).toBe('2025-01-05');
  });

  describe('older than six months', () => {
    const stale = (date: string, today: string) => isOlderThan(date, today, STALE_AFTER_MONTHS);
    it('is not, on the day six months after the edition', () => {
      expect(stale('2025-01-15', '2025-07-15')).toBe(false);
    });
    it('is, on the day after that', () => {
      expect(stale('2025-01-15', '2025-07-16')).toBe(true);
    });
    it('counts a month-precise edition from the month’s last day', () => {
      expect(stale('2025-01', '2025-07-31')).toBe(false);
      expect(stale('2025-01', '2025-08-01')).toBe(true);
    });
    it('is not for an edition of today or the future', () => {
      expect(stale('2025-09-01', '2025-09-01')).toBe(false);
      expect(stale('2026', '2025-09-01')).toBe(false);
    });
  });
});
