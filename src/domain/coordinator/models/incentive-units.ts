/**
 * Incentive allocation by project: the approved units' stated project costs (INR, as the record
 * states them), each with the scheme's share of it under its uniform support rule, derived here
 * (support % × cost), and the programme's totals beside them, each from its own source.
 *
 * Three totals are never merged: the outlay and the approved investment are stated (each with its
 * citation); the sum of the shown units' costs, and of their shares, are derived and say how many
 * units they sum. A share is what the rule implies, not money disbursed.
 *
 * The units are the projects the other views' clauses leave; the view publishes the site clause
 * (as the map does), so its own clause only marks the units at the selected sites.
 */
import { selectedValues, type Clauses } from '../../clauses.ts';
import { isApproximate, operand, percentOf, type DerivedMeasure } from '../../derived.ts';
import type { Records } from '../../records.ts';
import type { Citation, Dataset, Figure, Measure, Project } from '../../schema.ts';
import type { Unit } from '../../schema-enums.ts';
import { selectFiguresById } from '../../selectors.ts';
import type { Source } from '../requests.ts';

export const INCENTIVE_UNIT_FIGURE_IDS = {
  /** The scheme's uniform fiscal support, as a percentage of project cost. */
  support: 'ism-support-share',
  /** The programme's total outlay. */
  outlay: 'ism-outlay',
  /** The approved investment the record states for all the approved units together. */
  approved: 'approved-investment-2025-08',
} as const;

export type ProgrammeFigure = keyof typeof INCENTIVE_UNIT_FIGURE_IDS;

/** A value as its source states it. */
export interface StatedValue {
  figureId: string;
  value: number;
  unit: Unit;
  /** The source's own wording ("₹22,516 crore"). */
  stated: string;
  qualifier: Measure['qualifier'] | null;
  citation: Citation;
}

export interface IncentiveUnit {
  projectId: string;
  name: string;
  /** Where the unit is, when the record says; the site clause's value. */
  siteId: string | null;
  siteName: string | null;
  /** The stated project cost, in INR. */
  cost: StatedValue;
  /** Derived: support % × cost (op 'percent-of'); null when the support share is not in the data. */
  share: DerivedMeasure | null;
  /** The unit's site is in the site clause. */
  selected: boolean;
}

/** A derived sum over the units shown. */
export interface UnitsSum {
  value: number;
  unit: 'INR';
  /** How many units it sums. */
  count: number;
  /** Some operand was hedged in its source ("about"). */
  approximate: boolean;
}

export interface IncentiveUnitsModel {
  /** Projects of the dataset with a stated cost, filtered or not; 0: the view is not shown. */
  available: number;
  /** The units the other clauses leave, largest cost first (then by name). */
  units: readonly IncentiveUnit[];
  /** Derived: the sum of the shown units' stated costs; null when none is shown. */
  costTotal: UnitsSum | null;
  /** Derived: the sum of their shares (support % × costTotal); null without shares. */
  shareTotal: UnitsSum | null;
  support: StatedValue | null;
  outlay: StatedValue | null;
  approved: StatedValue | null;
  /** Programme figures the data lacks, and cost figures named by a project but absent (or not in INR). */
  missing: { programme: readonly ProgrammeFigure[]; costs: readonly string[] };
  hasSelection: boolean;
}

function stated(f: Figure | undefined, unit: Unit): StatedValue | null {
  const m = f?.measures.find((x) => x.unit === unit);
  if (!f || !m) return null;
  return {
    figureId: f.id,
    value: m.value,
    unit,
    stated: m.stated,
    qualifier: m.qualifier ?? null,
    citation: f.citation,
  };
}

interface Costed {
  project: Project;
  cost: StatedValue;
  measure: Measure;
  figure: Figure;
}

/** The dataset's projects with a cost figure, once per dataset. */
const costedCache = new WeakMap<Dataset, { costed: Map<string, Costed>; absent: string[] }>();
function costedProjects(d: Dataset) {
  let entry = costedCache.get(d);
  if (entry) return entry;
  const figures = selectFiguresById(d);
  const costed = new Map<string, Costed>();
  const absent: string[] = [];
  for (const project of d.projects) {
    if (project.costFigureId === undefined) continue;
    const figure = figures.get(project.costFigureId);
    const measure = figure?.measures.find((m) => m.unit === 'INR');
    const cost = stated(figure, 'INR');
    if (figure && measure && cost) costed.set(project.id, { project, cost, measure, figure });
    else absent.push(project.costFigureId);
  }
  costedCache.set(d, (entry = { costed, absent }));
  return entry;
}

export function incentiveUnitsModel(
  source: Source,
  d: Dataset,
  records: Records,
  clauses: Clauses,
): IncentiveUnitsModel {
  const figures = selectFiguresById(d);
  const { costed, absent } = costedProjects(d);
  const supportFigure = figures.get(INCENTIVE_UNIT_FIGURE_IDS.support);
  const support = stated(supportFigure, 'percent');
  const outlay = stated(figures.get(INCENTIVE_UNIT_FIGURE_IDS.outlay), 'INR');
  const approved = stated(figures.get(INCENTIVE_UNIT_FIGURE_IDS.approved), 'INR');
  const programme = (
    [
      ['support', support],
      ['outlay', outlay],
      ['approved', approved],
    ] as const
  ).flatMap(([key, v]) => (v === null ? [key] : []));

  const selectedSites = selectedValues(clauses.site, 'site');
  const units: IncentiveUnit[] = [];
  // A ledger (or a dataset without costs) asks nothing of the records.
  if (costed.size > 0) {
    const rows = source.rows({
      where: { clauses, except: 'site' },
      kind: 'project',
      orderBy: null,
      dir: 1,
      offset: 0,
      limit: records.table.length,
    });
    for (const i of rows) {
      const c = costed.get(records.detail(i).id);
      if (!c) continue;
      const siteId = c.project.siteId ?? null;
      const k = siteId === null ? undefined : records.siteIndex(siteId);
      const supportMeasure = supportFigure?.measures.find((m) => m.unit === 'percent');
      units.push({
        projectId: c.project.id,
        name: c.project.name,
        siteId,
        siteName: k === undefined ? null : records.site(k).name,
        cost: c.cost,
        share:
          support && supportFigure && supportMeasure
            ? {
                value: percentOf(support.value, c.cost.value),
                unit: 'INR',
                op: 'percent-of',
                operands: [operand(supportFigure, supportMeasure), operand(c.figure, c.measure)],
              }
            : null,
        selected: siteId !== null && selectedSites.includes(siteId),
      });
    }
  }
  units.sort(
    (a, b) => b.cost.value - a.cost.value || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0),
  );

  const sum = units.reduce((s, u) => s + u.cost.value, 0);
  const costTotal: UnitsSum | null =
    units.length === 0
      ? null
      : {
          value: sum,
          unit: 'INR',
          count: units.length,
          approximate: units.some((u) => u.cost.qualifier !== null),
        };
  const shareTotal: UnitsSum | null =
    costTotal && support
      ? {
          ...costTotal,
          value: percentOf(support.value, sum),
          approximate:
            costTotal.approximate || units.some((u) => u.share && isApproximate(u.share)),
        }
      : null;
  return {
    available: costed.size,
    units,
    costTotal,
    shareTotal,
    support,
    outlay,
    approved,
    missing: { programme, costs: absent },
    hasSelection: selectedSites.length > 0,
  };
}
