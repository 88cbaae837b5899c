/**
 * <SiteList/> (src/features/map/site-list.tsx) driven through its props alone: the roving tabindex
 * (one tab stop), arrow keys / Home / End moving focus and telling the map (onFocusSite), and
 * selection by click (onSelect).
 *
 * Enter and Space: in a browser, Enter (keydown) and Space (keyup) on a focused native <button>
 * make the browser fire a click, and the list deliberately leaves those keys alone so that happens.
 * jsdom's fireEvent does not synthesise that click, so the two halves are tested separately: the
 * keys are not claimed by the list (no preventDefault, no onSelect of their own), and a click on the
 * focused button calls onSelect(siteId, false).
 */
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { sitesModel } from '../../src/domain/coordinator/index.ts';
import type { Clauses } from '../../src/domain/clauses.ts';
import { inputsFor, modelsOf } from '../support/models.ts';
import { SiteList } from '../../src/features/map/site-list.tsx';
import { createDashboardStore } from '../../src/store/dashboard-store.ts';
import { StoreProvider } from '../../src/store/use-dashboard.ts';
import { bundledDataset } from '../fixtures/bundled.ts';

const dataset = bundledDataset();
const source = modelsOf(dataset).source();
/** The map's site summaries with `selected` as its own selection. */
const summariesFor = (selected: readonly string[]) => {
  const clauses: Clauses =
    selected.length > 0 ? { site: { kind: 'in', field: 'site', values: selected } } : {};
  return sitesModel(source, inputsFor(dataset).records, clauses).summaries;
};
const summaries = summariesFor([]);
const ids = summaries.map((s) => s.site.id);
const last = ids.length - 1;

function renderList(selected: readonly string[] = []) {
  const onSelect = vi.fn<(siteId: string, additive: boolean) => void>();
  const onFocusSite = vi.fn<(siteId: string) => void>();
  // SiteList reads the locale from the store (useT), so it needs a provider.
  const store = createDashboardStore(dataset);
  const view = render(
    <StoreProvider store={store}>
      <SiteList summaries={summariesFor(selected)} onSelect={onSelect} onFocusSite={onFocusSite} />
    </StoreProvider>,
  );
  return { onSelect, onFocusSite, ...view };
}

const buttons = () => within(screen.getByTestId('site-list')).getAllByRole('button');
const button = (i: number) => {
  const b = buttons()[i];
  if (!b) throw new Error(`no button ${i}`);
  return b;
};
/** Focus as a click or Tab would (in act(), so the onFocus state update renders). */
const focus = (el: HTMLElement) => act(() => el.focus());
const tabStops = () => buttons().filter((b) => b.tabIndex === 0);
const focusedId = () => (document.activeElement as HTMLElement | null)?.dataset['siteId'];
const key = (k: string, init: KeyboardEventInit = {}) =>
  fireEvent.keyDown(document.activeElement ?? document.body, { key: k, cancelable: true, ...init });

describe('<SiteList/> keyboard', () => {
  it('renders a button per site, and only the first is a tab stop (tabIndex 0)', () => {
    renderList();
    expect(buttons().map((b) => b.dataset['siteId'])).toEqual(ids);
    expect(ids.length).toBeGreaterThan(3);
    expect(tabStops()).toEqual([button(0)]);
    expect(
      buttons()
        .slice(1)
        .every((b) => b.tabIndex === -1),
    ).toBe(true);
  });

  it('ArrowDown moves focus to the next button, makes it the tab stop and tells the map', () => {
    const { onFocusSite, onSelect } = renderList();
    focus(button(0));
    expect(key('ArrowDown')).toBe(false); // claimed: the page does not scroll
    expect(document.activeElement).toBe(button(1));
    expect(onFocusSite).toHaveBeenCalledTimes(1);
    expect(onFocusSite).toHaveBeenLastCalledWith(ids[1]);
    expect(tabStops()).toEqual([button(1)]);
    key('ArrowDown');
    expect(focusedId()).toBe(ids[2]);
    expect(onFocusSite).toHaveBeenLastCalledWith(ids[2]);
    expect(onSelect).not.toHaveBeenCalled(); // moving is not selecting
  });

  it('ArrowRight is the same as ArrowDown, ArrowLeft as ArrowUp', () => {
    const { onFocusSite } = renderList();
    focus(button(0));
    key('ArrowRight');
    expect(focusedId()).toBe(ids[1]);
    key('ArrowLeft');
    expect(focusedId()).toBe(ids[0]);
    expect(onFocusSite.mock.calls).toEqual([[ids[1]], [ids[0]]]);
  });

  it('ArrowUp from the first wraps to the last; ArrowDown from the last wraps to the first', () => {
    const { onFocusSite } = renderList();
    focus(button(0));
    key('ArrowUp');
    expect(document.activeElement).toBe(button(last));
    expect(onFocusSite).toHaveBeenLastCalledWith(ids[last]);
    expect(tabStops()).toEqual([button(last)]);
    key('ArrowDown');
    expect(document.activeElement).toBe(button(0));
    expect(onFocusSite).toHaveBeenLastCalledWith(ids[0]);
  });

  it('End jumps to the last, Home back to the first', () => {
    const { onFocusSite } = renderList();
    focus(button(0));
    expect(key('End')).toBe(false);
    expect(document.activeElement).toBe(button(last));
    expect(onFocusSite).toHaveBeenLastCalledWith(ids[last]);
    expect(key('Home')).toBe(false);
    expect(document.activeElement).toBe(button(0));
    expect(onFocusSite).toHaveBeenLastCalledWith(ids[0]);
    expect(tabStops()).toEqual([button(0)]);
  });

  it('a button focused another way (click, Tab) becomes the tab stop, and arrows go on from it', () => {
    const { onFocusSite } = renderList();
    focus(button(4));
    expect(tabStops()).toEqual([button(4)]);
    expect(onFocusSite).not.toHaveBeenCalled(); // only keyboard movement tells the map
    key('ArrowDown');
    expect(focusedId()).toBe(ids[5]);
    key('ArrowUp');
    key('ArrowUp');
    expect(focusedId()).toBe(ids[3]);
  });

  it('leaves other keys alone: Enter, Space, Tab, letters are not claimed and move nothing', () => {
    const { onFocusSite, onSelect } = renderList();
    focus(button(2));
    for (const k of ['Enter', ' ', 'Tab', 'a', 'PageDown'])
      expect(key(k), JSON.stringify(k)).toBe(true); // not prevented: the browser's default runs
    expect(document.activeElement).toBe(button(2));
    expect(onFocusSite).not.toHaveBeenCalled();
    // jsdom does not turn Enter/Space on a button into a click, so nothing is selected here.
    expect(onSelect).not.toHaveBeenCalled();
  });
});

describe('<SiteList/> selection (the click path that Enter/Space take in a browser)', () => {
  it('a click on the focused button calls onSelect(siteId, false)', () => {
    const { onSelect } = renderList();
    focus(button(0));
    key('ArrowDown');
    key('ArrowDown');
    fireEvent.click(document.activeElement as HTMLElement);
    expect(onSelect).toHaveBeenCalledTimes(1);
    expect(onSelect).toHaveBeenCalledWith(ids[2], false);
  });

  it('Shift, Ctrl or Cmd with the click adds to the selection (additive = true)', () => {
    const { onSelect } = renderList();
    fireEvent.click(button(1), { shiftKey: true });
    fireEvent.click(button(2), { ctrlKey: true });
    fireEvent.click(button(3), { metaKey: true });
    fireEvent.click(button(4), { altKey: true }); // Alt is not a modifier here
    expect(onSelect.mock.calls).toEqual([
      [ids[1], true],
      [ids[2], true],
      [ids[3], true],
      [ids[4], false],
    ]);
  });

  it('shows the selection as aria-pressed, and does not move the tab stop', () => {
    renderList([ids[3]!]);
    expect(buttons().map((b) => b.getAttribute('aria-pressed'))).toEqual(
      ids.map((id) => String(id === ids[3])),
    );
    expect(tabStops()).toEqual([button(0)]);
  });
});
