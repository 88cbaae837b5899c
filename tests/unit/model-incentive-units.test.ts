/**
 * The incentive-units model (src/domain/coordinator/models/incentive-units.ts): the approved units'
 * stated costs, the derived 50% share of each with its operands, the derived sums beside the stated
 * outlay and approved investment, filtered by every clause but the site clause it publishes.
 */
import { describe, expect, it } from 'vitest';
import type { Clauses } from '../../src/domain/clauses.ts';
import {
  INCENTIVE_UNITS_CLIENT,
  incentiveUnitsModel,
  type IncentiveUnitsModel,
} from '../../src/domain/coordinator/index.ts';
import type { Dataset } from '../../src/domain/schema.ts';
import { bundledDataset } from '../fixtures/bundled.ts';
import { withoutFigures } from '../fixtures/unit-costs.ts';
import { modelsOf } from '../support/models.ts';

const CRORE = 1e7;
/** Edition 2: the ten approved units of the public record (A1–A10) and the programme totals (B). */
const dataset = bundledDataset();

const modelOf = (d: Dataset, clauses: Clauses = {}): IncentiveUnitsModel => {
  const { coordinator, inputs } = modelsOf(d);
  return coordinator.get(INCENTIVE_UNITS_CLIENT, inputs(clauses));
};
const inType = (...values: string[]): Clauses => ({
  type: { kind: 'in', field: 'type', values },
});
const atSites = (...values: string[]): Clauses => ({
  site: { kind: 'in', field: 'site', values },
});

describe('incentive-units model', () => {
  it('lists every unit with a cost, largest cost first, with its site', () => {
    const m = modelOf(dataset);
    expect(m.available).toBe(10);
    expect(m.units).toHaveLength(10);
    const costs = m.units.map((u) => u.cost.value);
    expect(costs).toEqual([...costs].sort((a, b) => b - a));
    expect(m.units[0]?.cost.value).toBe(91000 * CRORE);
    expect(m.units.at(-1)?.cost.value).toBe(117 * CRORE);
    const micron = m.units.find((u) => u.cost.value === 22516 * CRORE)!;
    expect(micron.name).toMatch(/Micron/);
    expect(micron.siteName).toBe('Sanand');
    expect(micron.cost.stated).toBe('₹22,516 crore');
    expect(micron.cost.citation.item).toBe('A1');
  });

  it('derives each share as support % × cost, with both operands and their figure ids', () => {
    const m = modelOf(dataset);
    for (const u of m.units) {
      expect(u.share?.op).toBe('percent-of');
      expect(u.share?.value).toBe(u.cost.value / 2);
      expect(u.share?.operands.map((o) => [o.figureId, o.value, o.unit])).toEqual([
        ['ism-support-share', 50, 'percent'],
        [u.cost.figureId, u.cost.value, 'INR'],
      ]);
    }
    const micron = m.units.find((u) => u.cost.value === 22516 * CRORE)!;
    expect(micron.share?.value).toBe(11258 * CRORE);
  });

  it('sums the shown units’ costs and shares (derived, counted) and keeps the stated totals apart', () => {
    const m = modelOf(dataset);
    expect(m.costTotal).toEqual({
      value: 159723 * CRORE,
      unit: 'INR',
      count: 10,
      approximate: false,
    });
    expect(m.shareTotal?.value).toBe(79861.5 * CRORE);
    expect(m.shareTotal?.count).toBe(10);
    expect(m.outlay).toMatchObject({ figureId: 'ism-outlay', value: 76000 * CRORE });
    expect(m.outlay?.citation.row).toBe('Outlay & notification');
    expect(m.approved).toMatchObject({ figureId: 'approved-investment-2025-08', value: 1.6e12 });
    expect(m.approved?.qualifier).toBe('approximately');
    expect(m.support?.value).toBe(50);
    // The stated approved investment is not the derived sum, and neither replaces the other.
    expect(m.costTotal?.value).not.toBe(m.approved?.value);
    expect(m.missing).toEqual({ programme: [], costs: [] });
  });

  it('is filtered by the other clauses: a type leaves only its units, and the sums follow', () => {
    const fab = modelOf(dataset, inType('fab'));
    const fabIds = ['tata-psmc-dholera-fab', 'sicsem-bhubaneswar'];
    expect(fab.units.map((u) => u.projectId)).toEqual(fabIds);
    expect(fab.available).toBe(10);
    expect(fab.costTotal?.count).toBe(fabIds.length);
    expect(fab.costTotal?.value).toBe((91000 + 2066) * CRORE);
    expect(fab.shareTotal?.value).toBe(((91000 + 2066) * CRORE) / 2);
    // The stated programme figures do not move with filters.
    expect(fab.outlay).toEqual(modelOf(dataset).outlay);
    const none = modelOf(dataset, { sector: { kind: 'in', field: 'sector', values: ['space'] } });
    expect(none.units).toEqual([]);
    expect(none.costTotal).toBeNull();
    expect(none.shareTotal).toBeNull();
  });

  it('is not filtered by the site clause it publishes: it marks the units at the selected sites', () => {
    const m = modelOf(dataset, atSites('sanand'));
    expect(m.units).toHaveLength(10);
    expect(m.hasSelection).toBe(true);
    expect(m.units.filter((u) => u.selected).map((u) => u.siteId)).toEqual([
      'sanand',
      'sanand',
      'sanand',
    ]);
    // A year range that holds no unit leaves none.
    const y = modelOf(dataset, {
      timeline: { kind: 'range', field: 'year', min: 1990, max: 1991 },
    });
    expect(y.units).toEqual([]);
  });

  it('gives back the same object when a gesture does not change it, a new one when it does', () => {
    const { coordinator, inputs } = modelsOf(dataset);
    const first = coordinator.get(INCENTIVE_UNITS_CLIENT, inputs());
    // Same inputs: the cached model, nothing computed.
    const computed = coordinator.computed;
    expect(coordinator.get(INCENTIVE_UNITS_CLIENT, inputs())).toBe(first);
    expect(coordinator.computed).toBe(computed);
    // A currency change is not read; a filter that leaves every unit gives back the same object.
    expect(coordinator.get(INCENTIVE_UNITS_CLIENT, inputs({}, 'USD'))).toBe(first);
    expect(coordinator.get(INCENTIVE_UNITS_CLIENT, inputs(inType('fab', 'osat', 'discrete')))).toBe(
      first,
    );
    // Selecting a site changes only the marks: the units not at it stay the same objects.
    const marked = coordinator.get(INCENTIVE_UNITS_CLIENT, inputs(atSites('dholera')));
    expect(marked).not.toBe(first);
    const dholera = marked.units.findIndex((u) => u.siteId === 'dholera');
    marked.units.forEach((u, k) => {
      if (k === dholera) expect(u).not.toBe(first.units[k]);
      else expect(u).toBe(first.units[k]);
    });
    const fab = coordinator.get(INCENTIVE_UNITS_CLIENT, inputs(inType('fab')));
    expect(fab).not.toBe(first);
  });

  it('says which programme figures are missing, and draws no shares without the support share', () => {
    const m = modelOf(withoutFigures(dataset, ['ism-support-share', 'ism-outlay']));
    expect(m.missing.programme).toEqual(['support', 'outlay']);
    expect(m.units).toHaveLength(10);
    expect(m.units.every((u) => u.share === null)).toBe(true);
    expect(m.shareTotal).toBeNull();
    expect(m.outlay).toBeNull();
    expect(m.costTotal?.count).toBe(10);
    expect(
      modelOf(withoutFigures(dataset, ['approved-investment-2025-08'])).missing.programme,
    ).toEqual(['approved']);
  });

  it('names a cost figure that is not stated in INR, and leaves its unit out', () => {
    const d = JSON.parse(JSON.stringify(dataset)) as Dataset;
    const micron = d.projects.find((p) => p.costFigureId?.includes('micron'))!;
    const f = d.figures.find((x) => x.id === micron.costFigureId)!;
    f.measures = [{ value: 2.75e9, unit: 'USD', stated: 'US$2.75 billion' }];
    const m = modelOf(d);
    expect(m.missing.costs).toEqual([micron.costFigureId]);
    expect(m.available).toBe(9);
    expect(m.units.map((u) => u.projectId)).not.toContain(micron.id);
    expect(m.costTotal?.value).toBe((159723 - 22516) * CRORE);
  });

  it('is empty for data without costed projects (edition 1, a ledger): nothing is asked of the rows', () => {
    const plain = withoutFigures(
      dataset,
      dataset.figures.map((f) => f.id).filter((id) => id.startsWith('cost-')),
    );
    const m = modelOf(plain);
    expect(m.available).toBe(0);
    expect(m.units).toEqual([]);
    let asked = 0;
    const { inputs } = modelsOf(plain);
    const i = inputs();
    const source = { rows: () => (asked++, []) } as unknown as Parameters<
      typeof incentiveUnitsModel
    >[0];
    incentiveUnitsModel(source, i.dataset, i.records, {});
    expect(asked).toBe(0);
  });
});
