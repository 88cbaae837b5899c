/**
 * useUndoKeys: Ctrl/Cmd+Z undoes, Ctrl/Cmd+Shift+Z and Ctrl+Y redo, anywhere on the page except
 * while typing in a form field.
 */
import { act, fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useUndoKeys } from '../../src/app/use-undo-keys.ts';
import { createDashboardStore } from '../../src/store/dashboard-store.ts';
import { StoreProvider } from '../../src/store/use-dashboard.ts';
import { bundledDataset } from '../fixtures/bundled.ts';

function Keys() {
  useUndoKeys();
  return (
    <div>
      <button type="button">A button</button>
      <input aria-label="Text field" />
      <textarea aria-label="Notes" />
      <select aria-label="Choice">
        <option>one</option>
      </select>
      <div contentEditable="true" suppressContentEditableWarning aria-label="Editable">
        editable
      </div>
    </div>
  );
}

/** A store with three committed changes: sector ai, then + space, then site hyderabad. */
function setup() {
  const store = createDashboardStore(bundledDataset());
  store.getState().toggleValue('sector', 'sector', 'ai');
  store.getState().toggleValue('sector', 'sector', 'space', true);
  store.getState().toggleValue('site', 'site', 'hyderabad');
  const view = render(
    <StoreProvider store={store}>
      <Keys />
    </StoreProvider>,
  );
  const views = () => Object.keys(store.getState().clauses);
  const sectors = () => {
    const c = store.getState().clauses.sector;
    return c?.kind === 'in' ? c.values : [];
  };
  return { store, views, sectors, ...view };
}

const press = (init: KeyboardEventInit, target: Element = document.body) =>
  fireEvent.keyDown(target, init);

describe('useUndoKeys', () => {
  it('Ctrl+Z undoes one step at a time, and does nothing once history is empty', () => {
    const { store, views, sectors } = setup();
    press({ key: 'z', ctrlKey: true });
    expect(views()).toEqual(['sector']);
    expect(sectors()).toEqual(['ai', 'space']);
    press({ key: 'z', ctrlKey: true });
    expect(sectors()).toEqual(['ai']);
    press({ key: 'z', ctrlKey: true });
    expect(store.getState().clauses).toEqual({});
    press({ key: 'z', ctrlKey: true });
    expect(store.getState().clauses).toEqual({});
    expect(store.getState().future).toHaveLength(3);
  });

  it('Ctrl+Shift+Z and Ctrl+Y redo', () => {
    const { store, views, sectors } = setup();
    press({ key: 'z', ctrlKey: true });
    press({ key: 'z', ctrlKey: true });
    press({ key: 'z', ctrlKey: true });
    // With Shift held, browsers report the key as upper case.
    press({ key: 'Z', ctrlKey: true, shiftKey: true });
    expect(sectors()).toEqual(['ai']);
    press({ key: 'y', ctrlKey: true });
    expect(sectors()).toEqual(['ai', 'space']);
    press({ key: 'Y', ctrlKey: true });
    expect(views()).toEqual(['sector', 'site']);
    expect(store.getState().future).toHaveLength(0);
  });

  it('Cmd (Meta) works as Ctrl', () => {
    const { views, sectors } = setup();
    press({ key: 'z', metaKey: true });
    expect(views()).toEqual(['sector']);
    press({ key: 'z', metaKey: true, shiftKey: true });
    expect(views()).toEqual(['sector', 'site']);
    press({ key: 'z', metaKey: true });
    press({ key: 'z', metaKey: true });
    expect(sectors()).toEqual(['ai']);
  });

  it('handles the keys from any focused non-field element, and claims them (preventDefault)', () => {
    const { views } = setup();
    const button = screen.getByRole('button', { name: 'A button' });
    button.focus();
    const notCancelled = fireEvent.keyDown(button, { key: 'z', ctrlKey: true, cancelable: true });
    expect(notCancelled).toBe(false);
    expect(views()).toEqual(['sector']);
  });

  it('ignores plain Z, Alt combinations and other Ctrl keys, without claiming them', () => {
    const { store } = setup();
    const before = store.getState().clauses;
    for (const init of [
      { key: 'z' },
      { key: 'z', shiftKey: true },
      { key: 'z', ctrlKey: true, altKey: true },
      { key: 'y', metaKey: true, altKey: true },
      { key: 'a', ctrlKey: true },
      { key: 'Control', ctrlKey: true },
    ]) {
      const notCancelled = fireEvent.keyDown(document.body, { ...init, cancelable: true });
      expect(notCancelled, JSON.stringify(init)).toBe(true);
    }
    expect(store.getState().clauses).toBe(before);
  });

  it('ignores the keys typed inside an input, textarea, select or contenteditable', () => {
    const { store } = setup();
    const before = store.getState().clauses;
    const fields = [
      screen.getByRole('textbox', { name: 'Text field' }),
      screen.getByRole('textbox', { name: 'Notes' }),
      screen.getByRole('combobox', { name: 'Choice' }),
      screen.getByText('editable'),
    ];
    for (const field of fields) {
      const notCancelled = fireEvent.keyDown(field, { key: 'z', ctrlKey: true, cancelable: true });
      expect(notCancelled, field.tagName).toBe(true);
      fireEvent.keyDown(field, { key: 'y', ctrlKey: true });
      fireEvent.keyDown(field, { key: 'z', metaKey: true, shiftKey: true });
    }
    expect(store.getState().clauses).toBe(before);
    expect(store.getState().past).toHaveLength(3);
    // Outside the fields the keys work again.
    press({ key: 'z', ctrlKey: true });
    expect(store.getState().past).toHaveLength(2);
  });

  it('stops listening when the component unmounts', () => {
    const { store, unmount } = setup();
    act(() => unmount());
    press({ key: 'z', ctrlKey: true });
    expect(store.getState().past).toHaveLength(3);
  });
});
