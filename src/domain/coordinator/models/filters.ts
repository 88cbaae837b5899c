/**
 * The filters in force and what they leave: the chips, the live count, the empty-result message
 * and the printed brief's filter line all read this one model.
 */
import { activeClauses, type Clause, type Clauses, type ViewId } from '../../clauses.ts';
import { NO_FILTER, type Source } from '../requests.ts';

export interface FiltersModel {
  /** One entry per clause, in the views' order. */
  entries: readonly (readonly [ViewId, Clause])[];
  /** Projects every clause leaves, and all projects. */
  shown: number;
  total: number;
}

export function filtersModel(source: Source, clauses: Clauses): FiltersModel {
  return {
    entries: activeClauses(clauses),
    shown: source.count({ where: { clauses, except: null }, kind: 'project' }),
    total: source.count({ where: NO_FILTER, kind: 'project' }),
  };
}
