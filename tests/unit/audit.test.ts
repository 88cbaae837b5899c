import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { auditDataset, type AuditProblem } from '../../tools/audit/audit.ts';
import { splitParagraphs } from '../../tools/audit/text.ts';
import { parseRecord } from '../../tools/audit/record.ts';
import type { Dataset } from '../../src/domain/schema.ts';
import { bundledCopy, bundledDataset, figureIndex } from '../fixtures/bundled.ts';

const SOURCES_DIR = fileURLToPath(new URL('../../../shared/sources', import.meta.url));

const articles: ReadonlyMap<string, string> = new Map(
  readdirSync(SOURCES_DIR)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => [basename(f, '.txt'), readFileSync(join(SOURCES_DIR, f), 'utf8')]),
);
const A002 = '002_7b4df1adcd7f53d2';
const record = parseRecord(readFileSync(join(SOURCES_DIR, 'public-record.md'), 'utf8'));

function problemsAfter(mutate: (d: Dataset) => void, texts = articles): AuditProblem[] {
  const d = bundledCopy();
  mutate(d);
  return auditDataset(d, texts, record).problems;
}
const find = (d: Dataset, id: string) => {
  const f = d.figures[figureIndex(d, id)];
  if (!f) throw new Error(id);
  return f;
};

describe('auditDataset on the bundled dataset and the real articles', () => {
  it('reads all five articles, and the fact sheet is the one other source', () => {
    const sources = bundledDataset().sources;
    expect([...articles.keys()].sort()).toEqual(
      sources
        .filter((s) => s.kind === 'article')
        .map((s) => s.id)
        .sort(),
    );
    expect(sources.filter((s) => s.kind === 'fact-sheet').map((s) => s.id)).toEqual([
      'public-record',
    ]);
  });

  it('finds zero problems', () => {
    expect(auditDataset(bundledDataset(), articles, record).problems).toEqual([]);
  });

  it('counts every paragraph, and accounts for every figure token', () => {
    const d = bundledDataset();
    const { counts } = auditDataset(d, articles, record);
    expect(counts.sources).toBe(5);
    expect(counts.paragraphs).toBe(d.sources.reduce((n, s) => n + (s.paragraphCount ?? 0), 0));
    expect(counts.tokens).toBeGreaterThan(0);
    expect(counts.covered + counts.omitted).toBe(counts.tokens);
    expect(counts.omitted).toBeGreaterThanOrEqual(d.omissions.length);
  });
});

describe('auditDataset catches each mutation', () => {
  it('a measure whose value differs from its stated text (58 → 59)', () => {
    const d = bundledCopy();
    const i = figureIndex(d, 'jp-investments-2021-2024');
    const problems = problemsAfter((x) => {
      const m = find(x, 'jp-investments-2021-2024').measures[0];
      if (m) m.value = 59;
    });
    expect(problems).toEqual([
      { where: `figures[${i}].measures[0]`, message: 'value 59 differs from "58" (58)' },
    ]);
  });

  it('a stated string that is not in the cited paragraph (¶21 instead of ¶22)', () => {
    const d = bundledCopy();
    const i = figureIndex(d, 'jp-investments-2021-2024');
    const problems = problemsAfter((x) => {
      find(x, 'jp-investments-2021-2024').citation.paragraph = 21;
    });
    expect(problems).toContainEqual({
      where: `figures[${i}].measures[0]`,
      message: `"58" does not occur in ${A002} ¶21`,
    });
    // ¶22's "58" is now represented by nothing, so coverage reports it too.
    expect(problems).toContainEqual(
      expect.objectContaining({
        where: `${A002} ¶22`,
        message: expect.stringContaining('figure "58" is neither in data/ nor left out'),
      }),
    );
  });

  it('a unit mismatch (USD for "INR 650 billion")', () => {
    const d = bundledCopy();
    const i = figureIndex(d, 'ism-incentives-designated');
    const problems = problemsAfter((x) => {
      const m = find(x, 'ism-incentives-designated').measures[0];
      if (m) m.unit = 'USD';
    });
    expect(problems).toEqual([
      { where: `figures[${i}].measures[0]`, message: 'unit USD does not fit "INR 650 billion"' },
    ]);
  });

  it('removing an omission leaves its figure token uncovered', () => {
    const d = bundledCopy();
    const i = d.omissions.findIndex((o) => o.stated === 'Articles: 1781');
    expect(i).toBeGreaterThanOrEqual(0);
    const problems = problemsAfter((x) => x.omissions.splice(i, 1));
    expect(problems).toEqual([
      {
        where: '000_d3f38b6ad1a2d0d7 ¶24',
        // The article has a no-break space here; the message quotes the article as written.
        message: 'figure "1781" is neither in data/ nor left out: "Articles:\u00a01781"',
      },
    ]);
  });

  it('a paraphrase copying 7+ consecutive words of an article is flagged', () => {
    const d = bundledCopy();
    const i = figureIndex(d, 'jp-share-materials');
    const problems = problemsAfter((x) => {
      find(x, 'jp-share-materials').citation.paraphrase =
        'Japan supplies 50% of semiconductor materials and one-third of the global machinery.';
    });
    expect(problems).toHaveLength(1);
    expect(problems[0]?.where).toBe(`figures[${i}].citation.paraphrase`);
    expect(problems[0]?.message).toContain("copies the articles' wording");
  });

  it('six copied words are still allowed', () => {
    const problems = problemsAfter((x) => {
      find(x, 'jp-share-materials').citation.paraphrase =
        'Per the piece, Japan supplies 50% of semiconductor materials, a half.';
    });
    expect(problems).toEqual([]);
  });

  it('a source whose paragraphCount is wrong', () => {
    const problems = problemsAfter((x) => {
      const s = x.sources[0];
      if (s) s.paragraphCount = 25;
    });
    expect(problems).toEqual([
      { where: 'sources[0].paragraphCount', message: 'is 25, the article has 24 paragraphs' },
    ]);
  });

  it('an event date contradicting its stated text (2023-07-21 vs "July 20, 2023")', () => {
    const d = bundledCopy();
    const i = d.events.findIndex((e) => e.id === 'moc-signed-2023');
    const problems = problemsAfter((x) => {
      const e = x.events[i];
      if (e) e.date = '2023-07-21';
    });
    expect(problems).toContainEqual({
      where: `events[${i}].date`,
      message: '"July 20, 2023" names day 20, not 2023-07-21',
    });
    expect(problems).toContainEqual({
      where: `events[${i}].date`,
      message: 'date 2023-07-21 is not fully stated by its citations',
    });
    expect(problems.every((p) => p.where === `events[${i}].date`)).toBe(true);
  });

  it('a figure date outside its stated years', () => {
    const d = bundledCopy();
    const i = figureIndex(d, 'jp-investments-2017-2020');
    const problems = problemsAfter((x) => {
      const f = find(x, 'jp-investments-2017-2020');
      if (f.when) f.when.date = '2018/2020';
    });
    expect(problems).toContainEqual({
      where: `figures[${i}].when`,
      message: '"Between 2017 and 2020" names 2017, outside 2018/2020',
    });
  });

  it('a missing article file is reported against its source', () => {
    const without = new Map(articles);
    without.delete('003_12081d5a9082c1c1');
    const d = bundledDataset();
    const i = d.sources.findIndex((s) => s.id === '003_12081d5a9082c1c1');
    const problems = auditDataset(d, without, record).problems;
    expect(problems).toContainEqual({
      where: `sources[${i}]`,
      message: 'no article file for source 003_12081d5a9082c1c1',
    });
    expect(problems).toContainEqual(
      expect.objectContaining({ message: expect.stringContaining('cites 003_12081d5a9082c1c1 ¶') }),
    );
  });

  it('an article with no entry in sources is reported', () => {
    const extra = new Map(articles);
    extra.set('005_extra', 'A headline\nNothing with figures here.\n');
    expect(auditDataset(bundledDataset(), extra, record).problems).toContainEqual({
      where: 'sources',
      message: 'article 005_extra has no entry in sources',
    });
  });

  it('a headline title that is not the article’s first line', () => {
    const problems = problemsAfter((x) => {
      const s = x.sources[0];
      if (s) s.title = 'Something else';
    });
    expect(problems).toEqual([
      {
        where: 'sources[0].title',
        message: 'is marked as the headline but paragraph 1 reads differently',
      },
    ]);
    expect(splitParagraphs(articles.get('000_d3f38b6ad1a2d0d7') ?? '')[0]).toBe(
      bundledDataset().sources[0]?.title,
    );
  });
});

describe('auditDataset checks the public record (second source family)', () => {
  const figure = (d: Dataset, id: string) => find(d, id);
  const itemIndex = (d: Dataset, id: string) => d.projects.findIndex((p) => p.id === id);

  it('counts the items used and the ⚠ passages answered', () => {
    const { counts } = auditDataset(bundledDataset(), articles, record);
    expect(counts.recordItems).toBeGreaterThanOrEqual(18);
    expect(counts.caveats).toBeGreaterThan(0);
  });

  it('a stated value that is not in the cited item', () => {
    const d = bundledCopy();
    const i = figureIndex(d, 'cost-kaynes-sanand');
    const problems = problemsAfter((x) => {
      const m = figure(x, 'cost-kaynes-sanand').measures[0];
      if (m) {
        m.stated = 'Rs 3,333 crore';
        m.value = 3333e7;
      }
    });
    expect(problems).toContainEqual({
      where: `figures[${i}].measures[0]`,
      message: '"Rs 3,333 crore" does not occur in public record A5',
    });
  });

  it('a value the sheet marks ✖ (unconfirmed) is refused as fact', () => {
    const d = bundledCopy();
    const i = figureIndex(d, 'cost-tata-psmc-dholera');
    const problems = problemsAfter((x) => {
      const f = figure(x, 'cost-tata-psmc-dholera');
      f.measures = [{ value: 91526e7, unit: 'INR', stated: '₹91,526 crore' }];
    });
    expect(problems).toContainEqual({
      where: `figures[${i}].measures[0]`,
      message: '"₹91,526 crore" is marked ✖ (unconfirmed) in public record A2',
    });
  });

  it('coordinates the sheet gives only as disputed are refused', () => {
    const d = bundledCopy();
    const i = d.sites.findIndex((s) => s.id === 'morigaon');
    const problems = problemsAfter((x) => {
      const s = x.sites[i];
      if (s) {
        s.lat = 26.11;
        s.lon = 92.41;
      }
    });
    expect(problems).toContainEqual({
      where: `sites[${i}].coordinateCitation`,
      message:
        'coordinates 26.11, 92.41 are given in public record A3 only as disputed or unconfirmed',
    });
  });

  it('an item that does not exist, and a page the sheet does not name', () => {
    const d = bundledCopy();
    const i = itemIndex(d, 'cdil-mohali');
    const problems = problemsAfter((x) => {
      const c = x.projects[i]?.citations[0];
      if (c?.page) c.page = { ...c.page, url: 'https://example.com/not-in-the-record' };
    });
    expect(problems).toContainEqual({
      where: `projects[${i}].citations[0].page.url`,
      message: 'https://example.com/not-in-the-record is not an address the public record names',
    });
    const missing = problemsAfter((x) => {
      const f = figure(x, 'ism-outlay');
      f.citation = { ...f.citation, row: 'No such row' };
    });
    expect(missing.some((p) => p.message.includes('cites public record B/No such row'))).toBe(true);
  });

  it('a ⚠ passage without its caveat', () => {
    const problems = problemsAfter((x) => {
      x.caveats = x.caveats.filter((c) => !c.flags.includes('Rounding differences'));
    });
    expect(
      problems.some(
        (p) =>
          p.where === 'public record A5' &&
          p.message.startsWith('⚠ passage has no caveat in data/'),
      ),
    ).toBe(true);
  });

  it('a caveat whose flag is not a ⚠ passage of its item', () => {
    const d = bundledCopy();
    const i = d.caveats.findIndex((c) => c.flags.includes('fbscoach'));
    const problems = problemsAfter((x) => {
      const c = x.caveats[i];
      if (c) c.flags = ['Kaynes in Dholera, which we made up'];
    });
    expect(problems).toContainEqual({
      where: `caveats[${i}].flags[0]`,
      message: '"Kaynes in Dholera, which we made up" is not in a ⚠ passage of public record A5',
    });
  });

  it('an A or D item neither used nor left out', () => {
    const problems = problemsAfter((x) => {
      x.contests = x.contests.filter((c) => c.citation.item !== 'D2');
    });
    expect(problems).toContainEqual({
      where: 'public record D2',
      message: 'is neither used in data/ nor listed as left out with a reason',
    });
  });

  it('a dataset citing the fact sheet needs the sheet', () => {
    expect(auditDataset(bundledDataset(), articles).problems).toContainEqual({
      where: 'sources',
      message: 'the dataset cites the fact sheet but no public-record.md was given',
    });
  });
});
