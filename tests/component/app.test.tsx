import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { App } from '../../src/app/app.tsx';
import { en } from '../../src/i18n/messages-en.ts';

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
