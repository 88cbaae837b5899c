/**
 * One moment for everything that loads after the first view: the page's first idle period after
 * its load (at the latest 4 s after it). The map, the charts (when-near.tsx) and the print map
 * (features/print) wait for it, so the first view's requests and main-thread work are its own.
 * It sets the performance mark LATER_PARTS_MARK, where `npm run bench` splits the first view.
 */
import { LATER_PARTS_MARK } from './later-parts-mark.ts';

let idle: Promise<void> | null = null;

export function pageIdle(): Promise<void> {
  return (idle ??= new Promise<void>((resolve) => {
    const whenIdle = () => {
      const go = () => {
        performance.mark(LATER_PARTS_MARK);
        resolve();
      };
      if (typeof requestIdleCallback === 'function') requestIdleCallback(go, { timeout: 4000 });
      else setTimeout(go, 200);
    };
    if (document.readyState === 'complete') whenIdle();
    else window.addEventListener('load', whenIdle, { once: true });
  }));
}

let queue: Promise<void> | null = null;

/** The next idle period (within 2 s at the latest). */
const nextIdle = () =>
  new Promise<void>((resolve) => {
    if (typeof requestIdleCallback === 'function')
      requestIdleCallback(() => resolve(), { timeout: 2000 });
    else setTimeout(resolve, 50);
  });

export interface IdleSlot {
  /** Resolves in an idle period once every earlier slot is done. */
  ready: Promise<void>;
  /** This slot's work is on the page: the next slot may start (idempotent). */
  done: () => void;
}

/**
 * An idle period of its own, after the page's first one: the parts that load on idle take one
 * each, in the order they ask, and the next starts only when the one before says it is done (or
 * after 3 s), so that their work (code to run, a render, a map to set up) comes in separate tasks
 * rather than in one long one.
 */
export function ownIdleSlot(): IdleSlot {
  let done = () => {};
  const finished = new Promise<void>((resolve) => {
    done = resolve;
    setTimeout(resolve, 3000);
  });
  const ready = (queue ?? pageIdle()).then(nextIdle);
  queue = ready.then(() => finished);
  return { ready, done };
}
