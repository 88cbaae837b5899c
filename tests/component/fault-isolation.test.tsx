/**
 * Fault isolation: every widget sits in its own error boundary. One that throws shows a short
 * message (as text) and a retry; the others keep working; Retry draws it again once it can.
 * The failing widgets are stand-ins (vi.mock) that throw while `broken` is set.
 */
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { createElement } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createDashboardStore } from '../../src/store/dashboard-store.ts';
import { StoreProvider } from '../../src/store/use-dashboard.ts';
import { ChartsGrid } from '../../src/features/charts/charts-grid.tsx';
import { App } from '../../src/app/app.tsx';
import { en } from '../../src/i18n/messages-en.ts';
import { bundledDataset } from '../fixtures/bundled.ts';

const broken = vi.hoisted(() => ({ incentives: false, table: false }));
/** The message is itself hostile: it must show as text. */
const MESSAGE = 'drawing failed <img src=x onerror="window.__pwned=1">';

vi.mock('../../src/features/charts/incentives-chart.tsx', async (importOriginal) => {
  const actual =
    await importOriginal<typeof import('../../src/features/charts/incentives-chart.tsx')>();
  return {
    ...actual,
    IncentivesChart: () => {
      if (broken.incentives) throw new Error(MESSAGE);
      return createElement(actual.IncentivesChart);
    },
  };
});
vi.mock('../../src/features/table/projects-table.tsx', async (importOriginal) => {
  const actual =
    await importOriginal<typeof import('../../src/features/table/projects-table.tsx')>();
  return {
    ...actual,
    ProjectsTable: () => {
      if (broken.table) throw new Error(MESSAGE);
      return createElement(actual.ProjectsTable);
    },
  };
});

/** Let recharts and lazy chunks (the incentives chart is one) finish the renders they schedule. */
const settle = async () => {
  await act(async () => {
    await import('../../src/features/charts/incentives-chart.tsx');
    await new Promise<void>((r) => setTimeout(r, 0));
  });
  await act(() => new Promise<void>((r) => setTimeout(r, 0)));
};
const charts = () =>
  [...document.querySelectorAll('[data-chart]')].map((el) => el.getAttribute('data-chart'));

beforeEach(() => {
  // React reports errors caught by a boundary on console.error; they are expected here.
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});
afterEach(() => {
  broken.incentives = false;
  broken.table = false;
  vi.restoreAllMocks();
});

describe('error boundaries', () => {
  it('a chart that throws leaves the other charts working, and Retry draws it again', async () => {
    broken.incentives = true;
    render(
      <StoreProvider store={createDashboardStore(bundledDataset())}>
        <ChartsGrid />
      </StoreProvider>,
    );
    await settle();
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain(MESSAGE);
    expect(alert.querySelector('img')).toBeNull(); // the message is text, not markup
    expect(charts()).not.toContain('incentives');
    expect(charts()).toEqual(
      expect.arrayContaining(['investments', 'category-sector', 'category-type', 'timeline']),
    );
    // The others still respond: a click on a sector toggle selects it.
    const toggle = within(document.querySelector('[data-chart="category-sector"]')!)
      .getAllByRole('button')
      .find((b) => b.classList.contains('category-toggle'))!;
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-pressed')).toBe('true');

    broken.incentives = false;
    fireEvent.click(within(alert).getByRole('button', { name: en['error.retry'] }));
    await settle();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(charts()).toContain('incentives');
  });

  it('Retry while the widget still fails shows the message again, nothing else changes', async () => {
    broken.incentives = true;
    render(
      <StoreProvider store={createDashboardStore(bundledDataset())}>
        <ChartsGrid />
      </StoreProvider>,
    );
    await settle();
    fireEvent.click(screen.getByRole('button', { name: en['error.retry'] }));
    await settle();
    expect(screen.getAllByRole('alert')).toHaveLength(1);
    expect(charts()).toHaveLength(6);
  });

  it('in the whole app, a failing table leaves the figures, charts and map up; Retry restores it', async () => {
    broken.table = true;
    render(<App />);
    await screen.findAllByTestId('figure-card');
    await screen.findByTestId('charts-grid');
    await screen.findByTestId('map-panel', {}, { timeout: 8000 });
    await settle();
    const alerts = screen.getAllByRole('alert');
    expect(alerts).toHaveLength(1);
    expect(alerts[0]!.textContent).toContain(MESSAGE);
    expect(screen.queryByTestId('projects-table')).toBeNull();
    expect(screen.getAllByTestId('figure-card').length).toBeGreaterThan(10);
    expect(charts().length).toBeGreaterThanOrEqual(5);

    broken.table = false;
    fireEvent.click(within(alerts[0]!).getByRole('button', { name: en['error.retry'] }));
    await settle();
    expect(screen.getByTestId('projects-table')).toBeTruthy();
    expect(screen.queryAllByRole('alert')).toEqual([]);
  }, 20_000); // the map's chunk (Leaflet) is transformed on first use
});
