import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  describeValue,
  formatPath,
  parseDataset,
  parseDatasetText,
  type ParseResult,
  type ValidationError,
} from '../../src/domain/parse-dataset.ts';
import { bundledDataset, bundledJson } from '../fixtures/bundled.ts';
import { brokenVariants } from '../fixtures/broken-variants.ts';
import { synthDataset } from '../fixtures/synth-dataset.ts';

const datasetPath = fileURLToPath(new URL('../../data/dataset.json', import.meta.url));

function errorsOf(result: ParseResult): ValidationError[] {
  if (result.ok) throw new Error('expected the dataset to be rejected, but it validated');
  return result.errors;
}

describe('the bundled data/dataset.json', () => {
  it('validates when imported as JSON', () => {
    const result = parseDataset(bundledJson);
    expect(result.ok ? [] : result.errors).toEqual([]);
  });

  it('validates when read as text from disk', () => {
    const result = parseDatasetText(readFileSync(datasetPath, 'utf8'));
    expect(result.ok ? [] : result.errors).toEqual([]);
  });
});

describe('broken variants: each single mutation gives exactly one precise error', () => {
  const bases = { synthesized: synthDataset(1), bundled: bundledDataset() };
  for (const [baseName, base] of Object.entries(bases)) {
    describe(`of the ${baseName} dataset`, () => {
      for (const v of brokenVariants(base)) {
        it(v.name, () => {
          const errors = errorsOf(parseDataset(v.data));
          expect(errors.map((e) => e.path)).toEqual([v.path]);
          const [error] = errors;
          expect(error?.reason).toContain(v.reason);
          expect(error?.value).toContain(v.value);
        });
      }
    });
  }

  it('holds for synthesized datasets of many seeds (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 31 - 1 }), fc.nat(), (seed, pick) => {
        const variants = brokenVariants(synthDataset(seed));
        const v = variants[pick % variants.length];
        if (!v) throw new Error('no variants');
        const errors = errorsOf(parseDataset(v.data));
        expect(errors.map((e) => e.path)).toEqual([v.path]);
        expect(errors[0]?.reason).toContain(v.reason);
        expect(errors[0]?.value).toContain(v.value);
      }),
      { numRuns: 200 },
    );
  });

  it('reports every problem at once, shape and references together', () => {
    const d = JSON.parse(JSON.stringify(synthDataset(7))) as {
      sites: { lat: unknown }[];
      projects: { siteId?: string }[];
    };
    d.sites[0]!.lat = 91;
    d.projects[0]!.siteId = 'nowhere';
    const paths = errorsOf(parseDataset(d)).map((e) => e.path);
    expect(paths).toEqual(expect.arrayContaining(['sites[0].lat', 'projects[0].siteId']));
  });
});

describe('synthesized datasets', () => {
  it('validate, unchanged, for any seed (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 31 - 1 }), (seed) => {
        const d = synthDataset(seed);
        const result = parseDataset(JSON.parse(JSON.stringify(d)));
        expect(result.ok ? [] : result.errors).toEqual([]);
        if (result.ok) expect(result.dataset).toEqual(d);
      }),
      { numRuns: 150 },
    );
  });

  it('are deterministic per seed and differ between seeds', () => {
    expect(synthDataset(42)).toEqual(synthDataset(42));
    expect(synthDataset(42)).not.toEqual(synthDataset(43));
  });

  it('honour the size options, including empty optional collections', () => {
    const d = synthDataset(3, {
      sources: 2,
      figures: 0,
      sites: 0,
      projects: 4,
      events: 0,
      omissions: 0,
    });
    expect([
      d.sources.length,
      d.figures.length,
      d.sites.length,
      d.projects.length,
      d.events.length,
    ]).toEqual([2, 0, 0, 4, 0]);
    expect(d.projects.every((p) => p.siteId === undefined && p.figureIds === undefined)).toBe(true);
    expect(parseDataset(d).ok).toBe(true);
  });
});

describe('parseDatasetText', () => {
  it('reports invalid JSON as one (root) error saying it is not valid JSON', () => {
    const errors = errorsOf(parseDatasetText('{"schemaVersion": 1,'));
    expect(errors).toHaveLength(1);
    expect(errors[0]?.path).toBe('(root)');
    expect(errors[0]?.reason).toMatch(/^not valid JSON: /);
    expect(errors[0]?.value).toBe(JSON.stringify('{"schemaVersion": 1,'));
  });

  it('rejects JSON that is not an object', () => {
    const errors = errorsOf(parseDatasetText('[1, 2]'));
    expect(errors[0]?.path).toBe('(root)');
    expect(errors[0]?.reason).toContain('expected object');
  });
});

describe('prototype pollution through "__proto__" keys', () => {
  const text = JSON.stringify(synthDataset(5));

  it('a root "__proto__" key is rejected as an unknown key and pollutes nothing', () => {
    const polluted = text.replace(/^\{/, '{"__proto__":{"polluted":"yes","schemaVersion":1},');
    const errors = errorsOf(parseDatasetText(polluted));
    expect(errors).toEqual([
      expect.objectContaining({ path: '(root)', reason: 'Unrecognized key: "__proto__"' }),
    ]);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('a nested "__proto__" key (inside a source) is rejected at that object', () => {
    const polluted = text.replace(
      '"paragraphCount":',
      '"__proto__":{"isAdmin":true},"paragraphCount":',
    );
    const errors = errorsOf(parseDatasetText(polluted));
    expect(errors).toEqual([
      expect.objectContaining({ path: 'sources[0]', reason: 'Unrecognized key: "__proto__"' }),
    ]);
    expect(({} as Record<string, unknown>)['isAdmin']).toBeUndefined();
  });

  it('a "constructor" key is likewise an unknown key', () => {
    const errors = errorsOf(
      parseDatasetText(text.replace(/^\{/, '{"constructor":{"prototype":{"x":1}},')),
    );
    expect(errors[0]?.reason).toBe('Unrecognized key: "constructor"');
    expect(Object.prototype).not.toHaveProperty('x');
  });
});

describe('formatPath and describeValue', () => {
  it('format paths like projects[3].siteId, and the empty path as (root)', () => {
    expect(formatPath(['projects', 3, 'siteId'])).toBe('projects[3].siteId');
    expect(formatPath(['events', 0, 'projectIds', 2])).toBe('events[0].projectIds[2]');
    expect(formatPath([])).toBe('(root)');
  });

  it('describe missing, string, number and long values', () => {
    expect(describeValue(undefined)).toBe('(missing)');
    expect(describeValue('x')).toBe('"x"');
    expect(describeValue(91)).toBe('91');
    expect(describeValue(Infinity)).toBe('Infinity');
    expect(describeValue(-Infinity)).toBe('-Infinity');
    expect(describeValue(NaN)).toBe('NaN');
    const long = describeValue('a'.repeat(200));
    expect(long).toHaveLength(80);
    expect(long.endsWith('...')).toBe(true);
  });

  it('survive values JSON cannot stringify', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic['self'] = cyclic;
    expect(describeValue(cyclic)).toBe('[object Object]');
    expect(describeValue(10n)).toBe('10');
  });
});
