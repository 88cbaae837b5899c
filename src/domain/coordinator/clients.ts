/**
 * Every view's declaration of the model it needs: what it reads (its key) and how the model is
 * built. Views hold these constants and ask the coordinator; they never filter or count themselves.
 */
import type { ViewClient } from './coordinator.ts';
import { filterKey, keyOf } from './keys.ts';
import { categoryModel, type CategoryModel, type CategoryView } from './models/category.ts';
import { filtersModel, type FiltersModel } from './models/filters.ts';
import { incentiveUnitsModel, type IncentiveUnitsModel } from './models/incentive-units.ts';
import { incentivesModel, type IncentivesModel } from './models/incentives.ts';
import { investmentsModel, type InvestmentsModel } from './models/investments.ts';
import { siteDetailModel, type SiteDetailModel } from './models/site-detail.ts';
import { sitesModel, type SitesModel } from './models/sites.ts';
import { tableModel, tablePage, type TableModel, type TableSort } from './models/table.ts';
import { timelineModel, type TimelineModel } from './models/timeline.ts';
import type { RecordDetail } from '../records.ts';
import { selectYearExtent } from '../selectors.ts';

const category = (view: CategoryView): ViewClient<CategoryModel> => ({
  id: `category:${view}`,
  key: (i) => `${filterKey(i.clauses, view)}|${keyOf(i.clauses[view])}`,
  model: (s, i) => categoryModel(s, i.clauses, view),
});

export const CATEGORY_CLIENTS: Readonly<Record<CategoryView, ViewClient<CategoryModel>>> = {
  sector: category('sector'),
  type: category('type'),
  country: category('country'),
};

export const TIMELINE_CLIENT: ViewClient<TimelineModel> = {
  id: 'timeline',
  key: (i) => `${filterKey(i.clauses, 'timeline')}|${keyOf(i.clauses.timeline)}`,
  model: (s, i) => timelineModel(s, i.clauses, selectYearExtent(i.dataset, i.records)),
};

/** A national total: it reads only the timeline's range, which it highlights. */
export const INVESTMENTS_CLIENT: ViewClient<InvestmentsModel> = {
  id: 'investments',
  key: (i) => keyOf(i.clauses.timeline),
  model: (_s, i) => investmentsModel(i.dataset, i.clauses),
};

/** A national total: it reads only the preferred currency. */
export const INCENTIVES_CLIENT: ViewClient<IncentivesModel> = {
  id: 'incentives',
  key: (i) => i.currency,
  model: (_s, i) => incentivesModel(i.dataset, i.currency),
};

/**
 * The approved units' costs and the scheme's share of each. It publishes the site clause (as the
 * map does), so it is under every clause but that one and marks the sites it selects.
 */
export const INCENTIVE_UNITS_CLIENT: ViewClient<IncentiveUnitsModel> = {
  id: 'incentive-units',
  key: (i) => `${filterKey(i.clauses, 'site')}|${keyOf(i.clauses.site)}`,
  model: (s, i) => incentiveUnitsModel(s, i.dataset, i.records, i.clauses),
};

/** The map, its site list and the printed map. */
export const SITES_CLIENT: ViewClient<SitesModel> = {
  id: 'sites',
  key: (i) => `${filterKey(i.clauses, 'site')}|${keyOf(i.clauses.site)}`,
  model: (s, i) => sitesModel(s, i.records, i.clauses),
};

export const SITE_DETAIL_CLIENT: ViewClient<SiteDetailModel, string> = {
  id: 'site-detail',
  key: (i, siteId) => `${filterKey(i.clauses, 'site')}|${siteId}`,
  model: (s, i, siteId) => siteDetailModel(s, i.records, i.clauses, siteId),
};

/** The chips, the live count and the printed filter line. */
export const FILTERS_CLIENT: ViewClient<FiltersModel> = {
  id: 'filters',
  key: (i) => filterKey(i.clauses, null),
  model: (s, i) => filtersModel(s, i.clauses),
};

const sortKey = (sort: TableSort) => `${sort.key ?? ''}:${sort.dir}`;

export const TABLE_CLIENT: ViewClient<TableModel, TableSort> = {
  id: 'table',
  key: (i, sort) => `${filterKey(i.clauses, null)}|${sortKey(sort)}`,
  model: (s, i, sort) => tableModel(s, i.records, i.clauses, sort),
};

export interface PageRequest {
  /** The sort in force (TableModel.sort). */
  sort: TableSort;
  first: number;
  count: number;
}

export const TABLE_PAGE_CLIENT: ViewClient<readonly RecordDetail[], PageRequest> = {
  id: 'table-page',
  key: (i, p) => `${filterKey(i.clauses, null)}|${sortKey(p.sort)}|${p.first}|${p.count}`,
  model: (s, i, p) => tablePage(s, i.records, i.clauses, p.sort, p.first, p.count),
};
