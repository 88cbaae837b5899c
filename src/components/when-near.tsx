/**
 * Renders its children once their place is near the viewport, or once the page has been idle after
 * its first view, whichever comes first; until then a placeholder holds their space, so nothing
 * moves when they arrive. The first view (header, headline figures, table) thus neither downloads
 * nor renders the charts and the map; a reader who scrolls, prints or starts the tour finds them
 * ready, since the idle moment comes within seconds. The render itself is a transition: it yields
 * to input. Where IntersectionObserver is missing (jsdom), children render at once.
 */
import { startTransition, useEffect, useRef, useState, type ReactNode } from 'react';
import { LATER_PARTS_MARK } from './later-parts-mark.ts';

let idle: Promise<void> | null = null;
/** Resolves once, when the page is idle after its load (at the latest 4 s after it). */
function pageIdle(): Promise<void> {
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

export function WhenNear({
  children,
  placeholderClass,
  now = false,
}: {
  children: ReactNode;
  /** The placeholder's class: it sets the height the children will take. */
  placeholderClass: string;
  /** Render at once (the tour needs the map now). */
  now?: boolean;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const [near, setNear] = useState(() => typeof IntersectionObserver === 'undefined');
  useEffect(() => {
    if (near) return;
    let done = false;
    const open = () => {
      if (done) return;
      done = true;
      startTransition(() => setNear(true));
    };
    const observer = new IntersectionObserver(
      (entries) => entries.some((e) => e.isIntersecting) && open(),
      {
        rootMargin: '25% 0px',
      },
    );
    if (ref.current) observer.observe(ref.current);
    void pageIdle().then(open);
    return () => {
      done = true;
      observer.disconnect();
    };
  }, [near]);
  if (near || now) return <>{children}</>;
  return <div ref={ref} className={`placeholder ${placeholderClass}`} />;
}
