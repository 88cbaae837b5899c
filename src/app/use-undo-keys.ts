import { useEffect } from 'react';
import { useActions } from '../store/use-dashboard.ts';
import { isTextEntry } from '../components/keys.ts';

/** Ctrl/Cmd+Z undoes the last filter change, Shift+Ctrl/Cmd+Z (or Ctrl+Y) redoes it; not while typing. */
export function useUndoKeys(): void {
  const { undo, redo } = useActions();
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      // Text fields keep their own undo; radios and checkboxes do not, so undo still works there.
      if (isTextEntry(e.target)) return;
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
