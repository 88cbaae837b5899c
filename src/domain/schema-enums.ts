/**
 * The closed vocabularies of a dataset: the values a sector, a project type, a status, a unit, a
 * currency, a country … may take. Plain constants, apart from the zod schemas (schema.ts, built from
 * them), so that code that needs only a list (the ledger's columns and cell parsers, the URL
 * vocabulary, the selectors) does not depend on zod.
 */
export const SECTORS = [
  'semiconductors',
  'ai',
  'clean-energy',
  'critical-minerals',
  'ict-telecom',
  'space',
  'cybersecurity',
  'digital',
  'economic-security',
  /** Emerging technologies as one field ("including semiconductors"), not chips alone. */
  'emerging-technologies',
] as const;
export const PROJECT_TYPES = [
  'fab',
  'osat',
  'equipment',
  'rd-education',
  'data-centre',
  'energy',
  'minerals',
  'telecom',
  'space',
  'government-programme',
  'finance',
  'investment-deal',
  'discrete',
] as const;
export const PROJECT_STATUSES = [
  'announced',
  'planned',
  'under-construction',
  'operating',
  'ongoing',
  'agreed',
  'stalled',
  /** Reported as having run into obstacles, with nothing more stated. */
  'faced-obstacles',
  'in-force',
  /** Cleared by India's Union Cabinet; nothing later stated. */
  'approved',
  /** A pilot line runs; volume production not yet stated. */
  'pilot-production',
  /** An imported ledger row carries no status. */
  'unstated',
] as const;
export const SCOPES = [
  'bilateral',
  'domestic',
  'multilateral',
  'third-country',
  /** A foreign partner whose country no source states (Micron, Foxconn). */
  'unstated',
] as const;
export const EVENT_KINDS = [
  'agreement',
  'summit',
  'visit',
  'launch',
  'meeting',
  'designation',
  'exhibition',
] as const;
export const UNITS = [
  'count',
  'people',
  'companies',
  'percent',
  'fraction',
  'INR',
  'USD',
  'JPY',
  'MW',
  'years',
  'days',
  'ordinal',
] as const;
export const CURRENCIES = ['INR', 'USD', 'JPY'] as const;
export const QUALIFIERS = [
  'about',
  'approximately',
  'nearly',
  'over',
  'up-to',
  'as-many-as',
] as const;
export const TOPICS = [
  'investment',
  'incentives',
  'trade',
  'talent',
  'deals',
  'energy',
  'diplomacy',
  'agreements',
] as const;
export const COUNTRIES = ['IN', 'JP', 'TW', 'US', 'GB', 'KR', 'TH'] as const;

export type Unit = (typeof UNITS)[number];
export type Currency = (typeof CURRENCIES)[number];
