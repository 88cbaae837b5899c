/**
 * The English message catalogue: every piece of UI text. Other languages supply the same keys.
 * Placeholders are written {name} and filled by `t`.
 */
export const en = {
  'app.title': 'India–Japan Semiconductor Partnership',
  'app.tagline':
    'The public record of the partnership, figure by figure, each with its source and, where we computed it, its arithmetic.',
  'app.summary':
    '{figures} sourced figures · {projects} projects · {sites} sites · {events} events · from {sources} articles',
  'app.asOf': 'Record up to {date}',
  'app.skipToContent': 'Skip to the figures',
  'app.loading': 'Loading the dataset…',

  'section.headline.title': 'Headline figures',
  'section.headline.lede':
    'As the articles state them. Approximate wording in the source stays approximate here.',
  'section.derived.title': 'Derived figures',
  'section.derived.lede':
    'Computed in the dashboard from the sourced figures above; the arithmetic is shown on each card.',
  'section.sources.title': 'Sources',
  'section.sources.lede': 'Paragraphs are counted as non-empty lines of each article, from 1.',

  'topic.investment': 'Investment',
  'topic.incentives': 'Incentives',
  'topic.trade': 'Supply chain',
  'topic.talent': 'Talent',
  'topic.deals': 'Deals',
  'topic.energy': 'Energy',
  'topic.diplomacy': 'Diplomacy',
  'topic.agreements': 'Agreements',

  'qualifier.about': 'about',
  'qualifier.approximately': 'approx.',
  'qualifier.nearly': 'nearly',
  'qualifier.over': 'over',
  'qualifier.up-to': 'up to',
  'qualifier.as-many-as': 'as many as',

  'unit.count': '{value}',
  'unit.people': '{value} people',
  'unit.companies': '{value} companies',
  'unit.MW': '{value} MW',
  'unit.years': '{value} years',
  'unit.days': '{value} days',
  'unit.perYear': '{value} a year',
  'unit.rate': '{value} per US$1',

  'when.period': '{start}–{end}',
  'when.over': 'over {value}',
  'when.by': 'by {value}',

  'card.derived': 'Derived',
  'card.source': 'Source',
  'card.paragraph': '¶{n}',
  'card.titleOurs': '(title ours)',
  'card.showProvenance': 'Show where this comes from',
  'card.hideProvenance': 'Hide where this comes from',
  'card.provenanceFor': 'Provenance of {label}',
  'card.paraphrase': 'In our words',
  'card.stated': 'As stated',
  'card.statedShare': 'The article rounds this to {value}.',
  'card.inputs': 'Computed from',

  'derived.incentives-allocated-share': 'Share of ISM incentives allocated',
  'derived.incentives-remainder': 'ISM incentives not yet allocated',
  'derived.investments-growth': 'Growth in Japanese investments, 2017–2020 to 2021–2024',
  'derived.investments-total': 'Japanese investments, 2017–2024 in all',
  'derived.investments-per-year-2017-2020': 'Average Japanese investments a year, 2017–2020',
  'derived.investments-per-year-2021-2024': 'Average Japanese investments a year, 2021–2024',
  'derived.target-per-year': "Japan's ten-year target, spread evenly per year",
  'derived.implied-jpy-per-usd': 'Yen per US dollar implied by the target’s two amounts',
  'derived.implied-inr-per-usd': 'Rupees per US dollar implied by the incentive amounts',
  'derived.note.per-year': 'An even spread over the period; the source gives no yearly figures.',

  'op.ratio': '{a} ÷ {b} = {result}',
  'op.difference': '{a} − {b} = {result}',
  'op.growth': '({b} − {a}) ÷ {a} = {result}',
  'op.per-year': '{a} ÷ {years} years = {result}',
  'op.sum': '{a} + {b} = {result}',
  'op.rate': '{a} ÷ {b} = {result}',

  'sources.by': 'by {author}',
  'sources.affiliation': '{affiliation}',
  'sources.paragraphs': '{n} paragraphs',
  'sources.id': 'File {id}',

  'error.title': 'The dataset could not be loaded',
  'error.lede': '{count} problems were found in {file}. Nothing was loaded.',
  'error.row': '{path}: {reason} (value {value})',
  'error.boundary': 'This part of the page failed to draw: {message}',
  'error.retry': 'Try again',
} as const;

export type MessageKey = keyof typeof en;
export type Catalogue = Record<MessageKey, string>;
