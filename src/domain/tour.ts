/** The guided tour: each step's filters as cross-filter clauses. */
import type { Clauses } from './clauses.ts';
import type { TourStep } from './schema.ts';

export function stepClauses(step: TourStep): Clauses {
  const clauses: Clauses = {};
  const { sector, type, country, site, years } = step.filters;
  if (sector?.length) clauses.sector = { kind: 'in', field: 'sector', values: [...sector].sort() };
  if (type?.length) clauses.type = { kind: 'in', field: 'type', values: [...type].sort() };
  if (country?.length)
    clauses.country = { kind: 'in', field: 'country', values: [...country].sort() };
  if (site?.length) clauses.site = { kind: 'in', field: 'site', values: [...site].sort() };
  if (years) clauses.timeline = { kind: 'range', field: 'year', min: years[0], max: years[1] };
  return clauses;
}

/** Clamp a step index into the tour. */
export function clampStep(index: number, length: number): number {
  return Math.min(Math.max(0, Math.trunc(index)), Math.max(0, length - 1));
}
