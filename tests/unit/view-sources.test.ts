import { describe, expect, it } from 'vitest';
import { viewSources } from '../../src/domain/view-sources.ts';
import type { Source } from '../../src/domain/schema.ts';
import { FACT_SHEET, PAGE_A4, recordCitation } from '../fixtures/trust.ts';

const a: Source = {
  id: 'a',
  title: 'Article A',
  titleKind: 'headline',
  kind: 'article',
  paragraphCount: 9,
};
const b: Source = {
  id: 'b',
  title: 'Article B',
  titleKind: 'ours',
  kind: 'article',
  paragraphCount: 9,
};
const sources = [a, b, FACT_SHEET];
const other = { ...PAGE_A4, url: 'https://meti.example.go.jp/other', title: 'Another page' };

describe('viewSources', () => {
  it('names each article once, in the dataset’s order, then each page once, in citing order', () => {
    const list = viewSources(sources, [
      { source: 'b', paragraph: 3 },
      recordCitation('C2', other),
      { source: 'a', paragraph: 1 },
      { source: 'b', paragraph: 7 },
      recordCitation('A4', PAGE_A4),
      recordCitation('D1', other),
    ]);
    expect(
      list.map((s) => (s.kind === 'page' ? s.page.url : s.kind === 'article' ? s.source.id : s.id)),
    ).toEqual(['a', 'b', other.url, PAGE_A4.url]);
  });

  it('never lists the fact sheet itself as an article; a citation without a page is kept as unnamed', () => {
    const list = viewSources(sources, [
      recordCitation('B', undefined),
      { source: 'gone', paragraph: 2 },
    ]);
    expect(list).toEqual([
      { kind: 'unnamed', id: FACT_SHEET.id, source: FACT_SHEET },
      { kind: 'unnamed', id: 'gone', source: undefined },
    ]);
  });

  it('is empty for no citations', () => {
    expect(viewSources(sources, [])).toEqual([]);
  });
});
