/**
 * <SourcesPanel/>: every source with the figures, projects, events and sites citing it and the
 * paragraphs they cite; focus moves to Close on opening; Escape closes.
 */
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SourcesPanel } from '../../src/features/sources/sources-panel.tsx';
import { createDashboardStore, type DashboardStore } from '../../src/store/dashboard-store.ts';
import { StoreProvider } from '../../src/store/use-dashboard.ts';
import { bundledDataset } from '../fixtures/bundled.ts';

const dataset = bundledDataset();

function renderPanel(panel: string | null = 'sources') {
  const store = createDashboardStore(dataset);
  store.getState().setPanel(panel);
  render(
    <StoreProvider store={store}>
      <button type="button">Open sources</button>
      <SourcesPanel />
    </StoreProvider>,
  );
  return store;
}

const panel = () => screen.getByTestId('sources-panel');
const entry = (id: string) => {
  const li = panel().querySelector<HTMLElement>(`li[data-source-id="${id}"]`);
  if (!li) throw new Error(`no source ${id}`);
  return li;
};
/** The items under one heading (Figures, Projects, Events, Sites) of a source's entry. */
const listUnder = (li: HTMLElement, heading: string): string[] => {
  const h = within(li).queryByRole('heading', { name: heading });
  if (!h) return [];
  return [...(h.parentElement?.querySelectorAll('li') ?? [])].map((x) => x.textContent ?? '');
};

describe('<SourcesPanel/>', () => {
  it('draws nothing unless the sources panel is open', () => {
    renderPanel(null);
    expect(screen.queryByTestId('sources-panel')).toBeNull();
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('lists every source once, in dataset order, under a labelled panel', () => {
    renderPanel();
    const aside = screen.getByRole('dialog', { name: 'Sources and what cites them' });
    expect(aside).toBe(panel());
    const ids = [...panel().querySelectorAll<HTMLElement>('li[data-source-id]')].map(
      (li) => li.dataset['sourceId'],
    );
    expect(ids).toEqual(dataset.sources.map((s) => s.id));
    expect(ids).toHaveLength(6); // five articles and the fact sheet
    for (const s of dataset.sources) {
      const li = entry(s.id);
      expect(li.querySelector('cite')?.textContent).toBe(s.title);
      expect(li.textContent).toContain(`File ${s.id}`);
      if (s.author) expect(li.textContent).toContain(`by ${s.author}`);
      expect(li.textContent?.includes('(title ours)')).toBe(s.titleKind === 'ours');
    }
  });

  it('under each source, lists every record citing it with the cited paragraphs', () => {
    renderPanel();
    const kinds = [
      ['Figures', dataset.figures.map((f) => ({ label: f.label, cites: [f.citation] }))],
      ['Projects', dataset.projects.map((p) => ({ label: p.name, cites: p.citations }))],
      ['Events', dataset.events.map((e) => ({ label: e.title, cites: e.citations }))],
      ['Sites', dataset.sites.map((x) => ({ label: x.name, cites: x.citations }))],
    ] as const;
    let total = 0;
    for (const s of dataset.sources) {
      const li = entry(s.id);
      for (const [heading, records] of kinds) {
        const expected = records.flatMap(({ label, cites }) => {
          const mine = cites.filter((c) => c.source === s.id);
          const paragraphs = [
            ...new Set(mine.flatMap((c) => (c.paragraph === undefined ? [] : [c.paragraph]))),
          ].sort((a, b) => a - b);
          const items = [...new Set(mine.flatMap((c) => (c.item === undefined ? [] : [c.item])))];
          const locators = [...paragraphs.map((n) => `¶${n}`), ...items];
          return locators.length === 0 ? [] : [`${label} ${locators.join(', ')}`];
        });
        expect(listUnder(li, heading), `${s.id} ${heading}`).toEqual(expected);
        total += expected.length;
      }
    }
    expect(total).toBeGreaterThan(50);
  });

  it('shows, for example, the investment figures of source 002 at ¶22', () => {
    renderPanel();
    const li = entry('002_7b4df1adcd7f53d2');
    const figures = listUnder(li, 'Figures');
    expect(
      figures.filter((x) =>
        x.startsWith("Japanese investments in India's chip sector, as article 002 counts them"),
      ),
    ).toEqual([
      "Japanese investments in India's chip sector, as article 002 counts them (with AI, space and quantum work) ¶22",
      "Japanese investments in India's chip sector, as article 002 counts them (with AI, space and quantum work) ¶22",
    ]);
    // The fact sheet is cited by item: the ten units' costs at A1–A10.
    expect(listUnder(entry('public-record'), 'Figures')).toContain(
      'Kaynes Semicon OSAT, Sanand: approved project cost A5',
    );
    expect(listUnder(li, 'Projects')).toContain('Dholera Special Investment Region ¶14');
    // A project cited in two paragraphs of one source lists both.
    expect(listUnder(entry('001_d88f8e6cb93a3abe'), 'Projects')).toContain(
      'Japan–India Semiconductor Supply Chain Partnership (MoC) ¶2, ¶4',
    );
    // A source nothing of a kind cites has no heading for it.
    expect(
      within(entry('003_12081d5a9082c1c1')).queryByRole('heading', { name: 'Figures' }),
    ).toBeNull();
    expect(listUnder(entry('004_6982af970363306e'), 'Sites')).toEqual([
      'Mundra ¶5',
      'Hyderabad ¶5',
      'Andhra Pradesh ¶3',
      'Tokyo ¶1',
    ]);
  });

  it('puts focus on Close when it opens, and Close closes it', () => {
    const store = renderPanel(null);
    const opener = screen.getByRole('button', { name: 'Open sources' });
    opener.focus();
    act(() => store.getState().setPanel('sources'));
    const close = within(panel()).getByRole('button', { name: 'Close' });
    expect(document.activeElement).toBe(close);
    fireEvent.click(close);
    expect(store.getState().panel).toBeNull();
    expect(screen.queryByTestId('sources-panel')).toBeNull();
  });

  it('has focus on Close when rendered open', () => {
    renderPanel();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Close' }));
  });

  it('Escape closes it; once closed, Escape leaves other panels alone', () => {
    const store: DashboardStore = renderPanel();
    fireEvent.keyDown(document.activeElement ?? document.body, { key: 'Escape' });
    expect(store.getState().panel).toBeNull();
    expect(screen.queryByTestId('sources-panel')).toBeNull();
    // Another key does nothing; a closed panel no longer listens.
    act(() => store.getState().setPanel('sources'));
    fireEvent.keyDown(document.body, { key: 'Enter' });
    expect(store.getState().panel).toBe('sources');
    act(() => store.getState().setPanel('provenance:moc-term'));
    fireEvent.keyDown(document.body, { key: 'Escape' });
    expect(store.getState().panel).toBe('provenance:moc-term');
  });
});
