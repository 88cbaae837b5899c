/**
 * Projects per sector, type or partner country: the finished model of a category chart, its
 * buttons and its takeaway. Pixels and words are the view's; order, counts and selection are here.
 */
import { selectedValues, type Clauses, type InField } from '../../clauses.ts';
import { NO_FILTER, type Source } from '../requests.ts';

export type CategoryView = 'sector' | 'type' | 'country';

export interface CategoryBar {
  key: string;
  /** Projects of the view's rows (under every filter but the view's own). */
  count: number;
  /** Projects of the whole dataset: fixes the order, so filtering changes lengths, not positions. */
  overall: number;
  /** Part of this view's own selection. */
  selected: boolean;
}

export interface CategoryModel {
  field: CategoryView & InField;
  /** Every value a project of the dataset carries, most projects overall first, then by key. */
  bars: readonly CategoryBar[];
  /** Projects in the view's rows (a project with two values counts once here). */
  total: number;
  hasSelection: boolean;
  /** The keys sharing the largest non-zero count, in bar order (the takeaway); empty when none. */
  leaders: readonly string[];
  /** The largest count (0 when nothing matches). */
  top: number;
}

/**
 * Every category of the dataset stays, at zero if need be, so bars go to zero instead of vanishing.
 * The order comes from the whole dataset, never from the filtered counts: a bar or button the user
 * is looking at, or has selected, does not jump when another filter applies, nor when the language
 * changes (ties go by key, not by the translated label).
 */
export function categoryModel(
  source: Source,
  clauses: Clauses,
  field: CategoryView,
): CategoryModel {
  const where = { clauses, except: field };
  const { keys, counts } = source.groups({ where, kind: 'project', groupBy: field });
  const overall = source.groups({ where: NO_FILTER, kind: 'project', groupBy: field }).counts;
  const selected = selectedValues(clauses[field], field);
  const bars: CategoryBar[] = [];
  keys.forEach((key, k) => {
    const all = overall[k] ?? 0;
    if (all > 0)
      bars.push({ key, count: counts[k] ?? 0, overall: all, selected: selected.includes(key) });
  });
  bars.sort((a, b) => b.overall - a.overall || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const top = bars.reduce((m, b) => Math.max(m, b.count), 0);
  return {
    field,
    bars,
    total: source.count({ where, kind: 'project' }),
    hasSelection: selected.length > 0,
    leaders: top === 0 ? [] : bars.filter((b) => b.count === top).map((b) => b.key),
    top,
  };
}
