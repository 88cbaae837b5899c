/** Cache keys for what a view model reads: the clauses it is filtered by, and its own clause. */
import { activeClauses, type Clause, type Clauses, type ViewId } from '../clauses.ts';
import { clauseKey } from '../columns/masks.ts';

const keys = new WeakMap<Clause, string>();

/** What a clause selects, as a string (equal clauses, equal keys); '' for no clause. */
export function keyOf(clause: Clause | undefined): string {
  if (clause === undefined) return '';
  let key = keys.get(clause);
  if (key === undefined) keys.set(clause, (key = clauseKey(clause)));
  return key;
}

/** The filter a view is under: every clause but its own (`except`), as a string. */
export function filterKey(clauses: Clauses, except: ViewId | null): string {
  let out = '';
  for (const [view, clause] of activeClauses(clauses, except)) out += `${view}=${keyOf(clause)};`;
  return out;
}
