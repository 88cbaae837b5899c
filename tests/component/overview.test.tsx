import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DerivedFigures, HeadlineFigures } from '../../src/features/overview/overview.tsx';
import { selectDerivedFigures, selectHeadlineFigures } from '../../src/domain/selectors.ts';
import { createDashboardStore } from '../../src/store/dashboard-store.ts';
import { StoreProvider } from '../../src/store/use-dashboard.ts';
import { bundledDataset } from '../fixtures/bundled.ts';

const dataset = bundledDataset();
const headline = selectHeadlineFigures(dataset);
const derived = selectDerivedFigures(dataset);

function renderOverview() {
  const store = createDashboardStore(dataset);
  render(
    <StoreProvider store={store}>
      <HeadlineFigures />
      <DerivedFigures />
    </StoreProvider>,
  );
  return store;
}

function card(id: string): HTMLElement {
  const found = screen.getAllByTestId('figure-card').find((c) => c.dataset['figureId'] === id);
  if (!found) throw new Error(`no card for ${id}`);
  return found;
}
const toggleOf = (c: HTMLElement) =>
  within(c).getByRole('button', { name: /where this comes from/ });

describe('<Overview/> with the bundled dataset', () => {
  it('renders one card per headline figure, then one per derived figure, in selector order', () => {
    renderOverview();
    const cards = screen.getAllByTestId('figure-card');
    expect(cards.map((c) => c.dataset['figureId'])).toEqual([
      ...headline.map((f) => f.id),
      ...derived.map((d) => d.id),
    ]);
    expect(cards.filter((c) => c.dataset['derived'] === 'false')).toHaveLength(headline.length);
    expect(cards.filter((c) => c.dataset['derived'] === 'true')).toHaveLength(derived.length);
    expect(headline.length).toBeGreaterThan(0);
    expect(derived.length).toBeGreaterThan(0);
  });

  it('gives every card a non-empty source line with its paragraph mark or record item', () => {
    renderOverview();
    for (const c of screen.getAllByTestId('figure-card')) {
      const lines = within(c).getAllByTestId('source-line');
      expect(lines.length, c.dataset['figureId']).toBeGreaterThan(0);
      for (const line of lines)
        expect(line.textContent ?? '', c.dataset['figureId']).toMatch(
          /¶\d+|Public record [A-D]\d*/,
        );
    }
  });

  it('source lines name the cited paragraph and source title, or the item and its page', () => {
    renderOverview();
    for (const f of headline) {
      const line = within(card(f.id)).getAllByTestId('source-line')[0]!;
      const { citation } = f;
      if (citation.paragraph !== undefined) {
        const title = dataset.sources.find((s) => s.id === citation.source)?.title ?? '';
        expect(line.textContent).toContain(`¶${citation.paragraph}`);
        expect(line.textContent).toContain(title);
      } else {
        expect(line.textContent).toContain(`Public record ${citation.item}`);
        expect(line.textContent).toContain(citation.page!.publisher);
        expect(line.dataset['family']).toBe('record');
      }
    }
    expect(headline.some((f) => f.citation.item !== undefined)).toBe(true);
  });

  it('shows the arithmetic on every derived card', () => {
    renderOverview();
    for (const d of derived) {
      const arithmetic = within(card(d.id)).getByTestId('arithmetic');
      expect(arithmetic.textContent?.trim(), d.id).not.toBe('');
      expect(arithmetic.textContent, d.id).toMatch(/[÷−+]/);
    }
    expect(
      within(card('incentives-allocated-share')).getByTestId('arithmetic').textContent,
    ).toContain('nearly ₹629 billion ÷ ₹650 billion = about 96.8%');
    expect(within(card('investments-growth')).getByTestId('arithmetic').textContent).toContain(
      '(58 − 22) ÷ 22 = +163.6%',
    );
  });

  it('reveals the paraphrase when a card’s provenance button is clicked', () => {
    const store = renderOverview();
    const f = headline.find((x) => x.id === 'moc-term') ?? headline[0];
    if (!f) throw new Error('no headline figure');
    const c = card(f.id);
    const button = toggleOf(c);
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(within(c).queryByRole('region')).toBeNull();

    fireEvent.click(button);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    const region = within(c).getByRole('region', { name: `Provenance of ${f.label}` });
    expect(region.textContent).toContain(f.citation.paraphrase);
    expect(button.getAttribute('aria-controls')).toBe(region.id);
    expect(store.getState().panel).toBe(`provenance:${f.id}`);
  });

  it('opening another card closes the first; clicking again closes it', () => {
    renderOverview();
    const first = toggleOf(card('jp-share-materials'));
    const second = toggleOf(card('incentives-allocated-share'));
    fireEvent.click(first);
    fireEvent.click(second);
    expect(first.getAttribute('aria-expanded')).toBe('false');
    expect(second.getAttribute('aria-expanded')).toBe('true');
    const region = within(card('incentives-allocated-share')).getByRole('region');
    const allocated = dataset.figures.find((x) => x.id === 'ism-incentives-allocated');
    expect(region.textContent).toContain(allocated?.citation.paraphrase);
    fireEvent.click(second);
    expect(second.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryAllByRole('region', { name: /^Provenance of/ })).toHaveLength(0);
  });

  it('gives every button a non-empty accessible name', () => {
    renderOverview();
    const buttons = screen.getAllByRole('button');
    // Two per card: where the figure comes from, and "Suggest a correction".
    expect(buttons.length).toBe(2 * (headline.length + derived.length));
    expect(screen.getAllByRole('button', { name: /\S/ })).toHaveLength(buttons.length);
  });
});
