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

/** Where a value stands in the articles: source id + paragraph (non-empty line, from 1) + our paraphrase. */
export const citationSchema = z.strictObject({
  source: sourceId,
  paragraph: z.number().int().min(1),
  /** The figure or date as the article writes it (a few words, never a sentence); checked by the audit. */
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
  paragraphCount: z.number().int().min(1),
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
  citations: z.array(citationSchema).min(1),
});

export const partnerSchema = z.strictObject({ name: text(120), country: z.enum(COUNTRIES) });

export const projectSchema = z.strictObject({
  id,
  name: text(140),
  partners: z.array(partnerSchema).min(1),
  sector: z.enum(SECTORS),
  type: z.enum(PROJECT_TYPES),
  scope: z.enum(SCOPES),
  status: z.enum(PROJECT_STATUSES),
  siteId: id.optional(),
  date: partialDate.optional(),
  figureIds: z.array(id).optional(),
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
  paragraph: z.number().int().min(1),
  stated: text(80),
  reason: text(240),
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
  const checkLocator = (path: (string | number)[], source: string, paragraph: number) => {
    const s = sources.get(source);
    if (!s) report([...path, 'source'], source, 'names no source in sources');
    else if (paragraph > s.paragraphCount)
      report(
        [...path, 'paragraph'],
        paragraph,
        `source ${source} has ${s.paragraphCount} paragraphs`,
      );
  };
  const checkCitations = (name: string, i: number, citations: readonly Citation[]) =>
    citations.forEach((c, j) => checkLocator([name, i, 'citations', j], c.source, c.paragraph));

  d.figures.forEach((f, i) =>
    checkLocator(['figures', i, 'citation'], f.citation.source, f.citation.paragraph),
  );
  d.sites.forEach((s, i) => checkCitations('sites', i, s.citations));
  d.omissions.forEach((o, i) => checkLocator(['omissions', i], o.source, o.paragraph));
  checkUnique('tour', d.tour);
  d.tour.forEach((step, i) => {
    checkLocator(['tour', i, 'citation'], step.citation.source, step.citation.paragraph);
    step.filters.site?.forEach((s, j) => {
      if (!siteIds.has(s)) report(['tour', i, 'filters', 'site', j], s, 'names no site in sites');
    });
    const years = step.filters.years;
    if (years && years[0] > years[1])
      report(['tour', i, 'filters', 'years'], years, 'must run from an earlier to a later year');
  });

  const figureIds = new Set(d.figures.map((f) => f.id));
  const projectIds = new Set(d.projects.map((p) => p.id));
  d.projects.forEach((p, i) => {
    checkCitations('projects', i, p.citations);
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
