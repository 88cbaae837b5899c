import type { Row } from '../../domain/crossfilter.ts';

export type SortKey = 'name' | 'sector' | 'type' | 'status' | 'site' | 'year' | 'country';

const text = (r: Row, key: SortKey): string => {
  switch (key) {
    case 'name':
      return r.label;
    case 'status':
      return r.status ?? '';
    case 'year':
      return '';
    default:
      return r[key].join(',');
  }
};

/** Order by `key` in direction `dir`; undated rows and empty cells go last either way; ties by name. */
export function compareRows(a: Row, b: Row, key: SortKey, dir: 1 | -1 = 1): number {
  if (key === 'year') {
    if (a.year === b.year) return a.label.localeCompare(b.label);
    if (a.year === null) return 1;
    if (b.year === null) return -1;
    return (a.year - b.year) * dir;
  }
  const x = text(a, key);
  const y = text(b, key);
  if (x === y) return a.label.localeCompare(b.label);
  if (x === '') return 1;
  if (y === '') return -1;
  return x.localeCompare(y) * dir;
}
