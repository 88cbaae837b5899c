/**
 * The coordinator (uwdata/mosaic's Coordinator, OWID grapher's chart states): the one place that
 * computes each view's finished model from the records and the view's inputs, memoises it, and
 * hands back the very same object while what the view reads has not changed.
 *
 *   view ──client (id, key, model)──▶ coordinator.get ──requests──▶ Source (columnar engine)
 *                                          │ memo by records + key, then structural sharing
 *                                          ▼
 *                                    finished model ──▶ memoised view
 *
 * A client names what its model reads as a key: the filter it is under (every clause but its own),
 * its own clause, and any other input. Same records and same key: the cached model, no work. A new
 * key: the model is recomputed and shared structurally with the last one (share.ts), so a gesture
 * that changes nothing a view shows leaves that view's model, and the view, untouched.
 */
import type { Clauses } from '../clauses.ts';
import type { Records } from '../records.ts';
import type { Dataset } from '../schema.ts';
import { columnarSource } from './columnar-source.ts';
import type { Source } from './requests.ts';
import { replaceEqualDeep } from './share.ts';

/** Everything a model may read. */
export interface ModelInputs {
  readonly dataset: Dataset;
  readonly records: Records;
  readonly clauses: Clauses;
  /** The preferred currency of amounts stated in several. */
  readonly currency: string;
}

/** A view's declaration of the model it needs (mosaic's client). */
export interface ViewClient<M, P = void> {
  /** Names the view's cache slot; a client with a parameter has one slot per parameter key. */
  readonly id: string;
  /** What the model reads besides the records, as a string. */
  key(inputs: ModelInputs, param: P): string;
  model(source: Source, inputs: ModelInputs, param: P): M;
}

interface Entry {
  readonly records: Records;
  readonly key: string;
  readonly model: unknown;
}

/**
 * Models kept per slot. More than one: while a deferred render is under way, a view may still ask
 * for the model of the inputs it shows (the older ones) and must get the object it already has.
 */
const KEPT = 3;

export class Coordinator {
  private readonly sources = new WeakMap<Records, Source>();
  private readonly slots = new Map<string, Entry[]>();
  /** Models computed (cache misses), for tests and the bench. */
  computed = 0;

  source(records: Records): Source {
    let s = this.sources.get(records);
    if (!s) this.sources.set(records, (s = columnarSource(records)));
    return s;
  }

  get<M>(client: ViewClient<M>, inputs: ModelInputs): M;
  get<M, P>(client: ViewClient<M, P>, inputs: ModelInputs, param: P): M;
  get<M, P>(client: ViewClient<M, P>, inputs: ModelInputs, param?: P): M {
    const key = client.key(inputs, param as P);
    const entries = this.slots.get(client.id) ?? [];
    const hit = entries.find((e) => e.records === inputs.records && e.key === key);
    if (hit) return hit.model as M;
    this.computed++;
    const next = client.model(this.source(inputs.records), inputs, param as P);
    const last = entries[0];
    const model =
      last && last.records === inputs.records ? replaceEqualDeep(last.model, next) : next;
    // Entries of other records are of no use again: a load replaces the records for good.
    const kept = entries.filter((e) => e.records === inputs.records).slice(0, KEPT - 1);
    this.slots.set(client.id, [{ records: inputs.records, key, model }, ...kept]);
    return model;
  }
}
