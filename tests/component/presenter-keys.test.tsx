/**
 * usePresenterKeys (src/features/presenter/use-presenter-keys.ts): what clickers and keyboards
 * send. Not presenting, only P enters; presenting, → Space PageDown advance, ← PageUp go back,
 * Home/End jump, Esc leaves. Keys typed in a field, and Ctrl/Cmd/Alt combinations, are left alone.
 */
import { act, fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import {
  usePresenterKeys,
  type PresenterKeys,
} from '../../src/features/presenter/use-presenter-keys.ts';

type Handlers = Omit<PresenterKeys, 'presenting'>;
const NAMES = ['enter', 'next', 'previous', 'first', 'last', 'leave'] as const;

function Keys({ keys }: { keys: PresenterKeys }) {
  usePresenterKeys(keys);
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

function setup(presenting: boolean) {
  const handlers: Handlers = {
    enter: vi.fn(),
    next: vi.fn(),
    previous: vi.fn(),
    first: vi.fn(),
    last: vi.fn(),
    leave: vi.fn(),
  };
  const view = render(<Keys keys={{ presenting, ...handlers }} />);
  /** Which handlers have been called, and how often (only the non-zero ones). */
  const calls = () =>
    Object.fromEntries(
      NAMES.map((n) => [n, vi.mocked(handlers[n]).mock.calls.length] as const).filter(
        ([, c]) => c > 0,
      ),
    );
  const reset = () => NAMES.forEach((n) => vi.mocked(handlers[n]).mockClear());
  const setPresenting = (p: boolean) =>
    view.rerender(<Keys keys={{ presenting: p, ...handlers }} />);
  return { handlers, calls, reset, setPresenting, ...view };
}

const press = (init: KeyboardEventInit, target: Element = document.body) =>
  fireEvent.keyDown(target, { cancelable: true, ...init });

describe('usePresenterKeys, not presenting', () => {
  it('p and P enter, and claim the key', () => {
    const { calls } = setup(false);
    expect(press({ key: 'p' })).toBe(false); // preventDefault: not cancelled → false
    expect(press({ key: 'P', shiftKey: true })).toBe(false);
    expect(calls()).toEqual({ enter: 2 });
  });

  it('no other key does anything, nor is claimed', () => {
    const { calls } = setup(false);
    for (const key of [
      'ArrowRight',
      ' ',
      'PageDown',
      'ArrowLeft',
      'PageUp',
      'Home',
      'End',
      'Escape',
      'Enter',
      'o',
    ])
      expect(press({ key }), key).toBe(true);
    expect(calls()).toEqual({});
  });

  it('Ctrl+P (print), Cmd+P and Alt+P do not enter', () => {
    const { calls } = setup(false);
    expect(press({ key: 'p', ctrlKey: true })).toBe(true);
    expect(press({ key: 'p', metaKey: true })).toBe(true);
    expect(press({ key: 'p', altKey: true })).toBe(true);
    expect(press({ key: 'P', ctrlKey: true, shiftKey: true })).toBe(true);
    expect(calls()).toEqual({});
  });
});

describe('usePresenterKeys, presenting', () => {
  it.each<[string, keyof Handlers]>([
    ['ArrowRight', 'next'],
    [' ', 'next'],
    ['PageDown', 'next'],
    ['ArrowLeft', 'previous'],
    ['PageUp', 'previous'],
    ['Home', 'first'],
    ['End', 'last'],
    ['Escape', 'leave'],
  ])('%j calls %s, and claims the key', (key, handler) => {
    const { calls } = setup(true);
    expect(press({ key })).toBe(false);
    expect(calls()).toEqual({ [handler]: 1 });
  });

  it('P does not enter again, and unmapped keys are left alone', () => {
    const { calls } = setup(true);
    for (const key of ['p', 'P', 'Enter', 'ArrowUp', 'ArrowDown', 'Tab', 'a'])
      expect(press({ key }), key).toBe(true);
    expect(calls()).toEqual({});
  });

  it('handles the keys from a focused button (a clicker sends them to whatever has focus)', () => {
    const { calls } = setup(true);
    const button = screen.getByRole('button', { name: 'A button' });
    button.focus();
    expect(press({ key: 'ArrowRight' }, button)).toBe(false);
    expect(calls()).toEqual({ next: 1 });
  });

  it('ignores modified keys: Ctrl/Cmd/Alt with an arrow, Space or Escape', () => {
    const { calls } = setup(true);
    for (const init of [
      { key: 'ArrowRight', ctrlKey: true },
      { key: 'ArrowLeft', altKey: true }, // browser Back
      { key: ' ', metaKey: true },
      { key: 'Escape', ctrlKey: true },
      { key: 'Home', metaKey: true },
    ])
      expect(press(init), JSON.stringify(init)).toBe(true);
    expect(calls()).toEqual({});
  });
});

describe('usePresenterKeys, typing', () => {
  it('ignores keys typed in an input, textarea, select or contenteditable', () => {
    const { calls, setPresenting } = setup(false);
    const fields = [
      screen.getByRole('textbox', { name: 'Text field' }),
      screen.getByRole('textbox', { name: 'Notes' }),
      screen.getByRole('combobox', { name: 'Choice' }),
      screen.getByText('editable'),
    ];
    for (const field of fields) expect(press({ key: 'p' }, field), field.tagName).toBe(true);
    expect(calls()).toEqual({});

    setPresenting(true);
    for (const field of fields)
      for (const key of ['ArrowRight', ' ', 'ArrowLeft', 'Home', 'End', 'Escape'])
        expect(press({ key }, field), `${field.tagName} ${key}`).toBe(true);
    expect(calls()).toEqual({});
    // Outside the fields the keys work again.
    press({ key: 'ArrowRight' });
    expect(calls()).toEqual({ next: 1 });
  });
});

describe('usePresenterKeys, lifecycle', () => {
  it('follows the presenting flag across re-renders', () => {
    const { calls, reset, setPresenting } = setup(false);
    press({ key: 'ArrowRight' });
    expect(calls()).toEqual({});
    setPresenting(true);
    press({ key: 'ArrowRight' });
    press({ key: 'p' });
    expect(calls()).toEqual({ next: 1 });
    reset();
    setPresenting(false);
    press({ key: 'ArrowRight' });
    press({ key: 'p' });
    expect(calls()).toEqual({ enter: 1 });
  });

  it('calls the latest handlers after a re-render, once per key press', () => {
    const { setPresenting, rerender } = setup(true);
    setPresenting(true);
    setPresenting(true); // re-subscribing must not stack listeners
    const next = vi.fn();
    rerender(
      <Keys
        keys={{
          presenting: true,
          enter: vi.fn(),
          next,
          previous: vi.fn(),
          first: vi.fn(),
          last: vi.fn(),
          leave: vi.fn(),
        }}
      />,
    );
    press({ key: 'PageDown' });
    expect(next).toHaveBeenCalledTimes(1);
  });

  it('stops listening when the component unmounts', () => {
    const { calls, unmount } = setup(true);
    act(() => unmount());
    press({ key: 'ArrowRight' });
    press({ key: 'Escape' });
    expect(calls()).toEqual({});
  });
});
