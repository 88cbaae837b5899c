import { useEffect } from 'react';
import { useActions } from '../store/use-dashboard.ts';

/** Ctrl/Cmd+Z undoes the last filter change, Shift+Ctrl/Cmd+Z (or Ctrl+Y) redoes it; not while typing. */
export function useUndoKeys(): void {
  const { undo, redo } = useActions();
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement | null;
      if (target?.closest('input, textarea, select, [contenteditable="true"]')) return;
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
