/**
 * The build's check of the bundled dataset (build/first-view.ts): a broken dataset fails the build
 * with each error's path, reason and value, worded as the import panel words them; a valid one is
 * read as the app's Dataset. One real `vite build` of a broken copy proves the build stops.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { datasetErrorMessage, readBundledDataset } from '../../build/first-view.ts';
import { parseDataset } from '../../src/domain/parse-dataset.ts';
import { brokenVariants } from '../fixtures/broken-variants.ts';

const ROOT = new URL('../..', import.meta.url).pathname;

describe('the bundled dataset, checked at build time', () => {
  it('reads the valid data/dataset.json as the app will use it', () => {
    const dataset = readBundledDataset(ROOT);
    expect(dataset.figures.length).toBeGreaterThan(0);
    expect(parseDataset(JSON.parse(readFileSync(join(ROOT, 'data/dataset.json'), 'utf8')))).toEqual(
      { ok: true, dataset },
    );
  });

  it("words a broken dataset's errors with path, reason and value", () => {
    const variant = brokenVariants().find((v) => v.name === 'project siteId naming no site');
    const result = parseDataset(variant?.data);
    if (result.ok || !variant) throw new Error('expected the variant to be rejected');
    const message = datasetErrorMessage('data/dataset.json', result.errors);
    expect(message).toContain('data/dataset.json');
    expect(message).toContain(`${variant.path}: names no site in sites (value "nowhere")`);
  });

  it('lists at most 100 errors and counts them all', () => {
    const many = Array.from({ length: 150 }, (_, i) => ({
      path: `figures[${i}].id`,
      value: `"x${i}"`,
      reason: 'duplicate id in figures',
    }));
    const message = datasetErrorMessage('big.json', many);
    expect(message).toContain('150 problems were found in big.json');
    expect(message).toContain('figures[99].id');
    expect(message).not.toContain('figures[100].id');
    expect(message).toContain('50 more');
  });

  it('a broken dataset fails `vite build`, naming the error', () => {
    const dir = mkdtempSync(join(tmpdir(), 'broken-build-'));
    try {
      for (const f of ['index.html', 'vite.config.ts', 'tsconfig.json', 'tsconfig.base.json'])
        cpSync(join(ROOT, f), join(dir, f));
      for (const d of ['src', 'build', 'data'])
        cpSync(join(ROOT, d), join(dir, d), { recursive: true });
      symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
      const data = JSON.parse(readFileSync(join(dir, 'data/dataset.json'), 'utf8'));
      data.sites[0].lat = 91;
      writeFileSync(join(dir, 'data/dataset.json'), JSON.stringify(data));
      let output = '';
      try {
        execFileSync(process.execPath, [join(ROOT, 'node_modules/vite/bin/vite.js'), 'build'], {
          cwd: dir,
          stdio: 'pipe',
          encoding: 'utf8',
        });
      } catch (e) {
        const err = e as { stdout?: string; stderr?: string };
        output = `${err.stdout ?? ''}${err.stderr ?? ''}`;
      }
      expect(output).toContain('data/dataset.json');
      expect(output).toMatch(/sites\[0\]\.lat: .* \(value 91\)/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
