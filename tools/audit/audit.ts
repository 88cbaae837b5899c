/**
 * The source audit: every sourced figure stands in the paragraph it cites, with the value it states;
 * every figure the articles carry is represented in data/ or listed there as deliberately left out;
 * no paraphrase copies the articles. Pure: the CLI reads files and prints.
 */
import type { Citation, Dataset } from '../../src/domain/schema.ts';
import { parsePartialDate } from '../../src/domain/dates.ts';
import { figureTokens, occurrences, sentenceAround, shingles, splitParagraphs } from './text.ts';
import { parseStatedDate, parseStatedNumber, sameNumber } from './stated.ts';
import { itemKey, sentences, warningLines, type RecordSheet } from './record.ts';

export interface AuditProblem {
  /** Where in data/ (a JSON path) or in the articles (source ¶n). */
  where: string;
  message: string;
}

export interface AuditReport {
  problems: AuditProblem[];
  counts: {
    sources: number;
    paragraphs: number;
    tokens: number;
    covered: number;
    omitted: number;
    /** Fact-sheet items the dataset cites, and the ⚠ passages answered by a caveat. */
    recordItems: number;
    caveats: number;
  };
}

/** Fact-sheet items every edition must use or list as left out with a reason. */
const REQUIRED_ITEMS = [
  ...Array.from({ length: 10 }, (_, i) => `A${i + 1}`),
  ...Array.from({ length: 8 }, (_, i) => `D${i + 1}`),
];

/** Seven running words shared with an article count as copying. */
export const COPY_SHINGLE = 7;

interface Located {
  where: string;
  source: string;
  paragraph: number;
  stated: string;
  omission?: boolean;
}

type Locator = Pick<Citation, 'source' | 'paragraph' | 'item' | 'row' | 'page'>;

export function auditDataset(
  dataset: Dataset,
  articles: ReadonlyMap<string, string>,
  record?: RecordSheet,
): AuditReport {
  const problems: AuditProblem[] = [];
  const problem = (where: string, message: string) => problems.push({ where, message });
  const paragraphs = new Map<string, string[]>();
  for (const [id, text] of articles) paragraphs.set(id, splitParagraphs(text));
  const sheetIds = new Set(dataset.sources.filter((s) => s.kind === 'fact-sheet').map((s) => s.id));
  if (sheetIds.size > 0 && !record)
    problem('sources', `the dataset cites the fact sheet but no public-record.md was given`);

  // Sources: every article has an entry and every entry an article; titles and bylines match.
  for (const id of articles.keys()) {
    if (!dataset.sources.some((s) => s.id === id))
      problem(`sources`, `article ${id} has no entry in sources`);
  }
  dataset.sources.forEach((s, i) => {
    if (s.kind === 'fact-sheet') return;
    const paras = paragraphs.get(s.id);
    const where = `sources[${i}]`;
    if (!paras) return problem(where, `no article file for source ${s.id}`);
    if (paras.length !== s.paragraphCount)
      problem(
        `${where}.paragraphCount`,
        `is ${s.paragraphCount}, the article has ${paras.length} paragraphs`,
      );
    const first = paras[0] ?? '';
    if (s.titleKind === 'headline' && first.trim() !== s.title)
      problem(`${where}.title`, `is marked as the headline but paragraph 1 reads differently`);
    if (s.titleKind === 'ours' && occurrences(first, s.title).length > 0)
      problem(`${where}.title`, `is marked as ours but is the article's own first line`);
    const full = articles.get(s.id) ?? '';
    for (const key of ['author', 'affiliation', 'publisher'] as const) {
      const value = s[key];
      if (value !== undefined && occurrences(full, value).length === 0)
        problem(`${where}.${key}`, `"${value}" is not named in the article`);
    }
  });

  const paragraphText = (source: string, paragraph: number): string | undefined =>
    paragraphs.get(source)?.[paragraph - 1];

  // The fact sheet: each cited item exists, its page is one the sheet names, and a stated value
  // stands in the item outside any clause the sheet marks ✖ (could not confirm).
  const usedItems = new Set<string>();
  const itemText = (where: string, c: Locator): string | undefined => {
    if (!record || c.item === undefined) return undefined;
    usedItems.add(c.item);
    const key = itemKey(c.item, c.row);
    const text = record.items.get(key);
    if (text === undefined) problem(where, `cites public record ${key}, which does not exist`);
    return text;
  };
  const checkPage = (where: string, c: Locator, text: string) => {
    const page = c.page;
    if (!page || !record) return;
    if (!record.all.includes(page.url))
      problem(`${where}.page.url`, `${page.url} is not an address the public record names`);
    if (
      occurrences(text, page.publisher).length === 0 &&
      occurrences(record.all, page.publisher).length === 0
    )
      problem(`${where}.page.publisher`, `"${page.publisher}" is not named in the public record`);
  };
  const locateInRecord = (where: string, c: Locator, stated: string) => {
    const text = itemText(where, c);
    if (text === undefined) return;
    const hits = sentences(text).filter((s) => occurrences(s, stated).length > 0);
    if (hits.length === 0)
      return problem(
        where,
        `"${stated}" does not occur in public record ${itemKey(c.item!, c.row)}`,
      );
    // A value the sheet marks ✖ (could not confirm) is not a fact, even where a ⚠ sentence names
    // it as the other side of a disagreement; it is one where some sentence states it unflagged.
    const clean = hits.some((s) => !s.includes('✖') && !s.includes('⚠'));
    if (!clean && hits.some((s) => s.includes('✖')))
      problem(where, `"${stated}" is marked ✖ (unconfirmed) in public record ${c.item}`);
  };
  const isRecord = (c: Locator) => sheetIds.has(c.source);

  const located: Located[] = [];
  const locate = (where: string, c: Locator, stated: string, omission = false) => {
    if (isRecord(c)) return locateInRecord(where, c, stated);
    if (c.paragraph === undefined) return problem(where, `cites ${c.source} without a paragraph`);
    const text = paragraphText(c.source, c.paragraph);
    if (text === undefined)
      return problem(where, `cites ${c.source} ¶${c.paragraph}, which does not exist`);
    if (occurrences(text, stated).length === 0)
      return problem(where, `"${stated}" does not occur in ${c.source} ¶${c.paragraph}`);
    located.push({ where, source: c.source, paragraph: c.paragraph, stated, omission });
  };
  const cite = (where: string, c: Locator) => {
    if (!isRecord(c)) return;
    const text = itemText(where, c);
    if (text !== undefined) checkPage(where, c, text);
  };

  const checkDate = (where: string, date: string, stateds: readonly string[]) => {
    const d = parsePartialDate(date);
    if (!d) return;
    const years = new Set<number>();
    let month: number | undefined;
    let day: number | undefined;
    for (const stated of stateds) {
      const s = parseStatedDate(stated);
      if (!s) continue;
      for (const y of s.years) {
        if (y < d.startYear || y > d.endYear)
          problem(where, `"${stated}" names ${y}, outside ${date}`);
        years.add(y);
      }
      if (s.month !== undefined && s.month !== d.month)
        problem(where, `"${stated}" names month ${s.month}, not ${date}`);
      if (s.day !== undefined && s.day !== d.day)
        problem(where, `"${stated}" names day ${s.day}, not ${date}`);
      month ??= s.month;
      day ??= s.day;
    }
    const yearsOk = years.has(d.startYear) && years.has(d.endYear);
    const monthOk = d.month === undefined || month === d.month;
    const dayOk = d.day === undefined || day === d.day;
    if (!(yearsOk && monthOk && dayOk))
      problem(where, `date ${date} is not fully stated by its citations`);
  };

  dataset.figures.forEach((f, i) => {
    const where = `figures[${i}]`;
    cite(`${where}.citation`, f.citation);
    if (f.note) {
      cite(`${where}.note.citation`, f.note.citation);
      if (f.note.citation.stated !== undefined)
        locate(`${where}.note.citation`, f.note.citation, f.note.citation.stated);
    }
    f.measures.forEach((m, j) => {
      const at = `${where}.measures[${j}]`;
      locate(at, f.citation, m.stated);
      const parsed = parseStatedNumber(m.stated);
      if (!parsed) return problem(at, `cannot read a number in "${m.stated}"`);
      if (!sameNumber(parsed.value, m.value))
        problem(at, `value ${m.value} differs from "${m.stated}" (${parsed.value})`);
      if (!parsed.units.includes(m.unit)) problem(at, `unit ${m.unit} does not fit "${m.stated}"`);
    });
    if (f.citation.stated !== undefined) locate(`${where}.citation`, f.citation, f.citation.stated);
    if (f.when) {
      locate(`${where}.when`, f.citation, f.when.stated);
      checkDate(`${where}.when`, f.when.date, [f.when.stated]);
    }
    if (f.duration) {
      locate(`${where}.duration`, f.citation, f.duration.stated);
      const parsed = parseStatedNumber(f.duration.stated);
      if (!parsed || !sameNumber(parsed.value, f.duration.years))
        problem(
          `${where}.duration`,
          `${f.duration.years} years differs from "${f.duration.stated}"`,
        );
    }
  });

  const citedItems = [
    ...dataset.sites.map((s, i) => ({
      where: `sites[${i}]`,
      citations: s.citations,
      date: undefined,
    })),
    ...dataset.projects.map((p, i) => ({
      where: `projects[${i}]`,
      citations: p.citations,
      date: p.date,
    })),
    ...dataset.events.map((e, i) => ({
      where: `events[${i}]`,
      citations: e.citations,
      date: e.date,
    })),
  ];
  for (const item of citedItems) {
    const stateds: string[] = [];
    item.citations.forEach((c, j) => {
      cite(`${item.where}.citations[${j}]`, c);
      if (c.stated === undefined) return;
      locate(`${item.where}.citations[${j}]`, c, c.stated);
      stateds.push(c.stated);
    });
    if (item.date !== undefined) checkDate(`${item.where}.date`, item.date, stateds);
  }
  dataset.omissions.forEach((o, i) => locate(`omissions[${i}]`, o, o.stated, true));
  dataset.tour.forEach((step, i) => {
    const c = step.citation;
    if (isRecord(c)) cite(`tour[${i}].citation`, c);
    else if (c.paragraph === undefined || paragraphText(c.source, c.paragraph) === undefined)
      problem(`tour[${i}].citation`, `cites ${c.source} ¶${c.paragraph}, which does not exist`);
    if (c.stated !== undefined) locate(`tour[${i}].citation`, c, c.stated);
  });
  dataset.projects.forEach((p, i) =>
    p.japanLinks?.forEach((l, j) => {
      const where = `projects[${i}].japanLinks[${j}].citation`;
      cite(where, l.citation);
      if (l.citation.stated !== undefined) locate(where, l.citation, l.citation.stated);
    }),
  );
  for (const [name, list] of [
    ['projects', dataset.projects],
    ['figures', dataset.figures],
  ] as const) {
    list.forEach((x, i) => {
      const capacity = 'capacity' in x ? x.capacity : undefined;
      const kind = 'kind' in x ? x.kind : undefined;
      const c = 'citations' in x ? x.citations.find(isRecord) : undefined;
      if (capacity !== undefined && c) locate(`${name}[${i}].capacity`, c, capacity);
      if (kind !== undefined && c) locate(`${name}[${i}].kind`, c, kind);
    });
  }
  dataset.contests.forEach((c, i) => {
    cite(`contests[${i}].citation`, c.citation);
    if (c.citation.stated !== undefined)
      locate(`contests[${i}].citation`, c.citation, c.citation.stated);
  });
  dataset.sites.forEach((s, i) => {
    const c = s.coordinateCitation;
    if (!c) return;
    const where = `sites[${i}].coordinateCitation`;
    const text = itemText(where, c);
    if (text === undefined) return;
    const pair = `${s.lat.toFixed(2)}, ${s.lon.toFixed(2)}`;
    const hits = sentences(text).filter((x) => x.includes(pair));
    if (hits.length === 0)
      problem(where, `coordinates ${pair} are not given in public record ${c.item}`);
    else if (hits.every((x) => x.includes('✖') || x.includes('⚠')))
      problem(
        where,
        `coordinates ${pair} are given in public record ${c.item} only as disputed or unconfirmed`,
      );
  });

  // Every ⚠ passage of a cited item is answered by a caveat (the other value, its source, our
  // choice), and every caveat answers a passage of its item that carries ⚠.
  let caveatCount = 0;
  if (record) {
    const cited = new Set<string>();
    const collect = (c: Locator | undefined) => {
      if (c && isRecord(c) && c.item !== undefined) cited.add(itemKey(c.item, c.row));
    };
    dataset.figures.forEach((f) => {
      collect(f.citation);
      collect(f.note?.citation);
    });
    for (const x of [...dataset.projects, ...dataset.events, ...dataset.sites])
      x.citations.forEach(collect);
    dataset.sites.forEach((s) => collect(s.coordinateCitation));
    dataset.projects.forEach((p) => p.japanLinks?.forEach((l) => collect(l.citation)));
    dataset.caveats.forEach((cv, i) => {
      usedItems.add(cv.item);
      const key = itemKey(cv.item, cv.row);
      const warnings = warningLines(record.flagged.get(key) ?? '');
      cv.flags.forEach((flag, j) => {
        if (!warnings.some((w) => occurrences(w, flag).length > 0))
          problem(
            `caveats[${i}].flags[${j}]`,
            `"${flag}" is not in a ⚠ passage of public record ${key}`,
          );
      });
      if (cv.other !== undefined && occurrences(record.items.get(key) ?? '', cv.other).length === 0)
        problem(`caveats[${i}].other`, `"${cv.other}" does not occur in public record ${key}`);
      if (cv.page && !record.all.includes(cv.page.url))
        problem(
          `caveats[${i}].page.url`,
          `${cv.page.url} is not an address the public record names`,
        );
    });
    // A passage several items share (A7–A10's common lines) is answered by a caveat on any of them.
    const passagesOf = (key: string) => warningLines(record.flagged.get(key) ?? '');
    for (const key of cited) {
      for (const w of passagesOf(key)) {
        const answered = dataset.caveats.some(
          (cv) =>
            passagesOf(itemKey(cv.item, cv.row)).includes(w) &&
            cv.flags.some((f) => occurrences(w, f).length > 0),
        );
        if (answered) caveatCount++;
        else
          problem(
            `public record ${key}`,
            `⚠ passage has no caveat in data/: "${w.trim().slice(0, 100)}"`,
          );
      }
    }
    dataset.omissions.forEach((o) => o.item !== undefined && usedItems.add(o.item));
    for (const item of REQUIRED_ITEMS)
      if (!usedItems.has(item))
        problem(
          `public record ${item}`,
          `is neither used in data/ nor listed as left out with a reason`,
        );
  }

  // Coverage: every figure token of every article sits inside something data/ states or leaves out.
  let tokens = 0;
  let covered = 0;
  let omitted = 0;
  for (const [source, paras] of paragraphs) {
    paras.forEach((text, index) => {
      const paragraph = index + 1;
      const spans = located
        .filter((l) => l.source === source && l.paragraph === paragraph)
        .flatMap((l) =>
          occurrences(text, l.stated).map((span) => ({ ...span, omission: l.omission })),
        );
      for (const t of figureTokens(text)) {
        tokens++;
        const span = spans.find((s) => s.start <= t.start && t.end <= s.end);
        if (!span) {
          problem(
            `${source} ¶${paragraph}`,
            `figure "${t.text}" is neither in data/ nor left out: "${sentenceAround(text, t.start)}"`,
          );
        } else if (span.omission) omitted++;
        else covered++;
      }
    });
  }

  // Our own words: nothing we wrote shares a run of COPY_SHINGLE words with an article.
  const articleShingles = new Set<string>();
  for (const text of articles.values())
    for (const s of shingles(text, COPY_SHINGLE)) articleShingles.add(s);
  const ownText: { where: string; text: string }[] = [
    ...dataset.sources
      .filter((s) => s.titleKind === 'ours')
      .map((s) => ({ where: `sources.${s.id}.title`, text: s.title })),
    ...dataset.figures.flatMap((f, i) => [
      { where: `figures[${i}].label`, text: f.label },
      { where: `figures[${i}].citation.paraphrase`, text: f.citation.paraphrase },
    ]),
    ...citedItems.flatMap((item) =>
      item.citations.map((c, j) => ({
        where: `${item.where}.citations[${j}].paraphrase`,
        text: c.paraphrase,
      })),
    ),
    ...dataset.projects.map((p, i) => ({ where: `projects[${i}].name`, text: p.name })),
    ...dataset.events.map((e, i) => ({ where: `events[${i}].title`, text: e.title })),
    ...dataset.omissions.map((o, i) => ({ where: `omissions[${i}].reason`, text: o.reason })),
    ...dataset.contests.flatMap((c, i) => [
      { where: `contests[${i}].label`, text: c.label },
      { where: `contests[${i}].reading`, text: c.reading },
    ]),
    ...dataset.caveats.map((c, i) => ({ where: `caveats[${i}].note`, text: c.note })),
    ...dataset.editions.flatMap((e, i) => [
      { where: `editions[${i}].summary`, text: e.summary },
      ...e.changes.map((c, j) => ({ where: `editions[${i}].changes[${j}]`, text: c.text })),
    ]),
    ...dataset.projects.flatMap((p, i) =>
      (p.japanLinks ?? []).map((l, j) => ({
        where: `projects[${i}].japanLinks[${j}].text`,
        text: l.text,
      })),
    ),
    ...dataset.tour.flatMap((step, i) =>
      (['title', 'caption', 'notes'] as const)
        .map((key) => ({ where: `tour[${i}].${key}`, text: step[key] }))
        .concat({ where: `tour[${i}].citation.paraphrase`, text: step.citation.paraphrase }),
    ),
  ];
  for (const { where, text } of ownText) {
    for (const s of shingles(text, COPY_SHINGLE)) {
      if (articleShingles.has(s)) {
        problem(where, `copies the articles' wording: "${s}"`);
        break;
      }
    }
  }

  return {
    problems,
    counts: {
      sources: articles.size,
      paragraphs: [...paragraphs.values()].reduce((n, p) => n + p.length, 0),
      tokens,
      covered,
      omitted,
      recordItems: [...usedItems].length,
      caveats: caveatCount,
    },
  };
}
