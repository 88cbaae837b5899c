/**
 * Trust in the page: the header's edition line and its six-month notice (with an injected clock),
 * "As of" on cards, "Suggest a correction" (copy, refused clipboard, download, Escape), "Cite this
 * view" (the link, the filters, the sources, the access date), and the changelog.
 */
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Changelog, CiteView, EditionNote } from '../../src/features/trust/index.ts';
import { DerivedFigures, HeadlineFigures } from '../../src/features/overview/index.ts';
import { ProjectsTable } from '../../src/features/table/index.ts';
import { ClockContext } from '../../src/components/clock.ts';
import { selectHeadlineFigures } from '../../src/domain/selectors.ts';
import type { Dataset } from '../../src/domain/schema.ts';
import { createDashboardStore } from '../../src/store/dashboard-store.ts';
import { StoreProvider } from '../../src/store/use-dashboard.ts';
import { bundledCopy } from '../fixtures/bundled.ts';
import { datasetWithEditions, PAGE_A4, recordCitation } from '../fixtures/trust.ts';
import { formatPartialDate } from '../../src/domain/format.ts';

function renderWith(dataset: Dataset, ui: ReactNode, now = new Date(2025, 9, 1)) {
  const store = createDashboardStore(dataset, 'bundled');
  const view = render(
    <ClockContext.Provider value={() => now}>
      <StoreProvider store={store}>{ui}</StoreProvider>
    </ClockContext.Provider>,
  );
  return { store, ...view };
}

afterEach(() => {
  vi.restoreAllMocks();
  Reflect.deleteProperty(navigator, 'clipboard');
});

/** jsdom has no clipboard: give the page one whose writeText does `write`. */
const stubClipboard = (write: () => Promise<void>) => {
  const writeText = vi.fn(write);
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
  return writeText;
};

describe('the edition line', () => {
  it('names the loaded edition and its date, links to the changelog, and gives the coverage date', () => {
    const d = datasetWithEditions();
    renderWith(d, <EditionNote />);
    const line = screen.getByTestId('edition');
    expect(line.textContent).toBe(
      `Edition 2, September 1, 2025 · Record up to ${formatPartialDate(d.asOf, 'en')}`,
    );
    const link = within(line).getByRole('link', { name: 'Edition 2, September 1, 2025' });
    expect(link.getAttribute('href')).toBe('#changelog-title');
  });

  it('shows no notice on the day six months after the edition', () => {
    renderWith(datasetWithEditions(), <EditionNote />, new Date(2026, 2, 1, 23, 30));
    expect(screen.queryByTestId('edition-stale')).toBeNull();
  });

  it('says the edition is older than six months, and when it was made, from the day after', () => {
    renderWith(datasetWithEditions(), <EditionNote />, new Date(2026, 2, 2, 0, 5));
    expect(screen.getByTestId('edition-stale').textContent).toBe(
      'This edition is older than six months (made September 1, 2025): newer figures may have been published since.',
    );
  });

  it('formats the edition in the reader’s language', () => {
    const { store } = renderWith(datasetWithEditions(), <EditionNote />, new Date(2026, 5, 1));
    act(() => store.getState().setLang('ja'));
    expect(screen.getByTestId('edition').textContent).toContain('第2版（2025年9月1日）');
    expect(screen.getByTestId('edition-stale').textContent).toContain('6か月以上');
  });

  it('shows no edition when the dataset names none (an imported ledger), only the coverage date', () => {
    const d = bundledCopy();
    d.editions = [];
    renderWith(d, <EditionNote />, new Date(2030, 0, 1));
    expect(screen.getByTestId('edition').textContent).toBe(
      `Record up to ${formatPartialDate(d.asOf, 'en')}`,
    );
    expect(screen.queryByRole('link')).toBeNull();
    expect(screen.queryByTestId('edition-stale')).toBeNull();
  });
});

describe('"As of" on the cards', () => {
  it('dates a card by the page its citation names, and says plainly when an article is undated', () => {
    const d = datasetWithEditions();
    const [first, second] = selectHeadlineFigures(d);
    const article = d.sources.find((s) => s.kind === 'article')!;
    first!.citation = recordCitation('A4', PAGE_A4);
    second!.citation = { source: article.id, paragraph: 1, paraphrase: 'Our words.' };
    renderWith(d, <HeadlineFigures />);
    const card = (id: string) =>
      screen.getAllByTestId('figure-card').find((c) => c.dataset['figureId'] === id)!;
    expect(within(card(first!.id)).getByTestId('as-of').textContent).toBe('As of May 14, 2025');
    expect(within(card(second!.id)).getByTestId('as-of').textContent).toBe(
      'As of: article undated',
    );
    for (const c of screen.getAllByTestId('figure-card'))
      expect(within(c).getByTestId('as-of').textContent).toMatch(/^As of/);
  });

  it('dates a derived card by its latest dated input, or says its inputs are undated', () => {
    const d = datasetWithEditions();
    for (const f of d.figures)
      if (f.id === 'ism-incentives-designated')
        f.citation = recordCitation('B', { ...PAGE_A4, date: '2024-02' });
    for (const f of d.figures)
      if (f.id === 'ism-incentives-allocated')
        f.citation = recordCitation('B', {
          ...PAGE_A4,
          date: '2025-03-10',
          url: 'https://pib.example.gov.in/b',
        });
    renderWith(d, <DerivedFigures />);
    const card = (id: string) =>
      screen.getAllByTestId('figure-card').find((c) => c.dataset['figureId'] === id)!;
    expect(within(card('incentives-allocated-share')).getByTestId('as-of').textContent).toBe(
      'As of March 10, 2025',
    );
    expect(within(card('investments-growth')).getByTestId('as-of').textContent).toBe(
      'As of: inputs undated',
    );
  });
});

describe('Suggest a correction', () => {
  const openOn = (id: string) => {
    const card = screen.getAllByTestId('figure-card').find((c) => c.dataset['figureId'] === id)!;
    const button = within(card).getByRole('button', { name: /^Suggest a correction: / });
    fireEvent.click(button);
    return { card, button, dialog: within(card).getByRole('dialog') };
  };

  it('opens a prefilled report naming the figure, its value as stated, its source, the edition and two blanks', () => {
    renderWith(datasetWithEditions(), <HeadlineFigures />);
    const { dialog, button } = openOn('jp-investments-2017-2020');
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(button.getAttribute('aria-label')).toContain(button.textContent!);
    const text = (within(dialog).getByTestId('report-text') as HTMLTextAreaElement).value;
    expect(text).toContain('Item: figure jp-investments-2017-2020');
    expect(text).toContain('Value as stated: “22”');
    expect(text).toMatch(/^- .+, ¶22$/m);
    expect(text).toContain('Edition: 2, September 1, 2025');
    expect(text).toContain('What is wrong:');
    expect(text).toContain('What it should be, with a source:');
    expect(dialog.textContent).toContain('Nothing is sent from this page.');
    expect(document.activeElement).toBe(within(dialog).getByTestId('report-text'));
  });

  it('copies to the clipboard and says so', async () => {
    const writeText = stubClipboard(() => Promise.resolve());
    renderWith(datasetWithEditions(), <HeadlineFigures />);
    const { dialog } = openOn('jp-investments-2017-2020');
    await act(async () => fireEvent.click(within(dialog).getByRole('button', { name: 'Copy' })));
    expect(writeText).toHaveBeenCalledWith(
      (within(dialog).getByTestId('report-text') as HTMLTextAreaElement).value,
    );
    expect(within(dialog).getByRole('status').textContent).toBe('Copied to the clipboard.');
  });

  it('selects the text and says how to copy it when the clipboard is refused', async () => {
    const writeText = stubClipboard(() =>
      Promise.reject(new DOMException('denied', 'NotAllowedError')),
    );
    renderWith(datasetWithEditions(), <HeadlineFigures />);
    const { dialog } = openOn('jp-investments-2017-2020');
    await act(async () => fireEvent.click(within(dialog).getByRole('button', { name: 'Copy' })));
    const area = within(dialog).getByTestId('report-text') as HTMLTextAreaElement;
    expect(document.activeElement).toBe(area);
    expect([area.selectionStart, area.selectionEnd]).toEqual([0, area.value.length]);
    expect(writeText).toHaveBeenCalledOnce();
    expect(within(dialog).getByRole('status').textContent).toContain('the text is selected');
  });

  it('downloads the report as a .txt through the download helper', async () => {
    const blobs: Blob[] = [];
    URL.createObjectURL = vi.fn((b: Blob) => (blobs.push(b), 'blob:report'));
    URL.revokeObjectURL = vi.fn();
    const names: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      names.push(this.download);
    });
    renderWith(datasetWithEditions(), <DerivedFigures />);
    const { dialog } = openOn('investments-growth');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Download (.txt)' }));
    expect(names).toEqual(['correction-investments-growth.txt']);
    const text = await blobs[0]!.text();
    expect(text).toContain('Item: derived figure investments-growth');
    expect(text).toContain('Arithmetic: (58 − 22) ÷ 22 = +163.6%');
    expect(within(dialog).getByRole('status').textContent).toBe(
      'Saved as correction-investments-growth.txt.',
    );
  });

  it('closes on Escape and gives the button its focus back', () => {
    renderWith(datasetWithEditions(), <HeadlineFigures />);
    const { dialog, button, card } = openOn('jp-investments-2017-2020');
    fireEvent.keyDown(within(dialog).getByTestId('report-text'), { key: 'Escape' });
    expect(within(card).queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(button);
  });

  it('reports a project of the table with its sources, above the table', () => {
    const d = datasetWithEditions();
    renderWith(d, <ProjectsTable />);
    const row = screen.getByTestId('projects-table').querySelector('tbody tr[data-row-id]')!;
    const id = row.getAttribute('data-row-id')!;
    const project = d.projects.find((p) => p.id === id)!;
    const button = within(row as HTMLElement).getByRole('button', {
      name: `Suggest a correction: ${project.name}`,
    });
    fireEvent.click(button);
    const dialog = screen.getByRole('dialog', { name: `Suggest a correction: ${project.name}` });
    const text = (within(dialog).getByTestId('report-text') as HTMLTextAreaElement).value;
    expect(text).toContain(`Item: project ${id}`);
    expect(text).toContain(`Name: ${project.name}`);
    expect(text.split('\n').filter((l) => l.startsWith('- ')).length).toBeGreaterThanOrEqual(1);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(button);
  });
});

describe('Cite this view', () => {
  it('gives a citation with the edition, the exact link, the access date, the filters and the sources', () => {
    const d = datasetWithEditions();
    const { store } = renderWith(d, <CiteView bundledOrigin="bundled" />, new Date(2026, 2, 3));
    act(() => store.getState().toggleValue('sector', 'sector', 'ai'));
    const open = screen.getByRole('button', { name: 'Cite this view' });
    expect(open.textContent).toBe('Cite this view');
    fireEvent.click(open);
    const dialog = screen.getByRole('dialog', { name: 'Cite this view' });
    const lines = (within(dialog).getByTestId('report-text') as HTMLTextAreaElement).value.split(
      '\n',
    );
    expect(lines[0]).toBe(
      `India–Japan Semiconductor Partnership. Edition 2, September 1, 2025; record up to ${formatPartialDate(d.asOf, 'en')}.`,
    );
    expect(lines[1]).toBe(`${window.location.origin}${window.location.pathname}?v=1&sector=ai`);
    expect(lines).toContain('Accessed March 3, 2026.');
    expect(lines).toContain('Filters: Sector: Artificial intelligence.');
    const sources = lines.slice(lines.indexOf('Sources:') + 1);
    // Articles by title; the fact sheet by the pages it names (publisher, title, date, address).
    const cited = new Set(d.figures.map((f) => f.citation.source));
    for (const source of d.sources.filter((s) => cited.has(s.id) && s.kind === 'article'))
      expect(
        sources.some((l) => l.startsWith(`- ${source.title}`)),
        source.title,
      ).toBe(true);
    for (const page of d.figures.flatMap((f) => f.citation.page ?? []))
      expect(
        sources.some((l) => l.startsWith(`- ${page.publisher}`) && l.endsWith(page.url)),
        page.url,
      ).toBe(true);
    for (const sheet of d.sources.filter((s) => s.kind === 'fact-sheet'))
      expect(sources.filter((l) => l === `- ${sheet.title}`)).toEqual([]);
    // No download here: a citation is copied.
    expect(within(dialog).queryByRole('button', { name: /Download/ })).toBeNull();
  });

  it('follows the view while open: a filter removed leaves the link and the filter line', () => {
    const { store } = renderWith(datasetWithEditions(), <CiteView bundledOrigin="bundled" />);
    act(() => store.getState().toggleValue('sector', 'sector', 'ai'));
    fireEvent.click(screen.getByRole('button', { name: 'Cite this view' }));
    act(() => store.getState().clearFilters());
    const text = (screen.getByTestId('report-text') as HTMLTextAreaElement).value;
    expect(text).toContain('?v=1\n');
    expect(text).toContain('Filters: none (the whole record).');
  });

  it('says the data came from a file when it is not the bundled dataset', () => {
    const d = datasetWithEditions();
    const store = createDashboardStore(d, 'mine.json');
    render(
      <StoreProvider store={store}>
        <CiteView bundledOrigin="bundled" />
      </StoreProvider>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Cite this view' }));
    expect((screen.getByTestId('report-text') as HTMLTextAreaElement).value).toContain(
      'Data: mine.json',
    );
  });
});

describe('the changelog', () => {
  it('lists the editions newest first, each with its date, summary and changes by kind', () => {
    renderWith(datasetWithEditions(), <Changelog />);
    const list = screen.getByTestId('changelog');
    const editions = [...list.querySelectorAll<HTMLElement>(':scope > li')];
    expect(editions.map((e) => e.querySelector('h3')?.textContent)).toEqual([
      'Edition 2, September 1, 2025 (shown on this page)',
      'Edition 1, March 2025',
    ]);
    const newest = editions[0]!;
    expect(newest.textContent).toContain('Second edition: the public record.');
    expect([...newest.querySelectorAll('h4')].map((h) => h.textContent)).toEqual([
      'Added',
      'Corrected',
      'Left out',
    ]);
    const added = newest.querySelector('[data-kind="added"]')!;
    expect(within(added as HTMLElement).getAllByRole('listitem')).toHaveLength(2);
    expect(added.textContent).toContain('Items: unit-a');
    expect(screen.getByRole('heading', { level: 2, name: 'Changelog' }).id).toBe('changelog-title');
  });

  it('is not drawn for a dataset without editions', () => {
    const d = bundledCopy();
    d.editions = [];
    const { container } = renderWith(d, <Changelog />);
    expect(container.textContent).toBe('');
  });
});
