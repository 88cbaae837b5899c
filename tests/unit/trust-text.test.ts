import { beforeAll, describe, expect, it } from 'vitest';
import { loadCatalogue, translator } from '../../src/i18n/i18n.ts';
import { correctionText, type CorrectionSubject } from '../../src/components/correction-text.ts';
import { citationText } from '../../src/components/citation-text.ts';
import { asOfText } from '../../src/components/as-of-text.ts';
import { citeViewText, type CiteInput } from '../../src/features/trust/cite-text.ts';
import type { Source } from '../../src/domain/schema.ts';
import { EDITIONS, FACT_SHEET, PAGE_A4, recordCitation } from '../fixtures/trust.ts';

const t = translator('en');
beforeAll(() => Promise.all([loadCatalogue('ja'), loadCatalogue('hi')]));
const article: Source = {
  id: '002_x',
  title: 'Japan and India deepen chip ties',
  titleKind: 'headline',
  kind: 'article',
  paragraphCount: 30,
};
const sources = new Map([
  [article.id, article],
  [FACT_SHEET.id, FACT_SHEET],
]);
const context = { title: 'India–Japan Dashboard', edition: EDITIONS[1]!, asOf: '2025', sources };

describe('citationText', () => {
  it('names an article and its paragraph', () => {
    expect(citationText(t, 'en', article, { source: article.id, paragraph: 22 })).toBe(
      'Japan and India deepen chip ties, ¶22',
    );
  });
  it('names a fact-sheet item (with its row) and the page: publisher, title, date, address', () => {
    expect(
      citationText(t, 'en', FACT_SHEET, { ...recordCitation('B', PAGE_A4), row: 'Outlay' }),
    ).toBe(
      'Public record B (Outlay): Press Information Bureau, “Cabinet approves a semiconductor unit”, May 14, 2025, https://pib.example.gov.in/a4',
    );
  });
});

describe('a page without a title', () => {
  it('is named by publisher, date and address, and said to be untitled', () => {
    const untitled = { publisher: PAGE_A4.publisher, date: PAGE_A4.date, url: PAGE_A4.url };
    expect(citationText(t, 'en', FACT_SHEET, recordCitation('C7', untitled))).toBe(
      'Public record C7: Press Information Bureau, untitled page, May 14, 2025, https://pib.example.gov.in/a4',
    );
  });
});

describe('asOfText', () => {
  it('words each case', () => {
    expect(asOfText(t, 'en', { kind: 'dated', date: '2025-05-14', undatedInputs: 0 })).toBe(
      'As of May 14, 2025',
    );
    expect(asOfText(t, 'en', { kind: 'article-undated' })).toBe('As of: article undated');
    expect(asOfText(t, 'en', { kind: 'inputs-undated' })).toBe('As of: inputs undated');
    expect(asOfText(t, 'en', { kind: 'dated', date: '2025-02', undatedInputs: 2 })).toContain(
      'some inputs are undated',
    );
    expect(
      asOfText(translator('ja'), 'ja', { kind: 'dated', date: '2025-05', undatedInputs: 0 }),
    ).toBe('2025年5月時点');
  });
});

describe('correctionText', () => {
  const figure: CorrectionSubject = {
    kind: 'figure',
    id: 'jp-investments-2017-2020',
    name: 'Japanese investments (2017–2020)',
    stated: ['22'],
    shown: ['22'],
    citations: [
      { source: article.id, paragraph: 22 },
      { source: article.id, paragraph: 22 },
      recordCitation('A4', PAGE_A4),
    ],
  };

  it('holds the id, the value as stated, each source once with its locator, the edition and two blanks', () => {
    const text = correctionText(t, 'en', figure, context);
    const lines = text.split('\n');
    expect(lines[0]).toBe('Correction report for the India–Japan Dashboard dashboard');
    expect(lines).toContain('Edition: 2, September 1, 2025');
    expect(lines).toContain('Item: figure jp-investments-2017-2020');
    expect(lines).toContain('Name: Japanese investments (2017–2020)');
    expect(lines).toContain('Value as stated: “22”');
    expect(lines.filter((l) => l.startsWith('- '))).toEqual([
      '- Japan and India deepen chip ties, ¶22',
      '- Public record A4: Press Information Bureau, “Cabinet approves a semiconductor unit”, May 14, 2025, https://pib.example.gov.in/a4',
    ]);
    const wrong = lines.indexOf('What is wrong:');
    const should = lines.indexOf('What it should be, with a source:');
    expect(wrong).toBeGreaterThan(lines.indexOf('Sources and locators:'));
    expect(should).toBeGreaterThan(wrong + 1);
    expect(lines.slice(wrong + 1, should).every((l) => l === '')).toBe(true);
    expect(lines.slice(should + 1).every((l) => l === '')).toBe(true);
  });

  it('gives a derived figure its result and arithmetic, a project its partners', () => {
    const derived = correctionText(
      t,
      'en',
      {
        kind: 'derived',
        id: 'g',
        name: 'Growth',
        shown: ['+163.6%'],
        arithmetic: ['(58 − 22) ÷ 22 = +163.6%'],
        citations: [],
      },
      context,
    );
    expect(derived).toContain('Item: derived figure g');
    expect(derived).toContain('Value as shown: +163.6%');
    expect(derived).toContain('Arithmetic: (58 − 22) ÷ 22 = +163.6%');
    const project = correctionText(
      t,
      'en',
      {
        kind: 'project',
        id: 'p',
        name: 'A fab',
        partners: ['Tata (India)', 'PSMC'],
        citations: [],
      },
      context,
    );
    expect(project).toContain('Partners: Tata (India), PSMC');
    expect(project).not.toContain('Value as stated');
  });

  it('says when the dataset names no edition, with the date the data covers', () => {
    expect(correctionText(t, 'en', figure, { ...context, edition: null })).toContain(
      'Edition: none named (record up to 2025)',
    );
  });

  it('is written in the reader’s language', () => {
    const text = correctionText(translator('hi'), 'hi', figure, context);
    expect(text).toContain('क्या गलत है:');
    expect(text).toContain('jp-investments-2017-2020');
  });
});

describe('citeViewText', () => {
  const input: CiteInput = {
    title: 'India–Japan Semiconductor Partnership',
    edition: EDITIONS[1]!,
    asOf: '2025',
    url: 'https://example.org/?v=1&sector=ai',
    accessed: '2026-03-03',
    filters: ['Sector: Artificial intelligence', 'Years: 2020–2024'],
    sources: [
      { kind: 'article', source: article },
      {
        kind: 'article',
        source: { ...article, id: 'y', title: 'Our description', titleKind: 'ours' },
      },
      { kind: 'page', source: FACT_SHEET, page: PAGE_A4 },
    ],
    importedFrom: null,
  };

  it('cites the dashboard, edition and date, the exact link, the access date, the filters and the sources', () => {
    expect(citeViewText(t, 'en', input).split('\n')).toEqual([
      'India–Japan Semiconductor Partnership. Edition 2, September 1, 2025; record up to 2025.',
      'https://example.org/?v=1&sector=ai',
      'Accessed March 3, 2026.',
      'Filters: Sector: Artificial intelligence; Years: 2020–2024.',
      'Sources:',
      '- Japan and India deepen chip ties',
      '- Our description (title ours)',
      '- Press Information Bureau, “Cabinet approves a semiconductor unit”, May 14, 2025, https://pib.example.gov.in/a4',
    ]);
  });

  it('says when there is no filter, no edition, and when the data came from a file the link does not open', () => {
    const text = citeViewText(t, 'en', {
      ...input,
      edition: null,
      filters: [],
      importedFrom: 'mine.json',
    });
    expect(text).toContain('India–Japan Semiconductor Partnership. Record up to 2025.');
    expect(text).toContain('Filters: none (the whole record).');
    expect(text).toContain('Data: mine.json');
    expect(text).not.toContain('Edition');
  });
});
