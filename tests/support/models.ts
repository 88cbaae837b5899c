/** Model inputs for unit tests of the view models (src/domain/coordinator). */
import type { Clauses } from '../../src/domain/clauses.ts';
import { Coordinator, type ModelInputs } from '../../src/domain/coordinator/index.ts';
import { recordsOfDataset, type Records } from '../../src/domain/records.ts';
import type { Dataset } from '../../src/domain/schema.ts';

const recordsCache = new WeakMap<Dataset, Records>();

/** The inputs a view would read from a store holding `dataset` and `clauses`. */
export function inputsFor(dataset: Dataset, clauses: Clauses = {}, currency = 'INR'): ModelInputs {
  let records = recordsCache.get(dataset);
  if (!records) recordsCache.set(dataset, (records = recordsOfDataset(dataset)));
  return { dataset, records, clauses, currency };
}

/** A fresh coordinator and a function asking it for a client's model. */
export function modelsOf(dataset: Dataset) {
  const coordinator = new Coordinator();
  return {
    coordinator,
    source: () => coordinator.source(inputsFor(dataset).records),
    inputs: (clauses: Clauses = {}, currency = 'INR') => inputsFor(dataset, clauses, currency),
  };
}
