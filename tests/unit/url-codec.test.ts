import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  decodeView,
  encodeView,
  defaultView,
  type ViewState,
  type Vocabulary,
} from '../../src/domain/url-codec.ts';
import { vocabularyFor } from '../../src/domain/vocabulary.ts';
import { recordsOfDataset } from '../../src/domain/records.ts';
import type { Clauses } from '../../src/domain/clauses.ts';
import { LANGUAGES, THEMES } from '../../src/domain/preferences.ts';
import { bundledDataset } from '../fixtures/bundled.ts';

const bundled = bundledDataset();
const vocabulary: Vocabulary = vocabularyFor(bundled, recordsOfDataset(bundled));
const defaults = defaultView(vocabulary);

const arbIn = <F extends 'sector' | 'type' | 'country' | 'site'>(field: F) =>
  fc
    .uniqueArray(fc.constantFrom(...vocabulary[field]), { minLength: 1, maxLength: 3 })
    .map((values) => ({ kind: 'in' as const, field, values: [...values].sort() }));

const arbView: fc.Arbitrary<ViewState> = fc.record({
  clauses: fc.record(
    {
      sector: arbIn('sector'),
      type: arbIn('type'),
      country: arbIn('country'),
      site: arbIn('site'),
      timeline: fc
        .tuple(
          fc.integer({ min: vocabulary.years[0], max: vocabulary.years[1] }),
          fc.integer({ min: vocabulary.years[0], max: vocabulary.years[1] }),
        )
        .map(([a, b]) => ({
          kind: 'range' as const,
          field: 'year' as const,
          min: Math.min(a, b),
          max: Math.max(a, b),
        })),
      table: fc
        .string({ minLength: 1, maxLength: 40, unit: 'grapheme' })
        .filter((q) => q.trim() !== '' && q === q.trim())
        .map((query) => ({ kind: 'search' as const, field: 'text' as const, query })),
    },
    { requiredKeys: [] },
  ) as fc.Arbitrary<Clauses>,
  currency: fc.constantFrom(...vocabulary.currencies),
  panel: fc.option(fc.constantFrom(...vocabulary.panels), { nil: null }),
  step: fc.option(fc.integer({ min: 0, max: vocabulary.tourLength - 1 }), { nil: null }),
  lang: fc.option(fc.constantFrom(...LANGUAGES), { nil: null }),
  theme: fc.option(fc.constantFrom(...THEMES), { nil: null }),
  indianUnits: fc.boolean(),
});

describe('URL codec', () => {
  it('round-trips every valid view exactly, dropping nothing (property)', () => {
    fc.assert(
      fc.property(arbView, (view) => {
        const { state, dropped } = decodeView(encodeView(view, defaults), vocabulary);
        expect(dropped).toEqual([]);
        expect(state).toEqual(view);
      }),
      { numRuns: 500 },
    );
  });

  it('encodes canonically: the same view gives the same query whatever the value order', () => {
    const a: ViewState = {
      ...defaults,
      clauses: { sector: { kind: 'in', field: 'sector', values: ['ai', 'space'] } },
    };
    const b: ViewState = {
      ...defaults,
      clauses: { sector: { kind: 'in', field: 'sector', values: ['space', 'ai'] } },
    };
    expect(encodeView(a, defaults)).toBe(encodeView(b, defaults));
    expect(encodeView(defaults, defaults)).toBe('v=1');
  });

  it('keeps what it understands and lists what it drops', () => {
    const { state, dropped } = decodeView(
      '?v=1&sector=ai,mining&years=2025-2023&cur=EUR&panel=nope&utm_source=x&site=sendai&q=%20jio%20',
      vocabulary,
    );
    expect(state.clauses).toEqual({
      sector: { kind: 'in', field: 'sector', values: ['ai'] },
      site: { kind: 'in', field: 'site', values: ['sendai'] },
      table: { kind: 'search', field: 'text', query: 'jio' },
    });
    expect(state.currency).toBe(defaults.currency);
    expect(state.panel).toBeNull();
    expect(dropped.sort()).toEqual(['cur', 'panel', 'sector', 'utm_source', 'years'].sort());
  });

  it('carries language, theme and Indian units only when chosen, and drops unknown ones', () => {
    expect(
      encodeView({ ...defaults, lang: 'ja', theme: 'dark', indianUnits: true }, defaults),
    ).toBe('v=1&lang=ja&theme=dark&units=indian');
    const ok = decodeView('?lang=hi&theme=light', vocabulary);
    expect([ok.state.lang, ok.state.theme, ok.state.indianUnits, ok.dropped]).toEqual([
      'hi',
      'light',
      false,
      [],
    ]);
    const bad = decodeView('?lang=fr&theme=sepia&units=imperial', vocabulary);
    expect([bad.state.lang, bad.state.theme, bad.state.indianUnits]).toEqual([null, null, false]);
    expect(bad.dropped.sort()).toEqual(['lang', 'theme', 'units']);
  });

  it('drops malformed percent-encoding and repeated keys', () => {
    const { state, dropped } = decodeView('?sector=%E0%A4%A&type=osat&type=fab', vocabulary);
    expect(state.clauses.sector).toBeUndefined();
    expect(state.clauses.type).toEqual({ kind: 'in', field: 'type', values: ['osat'] });
    expect(dropped).toContain('sector');
    expect(dropped).toContain('type');
  });

  it('ignores a link from an unknown future version entirely', () => {
    const { state, dropped } = decodeView('?v=9&sector=ai', vocabulary);
    expect(state).toEqual(defaults);
    expect(dropped).toEqual(['v', 'sector']);
  });

  it('never throws and always yields a valid state, without polluting prototypes (fuzz)', () => {
    const chars = fc.constantFrom(
      '=',
      '&',
      '%',
      ',',
      '-',
      '?',
      '+',
      'a',
      'Z',
      '9',
      '_',
      '\u0000',
      '\uD800',
      '日',
      '%2',
      '%ZZ',
    );
    const keys = fc.constantFrom(
      'v',
      'sector',
      'type',
      'country',
      'site',
      'years',
      'q',
      'cur',
      'panel',
      'step',
      '__proto__',
      'constructor',
      'prototype',
    );
    const noise = fc.array(chars, { maxLength: 30 }).map((cs) => cs.join(''));
    const query = fc
      .array(
        fc.tuple(
          fc.oneof(keys, noise),
          fc.oneof(noise, fc.constantFrom('ai', 'osat', 'JP', '2023-2024', 'INR', 'sources')),
        ),
        { maxLength: 8 },
      )
      .map((pairs) => pairs.map(([k, v]) => `${k}=${v}`).join('&'));
    fc.assert(
      fc.property(fc.oneof(query, fc.string({ maxLength: 60 })), (q) => {
        const { state } = decodeView(q, vocabulary);
        expect(vocabulary.currencies).toContain(state.currency);
        expect(state.panel === null || vocabulary.panels.includes(state.panel)).toBe(true);
        expect(state.step === null || (state.step >= 0 && state.step < vocabulary.tourLength)).toBe(
          true,
        );
        for (const [view, clause] of Object.entries(state.clauses)) {
          if (clause.kind === 'in')
            expect(
              clause.values.every((v) =>
                (vocabulary[clause.field] as readonly string[]).includes(v),
              ),
            ).toBe(true);
          if (clause.kind === 'range') expect(clause.min).toBeLessThanOrEqual(clause.max);
          expect(['sector', 'type', 'country', 'site', 'timeline', 'table']).toContain(view);
        }
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
        expect(Object.getPrototypeOf(state.clauses)).toBe(Object.prototype);
        // Decoding what we encode is stable.
        expect(decodeView(encodeView(state, defaults), vocabulary).state).toEqual(state);
      }),
      { numRuns: 10_000 },
    );
  });
});
