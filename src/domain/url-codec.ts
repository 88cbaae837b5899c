/**
 * The view in the URL: a pure, versioned codec (OWID's GrapherUrl, without the class).
 * `encodeView(state)` gives a canonical query string; `decodeView(query, vocabulary)` never throws,
 * always returns a valid state, and lists what it dropped so the caller can rewrite the URL.
 *
 *   v=1 & sector=a,b & type=… & country=… & site=… & years=2023-2025 & q=text & cur=USD & panel=sources
 *       & step=3 (presenting the tour, at its third step) & lang=ja & theme=dark & units=indian
 *
 * lang and theme appear only when the reader chose them; otherwise the browser's language and the
 * system's colour scheme apply, so a link does not impose the sender's defaults.
 */
import type { Clause, Clauses, InField } from './clauses.ts';
import { DEFAULT_PREFERENCES, isLanguage, isTheme, type Preferences } from './preferences.ts';

export const URL_VERSION = '1';

export interface ViewState extends Preferences {
  clauses: Clauses;
  currency: string;
  panel: string | null;
  /** The tour step being presented (0-based), or null when not presenting. */
  step: number | null;
}

export interface Vocabulary {
  sector: readonly string[];
  type: readonly string[];
  country: readonly string[];
  site: readonly string[];
  currencies: readonly string[];
  panels: readonly string[];
  years: readonly [number, number];
  /** Number of tour steps; 0 when the dataset has no tour. */
  tourLength: number;
}

export const DEFAULT_CURRENCY = 'INR';

export function defaultView(vocabulary?: Pick<Vocabulary, 'currencies'>): ViewState {
  return {
    clauses: {},
    currency: vocabulary?.currencies[0] ?? DEFAULT_CURRENCY,
    panel: null,
    step: null,
    ...DEFAULT_PREFERENCES,
  };
}

const IN_PARAMS: readonly InField[] = ['sector', 'type', 'country', 'site'];
const MAX_QUERY = 200;

export function encodeView(state: ViewState, defaults: ViewState = defaultView()): string {
  const parts: [string, string][] = [['v', URL_VERSION]];
  for (const field of IN_PARAMS) {
    const clause = state.clauses[field];
    if (clause?.kind === 'in' && clause.values.length > 0)
      parts.push([field, [...clause.values].sort().join(',')]);
  }
  const years = state.clauses.timeline;
  if (years?.kind === 'range') parts.push(['years', `${years.min}-${years.max}`]);
  const search = state.clauses.table;
  if (search?.kind === 'search' && search.query.trim() !== '')
    parts.push(['q', search.query.trim()]);
  if (state.currency !== defaults.currency) parts.push(['cur', state.currency]);
  if (state.panel !== null) parts.push(['panel', state.panel]);
  if (state.step !== null) parts.push(['step', String(state.step + 1)]);
  if (state.lang !== null) parts.push(['lang', state.lang]);
  if (state.theme !== null) parts.push(['theme', state.theme]);
  if (state.indianUnits) parts.push(['units', 'indian']);
  // A lone surrogate cannot be percent-encoded; replace it rather than throw.
  const wellFormed = (v: string) => v.replace(new RegExp(LONE_SURROGATE.source, 'g'), '\uFFFD');
  return parts
    .map(([k, v]) => `${k}=${encodeURIComponent(wellFormed(v)).replace(/%2C/g, ',')}`)
    .join('&');
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Decode one part; null for malformed percent-encoding or text that is not well-formed Unicode. */
function safeDecode(s: string): string | null {
  try {
    const decoded = decodeURIComponent(s.replace(/\+/g, ' '));
    return LONE_SURROGATE.test(decoded) ? null : decoded;
  } catch {
    return null;
  }
}

/** Split a query into a Map (no prototype, so `__proto__` is just a key), dropping undecodable parts. */
function readParams(query: string, dropped: string[]): Map<string, string> {
  const params = new Map<string, string>();
  const body = query.startsWith('?') ? query.slice(1) : query;
  for (const part of body.split('&')) {
    if (part === '') continue;
    const eq = part.indexOf('=');
    const key = safeDecode(eq === -1 ? part : part.slice(0, eq));
    const value = safeDecode(eq === -1 ? '' : part.slice(eq + 1));
    if (key === null || value === null || params.has(key)) {
      dropped.push(key ?? part);
      continue;
    }
    params.set(key, value);
  }
  return params;
}

export interface Decoded {
  state: ViewState;
  /** Parameters (or parts of them) that were unknown, malformed or out of range. */
  dropped: string[];
}

export function decodeView(query: string, vocabulary: Vocabulary): Decoded {
  const dropped: string[] = [];
  const state = defaultView(vocabulary);
  const params = readParams(query, dropped);
  const version = params.get('v');
  if (version !== undefined && version !== URL_VERSION) {
    // A link from a future version: keep nothing we might misread.
    return { state, dropped: [...params.keys()] };
  }
  params.delete('v');
  const clauses: Clauses = {};
  for (const field of IN_PARAMS) {
    const raw = params.get(field);
    if (raw === undefined) continue;
    params.delete(field);
    const allowed = vocabulary[field];
    const values = [...new Set(raw.split(','))];
    const kept = values.filter((v) => allowed.includes(v));
    if (kept.length !== values.length) dropped.push(field);
    if (kept.length > 0)
      clauses[field] = { kind: 'in', field, values: kept.sort() } satisfies Clause;
  }
  const years = params.get('years');
  if (years !== undefined) {
    params.delete('years');
    const m = /^(\d{4})-(\d{4})$/.exec(years);
    const [lo, hi] = vocabulary.years;
    const min = m ? Number(m[1]) : NaN;
    const max = m ? Number(m[2]) : NaN;
    if (m && min <= max && min >= lo && max <= hi)
      clauses.timeline = { kind: 'range', field: 'year', min, max };
    else dropped.push('years');
  }
  const q = params.get('q');
  if (q !== undefined) {
    params.delete('q');
    const query = q.trim();
    if (query !== '' && query.length <= MAX_QUERY)
      clauses.table = { kind: 'search', field: 'text', query };
    else dropped.push('q');
  }
  const cur = params.get('cur');
  if (cur !== undefined) {
    params.delete('cur');
    if (vocabulary.currencies.includes(cur)) state.currency = cur;
    else dropped.push('cur');
  }
  const panel = params.get('panel');
  if (panel !== undefined) {
    params.delete('panel');
    if (vocabulary.panels.includes(panel)) state.panel = panel;
    else dropped.push('panel');
  }
  const step = params.get('step');
  if (step !== undefined) {
    params.delete('step');
    const n = /^\d{1,3}$/.test(step) ? Number(step) : NaN;
    if (n >= 1 && n <= vocabulary.tourLength) state.step = n - 1;
    else dropped.push('step');
  }
  const lang = params.get('lang');
  if (lang !== undefined) {
    params.delete('lang');
    if (isLanguage(lang)) state.lang = lang;
    else dropped.push('lang');
  }
  const theme = params.get('theme');
  if (theme !== undefined) {
    params.delete('theme');
    if (isTheme(theme)) state.theme = theme;
    else dropped.push('theme');
  }
  const units = params.get('units');
  if (units !== undefined) {
    params.delete('units');
    if (units === 'indian') state.indianUnits = true;
    else dropped.push('units');
  }
  dropped.push(...params.keys());
  state.clauses = clauses;
  return { state, dropped };
}
