/**
 * The projects table: how many projects every filter leaves (the table is filtered by its own
 * search too), and one page of them in a sort order.
 */
import type { Clauses } from '../../clauses.ts';
import type { RecordDetail, Records, SortKey } from '../../records.ts';
import type { Source } from '../requests.ts';
import { filtersModel } from './filters.ts';

export interface TableSort {
  /** null: the records' own order (a ledger's file order). */
  key: SortKey | null;
  dir: 1 | -1;
}

export interface TableModel {
  shown: number;
  total: number;
  /** The sort in force: the chosen one, else by name (a ledger keeps its file order). */
  sort: TableSort;
}

export function tableModel(
  source: Source,
  records: Records,
  clauses: Clauses,
  chosen: TableSort,
): TableModel {
  const { shown, total } = filtersModel(source, clauses);
  const key = chosen.key ?? (records.origin === 'ledger' ? null : 'name');
  return { shown, total, sort: { key, dir: chosen.dir } };
}

/** Projects at positions first … first + count - 1 of the table's order. */
export function tablePage(
  source: Source,
  records: Records,
  clauses: Clauses,
  sort: TableSort,
  first: number,
  count: number,
): readonly RecordDetail[] {
  return source
    .rows({
      where: { clauses, except: null },
      kind: 'project',
      orderBy: sort.key,
      dir: sort.dir,
      offset: first,
      limit: count,
    })
    .map((i) => records.detail(i));
}
