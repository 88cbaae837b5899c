import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { App } from '../../src/app/app.tsx';
import { DatasetErrors } from '../../src/app/dataset-errors.tsx';
import { parseDataset, type ValidationError } from '../../src/domain/parse-dataset.ts';
import { en } from '../../src/i18n/messages-en.ts';
import { brokenVariants } from '../fixtures/broken-variants.ts';

describe('<App/>', () => {
  it('shows the title as the one h1 and no error', () => {
    render(<App />);
    const h1 = screen.getByRole('heading', { level: 1 });
    expect(h1.textContent).toBe(en['app.title']);
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    expect(screen.queryByText(en['error.title'])).toBeNull();
    expect(screen.getAllByTestId('figure-card').length).toBeGreaterThan(0);
  });

  // Regression: SiteList once selected a fresh [] per call (no site clause), which looped
  // useSyncExternalStore ("Maximum update depth exceeded") and tripped its ErrorBoundary.
  it('draws every widget: no error boundary shows an alert', () => {
    render(<App />);
    expect(screen.queryAllByRole('alert').map((a) => a.textContent)).toEqual([]);
  });
});

describe('<DatasetErrors/>', () => {
  const errors: ValidationError[] = [
    { path: 'projects[3].siteId', value: '"nowhere"', reason: 'names no site in sites' },
    { path: 'sites[0].lat', value: '91', reason: 'Too big: expected number to be <=90' },
    {
      path: '(root)',
      value: '"{\\"a\\":"',
      reason: 'not valid JSON: Unexpected end of JSON input',
    },
  ];

  it('lists each error’s path, reason and value inside role=alert', () => {
    render(<DatasetErrors file="data/dataset.json" errors={errors} />);
    const alert = screen.getByRole('alert');
    expect(within(alert).getByRole('heading', { level: 1 }).textContent).toBe(en['error.title']);
    expect(alert.textContent).toContain('3 problems were found in data/dataset.json');
    const items = within(alert).getAllByRole('listitem');
    expect(items).toHaveLength(errors.length);
    errors.forEach((e, i) => {
      const text = items[i]?.textContent ?? '';
      expect(text).toContain(e.path);
      expect(text).toContain(e.reason);
      expect(text).toContain(e.value);
    });
  });

  it('shows the real errors of a broken dataset', () => {
    const variant = brokenVariants().find((v) => v.name === 'project siteId naming no site');
    const result = parseDataset(variant?.data);
    if (result.ok || !variant) throw new Error('expected the variant to be rejected');
    render(<DatasetErrors file="upload.json" errors={result.errors} />);
    expect(screen.getByRole('alert').textContent).toContain(
      `${variant.path}: names no site in sites (value "nowhere")`,
    );
  });

  it('lists at most 100 errors but counts them all', () => {
    const many = Array.from({ length: 150 }, (_, i) => ({
      path: `figures[${i}].id`,
      value: `"x${i}"`,
      reason: 'duplicate id in figures',
    }));
    render(<DatasetErrors file="big.json" errors={many} />);
    expect(screen.getAllByRole('listitem')).toHaveLength(100);
    expect(screen.getByRole('alert').textContent).toContain('150 problems were found in big.json');
  });
});
