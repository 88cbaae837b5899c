import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/domain/schema.ts';
import { TOPICS } from '../../src/domain/schema-enums.ts';
import { recordsOfDataset } from '../../src/domain/records.ts';
import {
  selectDerivedFigures,
  selectDerivedProvenance,
  selectFigureProvenance,
  selectFiguresById,
  selectHeadlineFigures,
  selectSourcesById,
  selectSummary,
} from '../../src/domain/selectors.ts';
import { bundledDataset } from '../fixtures/bundled.ts';
import { synthDataset } from '../fixtures/synth-dataset.ts';

const topicIndex = (topic: string) => (TOPICS as readonly string[]).indexOf(topic);

/** The header's summary, of a dataset and the records built from it. */
const summary = (d: Dataset) => selectSummary(d, recordsOfDataset(d));

describe('selectHeadlineFigures', () => {
  it('returns exactly the headline figures of the bundled dataset', () => {
    const d = bundledDataset();
    const ids = selectHeadlineFigures(d).map((f) => f.id);
    const expected = d.figures.filter((f) => f.headline).map((f) => f.id);
    expect([...ids].sort()).toEqual([...expected].sort());
    expect(ids).not.toContain('ism-incentives-share-stated');
  });

  it('orders by TOPICS, then by dataset order within a topic', () => {
    const d = bundledDataset();
    const headline = selectHeadlineFigures(d);
    const expected = TOPICS.flatMap((t) =>
      d.figures.filter((f) => f.headline && f.topic === t),
    ).map((f) => f.id);
    expect(headline.map((f) => f.id)).toEqual(expected);
    // The bundled data lists the ten-year target after the incentives, yet it sorts into 'investment'.
    expect(headline.slice(0, 3).map((f) => f.id)).toEqual([
      'jp-investments-2017-2020',
      'jp-investments-2021-2024',
      'jp-ten-year-target',
    ]);
  });

  it('keeps the same order rule on synthesized datasets', () => {
    for (const seed of [11, 12, 13, 14, 15, 16]) {
      const d = synthDataset(seed, { figures: 12 });
      const headline = selectHeadlineFigures(d);
      expect(headline.every((f) => f.headline)).toBe(true);
      expect(headline).toHaveLength(d.figures.filter((f) => f.headline).length);
      const keys = headline.map((f) => [topicIndex(f.topic), d.figures.indexOf(f)] as const);
      for (let i = 1; i < keys.length; i++) {
        const [pt, pi] = keys[i - 1] ?? [0, 0];
        const [t, idx] = keys[i] ?? [0, 0];
        expect(pt < t || (pt === t && pi < idx), `position ${i} of seed ${seed}`).toBe(true);
      }
    }
  });

  it('is memoised per dataset object', () => {
    const a = bundledDataset();
    const b = bundledDataset();
    expect(selectHeadlineFigures(a)).toBe(selectHeadlineFigures(a));
    expect(selectHeadlineFigures(b)).not.toBe(selectHeadlineFigures(a));
    expect(selectHeadlineFigures(b)).toEqual(selectHeadlineFigures(a));
    expect(selectDerivedFigures(a)).toBe(selectDerivedFigures(a));
    expect(selectFiguresById(a)).toBe(selectFiguresById(a));
    expect(summary(a)).not.toBe(summary(b));
  });

  it('does not reorder the dataset it was given', () => {
    const d = bundledDataset();
    const before = d.figures.map((f) => f.id);
    selectHeadlineFigures(d);
    expect(d.figures.map((f) => f.id)).toEqual(before);
  });
});

describe('selectSummary', () => {
  it('counts the collections of the dataset', () => {
    const d = synthDataset(21, { sources: 3, figures: 5, sites: 2, projects: 7, events: 4 });
    expect(summary(d)).toMatchObject({ sources: 3, figures: 5, projects: 7, sites: 2, events: 4 });
  });

  it('matches the bundled dataset', () => {
    const d = bundledDataset();
    expect(summary(d)).toEqual({
      bilateral: d.projects.filter((p) => p.scope === 'bilateral').length,
      sources: d.sources.length,
      figures: d.figures.length,
      projects: d.projects.length,
      sites: d.sites.length,
      events: d.events.length,
    });
    expect(summary(d).sources).toBe(6); // five articles and the fact sheet
    expect(summary(d).bilateral).toBe(17); // with a Japanese partner: fewer than all 33
  });
});

describe('provenance', () => {
  const d = bundledDataset();
  const derivedOf = (id: string) => {
    const found = selectDerivedFigures(d).find((x) => x.id === id);
    if (!found) throw new Error(`no derived ${id}`);
    return found;
  };

  it('a derived figure carries the citations of each of its inputs, in input order', () => {
    const share = derivedOf('incentives-allocated-share');
    const provenance = selectDerivedProvenance(d, share);
    const figures = selectFiguresById(d);
    expect(provenance.map((p) => p.citation)).toEqual(
      share.inputs.map((id) => figures.get(id)?.citation),
    );
    expect(provenance.map((p) => p.source?.id)).toEqual([
      '002_7b4df1adcd7f53d2',
      '002_7b4df1adcd7f53d2',
    ]);
    expect(provenance.map((p) => p.citation.paragraph)).toEqual([8, 8]);
  });

  it('growth cites both investment figures (¶22)', () => {
    const provenance = selectDerivedProvenance(d, derivedOf('investments-growth'));
    expect(provenance).toHaveLength(2);
    expect(provenance.map((p) => p.citation.paraphrase)).toEqual([
      d.figures.find((f) => f.id === 'jp-investments-2017-2020')?.citation.paraphrase,
      d.figures.find((f) => f.id === 'jp-investments-2021-2024')?.citation.paraphrase,
    ]);
  });

  it('skips inputs the dataset does not hold', () => {
    const share = derivedOf('incentives-allocated-share');
    const provenance = selectDerivedProvenance(d, {
      ...share,
      inputs: ['no-such-figure', ...share.inputs],
    });
    expect(provenance).toHaveLength(2);
  });

  it('selectFigureProvenance resolves the source of a figure', () => {
    const f = d.figures.find((x) => x.id === 'foxconn-plant-deal');
    if (!f) throw new Error('foxconn-plant-deal missing');
    const p = selectFigureProvenance(d, f);
    expect(p.source).toBe(selectSourcesById(d).get('000_d3f38b6ad1a2d0d7'));
    expect(p.citation).toBe(f.citation);
  });
});
