import { describe, expect, it } from 'vitest';
import { citationAsOf, derivedAsOf, figureAsOf } from '../../src/domain/as-of.ts';
import { deriveFigures } from '../../src/domain/derived.ts';
import { selectFiguresById } from '../../src/domain/selectors.ts';
import type { Citation } from '../../src/domain/schema.ts';
import { bundledDataset } from '../fixtures/bundled.ts';
import { PAGE_A4, recordCitation } from '../fixtures/trust.ts';

const article: Citation = { source: '002_x', paragraph: 8, paraphrase: 'Ours.' };
const page = (date: string) => ({ ...PAGE_A4, date });
const undatedPage = { publisher: 'PIB', title: 'A page', url: 'https://pib.example/x' };
const fig = (citation: Citation) => ({ citation });

describe('as of', () => {
  it('a fact-sheet citation is as of its page’s date', () => {
    expect(citationAsOf(recordCitation('A4', PAGE_A4))).toEqual({
      kind: 'dated',
      date: '2025-05-14',
      undatedInputs: 0,
    });
  });

  it('an article citation is undated: no date is invented', () => {
    expect(figureAsOf(fig(article))).toEqual({ kind: 'article-undated' });
  });

  it('a fact-sheet citation whose page gives no date says the page is undated', () => {
    expect(citationAsOf(recordCitation('C3', undatedPage))).toEqual({ kind: 'page-undated' });
    expect(citationAsOf(recordCitation('C3', undefined))).toEqual({ kind: 'page-undated' });
  });

  it('a derived figure is as of the latest of its inputs’ dates', () => {
    const inputs = [
      fig(recordCitation('A1', page('2024-11-02'))),
      fig(recordCitation('A2', page('2025-02'))),
      fig(recordCitation('A3', page('2025-01-30'))),
    ];
    expect(derivedAsOf(inputs)).toEqual({ kind: 'dated', date: '2025-02', undatedInputs: 0 });
  });

  it('prefers the more precise of two dates ending the same day', () => {
    const inputs = [
      fig(recordCitation('A1', page('2025-02'))),
      fig(recordCitation('A2', page('2025-02-28'))),
    ];
    expect(derivedAsOf(inputs)).toMatchObject({ date: '2025-02-28' });
  });

  it('counts undated inputs beside the latest date, and says when none is dated', () => {
    expect(derivedAsOf([fig(article), fig(recordCitation('A1', PAGE_A4))])).toEqual({
      kind: 'dated',
      date: '2025-05-14',
      undatedInputs: 1,
    });
    expect(derivedAsOf([fig(article), fig(article)])).toEqual({ kind: 'inputs-undated' });
    expect(derivedAsOf([])).toEqual({ kind: 'inputs-undated' });
  });

  it('gives every figure and derived figure of the bundled dataset an answer that names no invented date', () => {
    const d = bundledDataset();
    const byId = selectFiguresById(d);
    for (const f of d.figures) {
      const asOf = figureAsOf(f);
      if (asOf.kind === 'dated') expect(asOf.date).toBe(f.citation.page?.date);
      else expect(f.citation.page?.date, f.id).toBeUndefined();
    }
    for (const x of deriveFigures(d)) {
      const inputs = x.inputs.flatMap((id) => byId.get(id) ?? []);
      const asOf = derivedAsOf(inputs);
      const dates = inputs.flatMap((f) => f.citation.page?.date ?? []);
      if (asOf.kind === 'dated') expect(dates, x.id).toContain(asOf.date);
      else expect(dates, x.id).toEqual([]);
    }
  });
});
