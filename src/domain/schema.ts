/**
 * The border's rules: the zod schemas of a dataset, the types inferred from them (never written
 * twice), and the referential checks the shapes alone cannot express. The closed vocabularies the
 * schemas use are in schema-enums.ts; parsing untrusted input with them, and wording the errors, is
 * parse-dataset.ts. Nothing past the border re-checks shapes.
 */
import * as z from 'zod';
import { isValidPartialDate } from './dates.ts';
import {
  SECTORS,
  PROJECT_TYPES,
  PROJECT_STATUSES,
  SCOPES,
  EVENT_KINDS,
  UNITS,
  QUALIFIERS,
  TOPICS,
  COUNTRIES,
} from './schema-enums.ts';

// Zod compiles fast paths with `new Function` unless told not to; a strict CSP forbids that.
z.config({ jitless: true });

const id = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'must be lower-case letters, digits and hyphens')
  .max(80);
/** Sources are named after their files (`002_7b4df1adcd7f53d2`). */
const sourceId = z
  .string()
  .regex(
    /^[A-Za-z0-9][A-Za-z0-9_-]*$/,
    'must be a file name without extension (letters, digits, _ and -)',
  )
  .max(80);
const text = (max: number) => z.string().trim().min(1, 'must not be empty').max(max);

const partialDate = z
  .string()
  .refine(
    isValidPartialDate,
    'must be a real date as YYYY, YYYY-MM, YYYY-MM-DD or a period YYYY/YYYY',
  );

/**
 * Our own text in Japanese and Hindi for an item whose English text is ours (labels, paraphrases,
 * captions; never an article's words): `{ ja: { label: '…' }, hi: { … } }`. A missing language or
 * field falls back to the English.
 */
const translations = <F extends string>(fields: readonly [F, ...F[]], max: number) => {
  const shape = z
    .strictObject(
      Object.fromEntries(fields.map((f) => [f, text(max).optional()])) as Record<
        F,
        z.ZodOptional<z.ZodString>
      >,
    )
    .partial();
  return z.strictObject({ ja: shape.optional(), hi: shape.optional() }).optional();
};

/** An item of the public record: A1–A10 (approved units), B (programme totals), C1–C20, D1–D8. */
const recordItem = z
  .string()
  .regex(
    /^(?:A(?:[1-9]|10)|B|C(?:[1-9]|1[0-9]|20)|D[1-8])$/,
    'must be a fact-sheet item: A1–A10, B, C1–C20 or D1–D8',
  );

/** The public page a fact-sheet item names: publisher, title, date and address. */
export const pageSchema = z.strictObject({
  publisher: text(120),
  /** Absent where the fact sheet names the page without its title. */
  title: text(240).optional(),
  /** True when the fact sheet took the title from the address (marked "(slug)" there). */
  titleFromSlug: z.boolean().optional(),
  date: partialDate.optional(),
  url: z
    .string()
    .max(400)
    .regex(/^https:\/\/[^\s]+$/, 'must be an https address'),
});

/**
 * Where a value stands. In an article: source id + paragraph (non-empty line, from 1). In the fact
 * sheet: source id + item (+ the row, for the programme totals of section B) + the page it names.
 * Either way, our one-line paraphrase.
 */
export const citationSchema = z.strictObject({
  source: sourceId,
  paragraph: z.number().int().min(1).optional(),
  item: recordItem.optional(),
  /** Section B's rows have no ids: the row's first cell ("Outlay & notification"). */
  row: text(60).optional(),
  page: pageSchema.optional(),
  /** The figure or date as the source writes it (a few words, never a sentence); checked by the audit. */
  stated: text(60).optional(),
  paraphrase: text(240),
});

export const sourceSchema = z.strictObject({
  id: sourceId,
  title: text(200),
  /** "headline" when the article opens with its headline; "ours" when the title is our own description. */
  titleKind: z.enum(['headline', 'ours']),
  author: text(120).optional(),
  affiliation: text(160).optional(),
  publisher: text(120).optional(),
  /** An article (cited by paragraph) or the cross-checked fact sheet (cited by item and page). */
  kind: z.enum(['article', 'fact-sheet']).default('article'),
  /** Articles: their non-empty lines. Absent for the fact sheet. */
  paragraphCount: z.number().int().min(1).optional(),
});

export const measureSchema = z.strictObject({
  value: z.number().finite(),
  unit: z.enum(UNITS),
  stated: text(60),
  qualifier: z.enum(QUALIFIERS).optional(),
});

export const figureSchema = z.strictObject({
  id,
  topic: z.enum(TOPICS),
  label: text(120),
  /** One measure per unit or currency the article states; the first is the primary. */
  measures: z.array(measureSchema).min(1),
  when: z.strictObject({ date: partialDate, stated: text(60) }).optional(),
  /** A span the figure runs over that is not a calendar period ("over the next decade"). */
  duration: z.strictObject({ years: z.number().positive(), stated: text(60) }).optional(),
  headline: z.boolean(),
  citation: citationSchema,
  /** What a reader must know to read the value (a general target, not a chip budget), sourced. */
  note: z.strictObject({ text: text(240), citation: citationSchema }).optional(),
  /** The label and the citation's paraphrase in Japanese and Hindi. */
  translations: translations(['label', 'paraphrase'], 240),
});

export const siteSchema = z.strictObject({
  id,
  name: text(120),
  lat: z.number().finite().min(-90).max(90),
  lon: z.number().finite().min(-180).max(180),
  precision: z.enum(['site', 'city', 'state']),
  country: z.enum(COUNTRIES),
  region: text(80),
  /** Coordinates are public ones, not from the articles: say where they come from. */
  coordinateSource: text(160),
  /** The fact-sheet item the coordinates are taken from, when they are (town precision there). */
  coordinateCitation: citationSchema.optional(),
  citations: z.array(citationSchema).min(1),
});

/** A partner; its country only where a source states it (never inferred from the name). */
export const partnerSchema = z.strictObject({
  name: text(120),
  country: z.enum(COUNTRIES).optional(),
});

export const projectSchema = z.strictObject({
  id,
  name: text(140),
  /** Empty when no source names who runs it. */
  partners: z.array(partnerSchema),
  sector: z.enum(SECTORS),
  type: z.enum(PROJECT_TYPES),
  scope: z.enum(SCOPES),
  status: z.enum(PROJECT_STATUSES),
  /** The unit's kind as the source words it ("ATMP (memory)"), where it says more than `type`. */
  kind: text(120).optional(),
  /** Capacity as stated ("50,000 wafer starts/month"), never converted. */
  capacity: text(120).optional(),
  siteId: id.optional(),
  date: partialDate.optional(),
  /** What `date` is: a cabinet approval, a signing … (absent: the project's own start). */
  dateKind: z.enum(['approval', 'signed', 'launched']).optional(),
  figureIds: z.array(id).optional(),
  /** The figure holding the project's stated cost (INR), for the incentive view. */
  costFigureId: id.optional(),
  /** How a unit without a Japanese partner links to Japan (a supplier's agreement), in our words. */
  japanLinks: z
    .array(z.strictObject({ text: text(160), projectId: id.optional(), citation: citationSchema }))
    .optional(),
  citations: z.array(citationSchema).min(1),
});

export const eventSchema = z.strictObject({
  id,
  title: text(140),
  kind: z.enum(EVENT_KINDS),
  /** Absent when the articles give no date: such events are listed but not placed on the timeline. */
  date: partialDate.optional(),
  siteId: id.optional(),
  projectIds: z.array(id).optional(),
  citations: z.array(citationSchema).min(1),
  translations: translations(['title'], 140),
});

export const omissionSchema = z.strictObject({
  source: sourceId,
  paragraph: z.number().int().min(1).optional(),
  item: recordItem.optional(),
  stated: text(80),
  reason: text(240),
});

/**
 * A figure two sources state differently: every figure in `figureIds` is a value of the same
 * quantity from its own source; none replaces another. `reading` says, in our words, what differs.
 */
export const contestSchema = z.strictObject({
  id,
  label: text(140),
  figureIds: z.array(id).min(2),
  reading: text(400),
  citation: citationSchema,
});

/**
 * A caveat the fact sheet marks ⚠ on a value we use: the other value, where it is stated, and why
 * we chose ours. `appliesTo` names the figures or projects it qualifies.
 */
export const caveatSchema = z.strictObject({
  item: recordItem,
  /** For section B, the row. */
  row: text(60).optional(),
  /** Snippets of the ⚠ passages this caveat answers, each as the sheet writes it. */
  flags: z.array(text(80)).min(1),
  appliesTo: z.array(id).min(1),
  /** The other value as the other page states it, if the caveat is about a value. */
  other: text(80).optional(),
  note: text(320),
  page: pageSchema.optional(),
});

/** One dataset edition: when, and what it added, corrected and marked contested. */
export const editionSchema = z.strictObject({
  number: z.number().int().min(1),
  date: partialDate,
  summary: text(240),
  changes: z
    .array(
      z.strictObject({
        kind: z.enum(['added', 'corrected', 'contested', 'left-out']),
        text: text(320),
        ids: z.array(id).optional(),
      }),
    )
    .default([]),
});

/** A guided-tour step: a map view, a filter state, a sourced caption and speaker notes. */
export const tourStepSchema = z.strictObject({
  id,
  title: text(80),
  caption: text(240),
  notes: text(600),
  view: z.strictObject({
    lat: z.number().finite().min(-90).max(90),
    lon: z.number().finite().min(-180).max(180),
    zoom: z.number().min(1).max(14),
  }),
  filters: z.strictObject({
    sector: z.array(z.enum(SECTORS)).optional(),
    type: z.array(z.enum(PROJECT_TYPES)).optional(),
    country: z.array(z.enum(COUNTRIES)).optional(),
    site: z.array(id).optional(),
    years: z.tuple([z.number().int(), z.number().int()]).optional(),
  }),
  citation: citationSchema,
  translations: translations(['title', 'caption', 'notes'], 600),
});

const datasetShape = z.strictObject({
  schemaVersion: z.literal(1),
  title: text(120),
  asOf: partialDate,
  sources: z.array(sourceSchema).min(1),
  figures: z.array(figureSchema),
  sites: z.array(siteSchema),
  projects: z.array(projectSchema),
  events: z.array(eventSchema),
  omissions: z.array(omissionSchema),
  contests: z.array(contestSchema).default([]),
  caveats: z.array(caveatSchema).default([]),
  /** Editions, newest last; the last is the one loaded. */
  editions: z.array(editionSchema).default([]),
  /** The presenter's guided tour; a dataset without one gets an empty tour. */
  tour: z.array(tourStepSchema).default([]),
});

export type Citation = z.infer<typeof citationSchema>;
export type Source = z.infer<typeof sourceSchema>;
export type Measure = z.infer<typeof measureSchema>;
export type Figure = z.infer<typeof figureSchema>;
export type Site = z.infer<typeof siteSchema>;
export type Partner = z.infer<typeof partnerSchema>;
export type Project = z.infer<typeof projectSchema>;
export type TimelineEvent = z.infer<typeof eventSchema>;
export type Omission = z.infer<typeof omissionSchema>;
export type Page = z.infer<typeof pageSchema>;
export type Contest = z.infer<typeof contestSchema>;
export type Caveat = z.infer<typeof caveatSchema>;
export type Edition = z.infer<typeof editionSchema>;
export type TourStep = z.infer<typeof tourStepSchema>;
export type Dataset = z.infer<typeof datasetShape>;

/** Referential checks the shape alone cannot express: unique ids, known sources, paragraphs in range, links. */
export const datasetSchema = datasetShape.superRefine((d, ctx) => {
  const sources = new Map(d.sources.map((s) => [s.id, s]));
  const report = (path: (string | number)[], input: unknown, message: string) =>
    ctx.addIssue({ code: 'custom', path, input, message });

  const checkUnique = (name: string, items: readonly { id: string }[]) => {
    const seen = new Set<string>();
    items.forEach((item, i) => {
      if (seen.has(item.id)) report([name, i, 'id'], item.id, `duplicate id in ${name}`);
      seen.add(item.id);
    });
  };
  checkUnique('sources', d.sources);
  checkUnique('figures', d.figures);
  checkUnique('sites', d.sites);
  checkUnique('projects', d.projects);
  checkUnique('events', d.events);

  const siteIds = new Set(d.sites.map((s) => s.id));
  /** An article is cited by paragraph; the fact sheet by item and (for a value) the page it names. */
  const checkLocator = (
    path: (string | number)[],
    c: Pick<Citation, 'source' | 'paragraph' | 'item' | 'page' | 'row'>,
    needsPage = true,
  ) => {
    const s = sources.get(c.source);
    if (!s) return report([...path, 'source'], c.source, 'names no source in sources');
    if (s.kind === 'fact-sheet') {
      if (c.paragraph !== undefined)
        report(
          [...path, 'paragraph'],
          c.paragraph,
          `the fact sheet is cited by item, not paragraph`,
        );
      if (c.item === undefined)
        report([...path, 'item'], undefined, `a fact-sheet citation names its item`);
      else if (c.item === 'B' && c.row === undefined)
        report([...path, 'row'], undefined, `a section B citation names its row`);
      if (needsPage && c.page === undefined)
        report([...path, 'page'], undefined, `a fact-sheet citation names the page it rests on`);
      return;
    }
    if (c.item !== undefined || c.page !== undefined)
      report([...path, 'item'], c.item, `an article is cited by paragraph, not item`);
    if (c.paragraph === undefined)
      report([...path, 'paragraph'], undefined, `an article citation names its paragraph`);
    else if (s.paragraphCount !== undefined && c.paragraph > s.paragraphCount)
      report(
        [...path, 'paragraph'],
        c.paragraph,
        `source ${c.source} has ${s.paragraphCount} paragraphs`,
      );
  };
  d.sources.forEach((s, i) => {
    if (s.kind === 'article' && s.paragraphCount === undefined)
      report(['sources', i, 'paragraphCount'], undefined, 'an article states its paragraph count');
  });
  const checkCitations = (name: string, i: number, citations: readonly Citation[]) =>
    citations.forEach((c, j) => checkLocator([name, i, 'citations', j], c));

  d.figures.forEach((f, i) => {
    checkLocator(['figures', i, 'citation'], f.citation);
    if (f.note) checkLocator(['figures', i, 'note', 'citation'], f.note.citation);
  });
  d.sites.forEach((s, i) => {
    checkCitations('sites', i, s.citations);
    if (s.coordinateCitation)
      checkLocator(['sites', i, 'coordinateCitation'], s.coordinateCitation, false);
  });
  d.omissions.forEach((o, i) => checkLocator(['omissions', i], o, false));
  d.contests.forEach((c, i) => checkLocator(['contests', i, 'citation'], c.citation, false));
  checkUnique('tour', d.tour);
  d.tour.forEach((step, i) => {
    checkLocator(['tour', i, 'citation'], step.citation);
    step.filters.site?.forEach((s, j) => {
      if (!siteIds.has(s)) report(['tour', i, 'filters', 'site', j], s, 'names no site in sites');
    });
    const years = step.filters.years;
    if (years && years[0] > years[1])
      report(['tour', i, 'filters', 'years'], years, 'must run from an earlier to a later year');
  });

  const figureIds = new Set(d.figures.map((f) => f.id));
  const projectIds = new Set(d.projects.map((p) => p.id));
  checkUnique('contests', d.contests);
  d.contests.forEach((c, i) =>
    c.figureIds.forEach((f, j) => {
      if (!figureIds.has(f))
        report(['contests', i, 'figureIds', j], f, 'names no figure in figures');
    }),
  );
  const eventIds = new Set(d.events.map((e) => e.id));
  d.caveats.forEach((c, i) =>
    c.appliesTo.forEach((x, j) => {
      if (!figureIds.has(x) && !projectIds.has(x) && !eventIds.has(x) && !siteIds.has(x))
        report(['caveats', i, 'appliesTo', j], x, 'names no figure, project, event or site');
    }),
  );
  d.projects.forEach((p, i) => {
    checkCitations('projects', i, p.citations);
    p.japanLinks?.forEach((l, j) => {
      checkLocator(['projects', i, 'japanLinks', j, 'citation'], l.citation);
      if (l.projectId !== undefined && !projectIds.has(l.projectId))
        report(
          ['projects', i, 'japanLinks', j, 'projectId'],
          l.projectId,
          'names no project in projects',
        );
    });
    if (p.costFigureId !== undefined && !figureIds.has(p.costFigureId))
      report(['projects', i, 'costFigureId'], p.costFigureId, 'names no figure in figures');
    if (p.siteId !== undefined && !siteIds.has(p.siteId))
      report(['projects', i, 'siteId'], p.siteId, 'names no site in sites');
    p.figureIds?.forEach((f, j) => {
      if (!figureIds.has(f))
        report(['projects', i, 'figureIds', j], f, 'names no figure in figures');
    });
  });
  d.events.forEach((e, i) => {
    checkCitations('events', i, e.citations);
    if (e.siteId !== undefined && !siteIds.has(e.siteId))
      report(['events', i, 'siteId'], e.siteId, 'names no site in sites');
    e.projectIds?.forEach((p, j) => {
      if (!projectIds.has(p))
        report(['events', i, 'projectIds', j], p, 'names no project in projects');
    });
  });
});
