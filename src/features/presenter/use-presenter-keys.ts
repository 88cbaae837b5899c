import { useEffect } from 'react';
import { isTextEntry } from '../../components/keys.ts';

export interface PresenterKeys {
  presenting: boolean;
  enter: () => void;
  next: () => void;
  previous: () => void;
  first: () => void;
  last: () => void;
  leave: () => void;
}

/**
 * What clickers and keyboards send: → Space PageDown advance, ← PageUp go back, Home/End jump,
 * Esc leaves; P enters. Ignored while typing in a field.
 */
export function usePresenterKeys(keys: PresenterKeys): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (isTextEntry(e.target) || e.ctrlKey || e.metaKey || e.altKey) return;
      let action: (() => void) | undefined;
      if (!keys.presenting) action = e.key === 'p' || e.key === 'P' ? keys.enter : undefined;
      else {
        const map: Record<string, () => void> = {
          ArrowRight: keys.next,
          ' ': keys.next,
          PageDown: keys.next,
          ArrowLeft: keys.previous,
          PageUp: keys.previous,
          Home: keys.first,
          End: keys.last,
          Escape: keys.leave,
        };
        action = map[e.key];
      }
      if (!action) return;
      e.preventDefault();
      // While presenting, the tour owns these keys: the map (Leaflet pans on arrows) must not see them.
      if (keys.presenting) e.stopPropagation();
      action();
    };
    // Capture phase: runs before a focused map or button handles the key.
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [keys]);
}
