/**
 * The border's entry points: untrusted input (JSON text, or a value already parsed) in, a typed
 * dataset or precise errors out, each with its path, the offending value (shortened) and the reason.
 * Separate from schema.ts, which says what is valid; this file says how a failure is reported.
 */
import { datasetSchema, type Dataset } from './schema.ts';

export interface ValidationError {
  /** Where in the document, as a JSON-ish path: `projects[3].siteId`. */
  path: string;
  /** The offending value, shortened for display. */
  value: string;
  reason: string;
}

export type ParseResult = { ok: true; dataset: Dataset } | { ok: false; errors: ValidationError[] };

export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out === '' ? '(root)' : out;
}

export function describeValue(value: unknown): string {
  if (value === undefined) return '(missing)';
  // JSON has no Infinity or NaN (JSON.stringify writes null): a number too large for a double
  // (1e400) arrives as Infinity and must be shown as what it is.
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
  let s: string;
  try {
    s =
      typeof value === 'string' ? JSON.stringify(value) : (JSON.stringify(value) ?? String(value));
  } catch {
    s = String(value);
  }
  return s.length > 80 ? `${s.slice(0, 77)}...` : s;
}

/** Turn untrusted input (already JSON-parsed) into a dataset or a list of precise errors. */
export function parseDataset(input: unknown): ParseResult {
  const result = datasetSchema.safeParse(input, { reportInput: true });
  if (result.success) return { ok: true, dataset: result.data };
  const errors = result.error.issues.map((issue) => ({
    path: formatPath(issue.path),
    value: describeValue(issue.input),
    reason: issue.message,
  }));
  return { ok: false, errors };
}

/** Parse JSON text first, so that a syntax error is reported like any other. */
export function parseDatasetText(text: string): ParseResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    return {
      ok: false,
      errors: [
        {
          path: '(root)',
          value: describeValue(text.slice(0, 40)),
          reason: `not valid JSON: ${reason}`,
        },
      ],
    };
  }
  return parseDataset(json);
}
