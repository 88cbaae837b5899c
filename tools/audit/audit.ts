/**
 * The source audit: every sourced figure stands in the paragraph it cites, with the value it states;
 * every figure the articles carry is represented in data/ or listed there as deliberately left out;
 * no paraphrase copies the articles. Pure: the CLI reads files and prints.
 */
import type { Citation, Dataset } from '../../src/domain/schema.ts';
import { parsePartialDate } from '../../src/domain/dates.ts';
import { figureTokens, occurrences, sentenceAround, shingles, splitParagraphs } from './text.ts';
import { parseStatedDate, parseStatedNumber, sameNumber } from './stated.ts';

export interface AuditProblem {
  /** Where in data/ (a JSON path) or in the articles (source ¶n). */
  where: string;
  message: string;
}

export interface AuditReport {
  problems: AuditProblem[];
  counts: { sources: number; paragraphs: number; tokens: number; covered: number; omitted: number };
}

/** Eight running words shared with an article count as copying. */
export const COPY_SHINGLE = 8;

interface Located {
  where: string;
  source: string;
  paragraph: number;
  stated: string;
  omission?: boolean;
}

export function auditDataset(dataset: Dataset, articles: ReadonlyMap<string, string>): AuditReport {
  const problems: AuditProblem[] = [];
  const problem = (where: string, message: string) => problems.push({ where, message });
  const paragraphs = new Map<string, string[]>();
  for (const [id, text] of articles) paragraphs.set(id, splitParagraphs(text));

  // Sources: every article has an entry and every entry an article; titles and bylines match.
  for (const id of articles.keys()) {
    if (!dataset.sources.some((s) => s.id === id))
      problem(`sources`, `article ${id} has no entry in sources`);
  }
  dataset.sources.forEach((s, i) => {
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

  const located: Located[] = [];
  const locate = (
    where: string,
    c: Pick<Citation, 'source' | 'paragraph'>,
    stated: string,
    omission = false,
  ) => {
    const text = paragraphText(c.source, c.paragraph);
    if (text === undefined)
      return problem(where, `cites ${c.source} ¶${c.paragraph}, which does not exist`);
    if (occurrences(text, stated).length === 0)
      return problem(where, `"${stated}" does not occur in ${c.source} ¶${c.paragraph}`);
    located.push({ where, source: c.source, paragraph: c.paragraph, stated, omission });
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
      if (c.stated === undefined) return;
      locate(`${item.where}.citations[${j}]`, c, c.stated);
      stateds.push(c.stated);
    });
    if (item.date !== undefined) checkDate(`${item.where}.date`, item.date, stateds);
  }
  dataset.omissions.forEach((o, i) => locate(`omissions[${i}]`, o, o.stated, true));
  dataset.tour.forEach((step, i) => {
    const text = paragraphText(step.citation.source, step.citation.paragraph);
    if (text === undefined)
      problem(
        `tour[${i}].citation`,
        `cites ${step.citation.source} ¶${step.citation.paragraph}, which does not exist`,
      );
    if (step.citation.stated !== undefined)
      locate(`tour[${i}].citation`, step.citation, step.citation.stated);
  });

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
    },
  };
}
