import { useEffect } from 'react';
import { useActions } from '../store/use-dashboard.ts';

/** Ctrl/Cmd+Z undoes the last filter change, Shift+Ctrl/Cmd+Z (or Ctrl+Y) redoes it; not while typing. */
export function useUndoKeys(): void {
  const { undo, redo } = useActions();
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      // Text fields keep their own undo; radios and checkboxes do not, so undo still works there.
      const target = e.target;
      if (
        target instanceof Element &&
        target.closest(
          'input:not([type="radio"]):not([type="checkbox"]):not([type="button"]), textarea, select, [contenteditable]:not([contenteditable="false"])',
        )
      )
        return;
      if (!(e.ctrlKey || e.metaKey) || e.altKey) return;
      const key = e.key.toLowerCase();
      if (key === 'z' && !e.shiftKey) undo();
      else if ((key === 'z' && e.shiftKey) || key === 'y') redo();
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [undo, redo]);
}
