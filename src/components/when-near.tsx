/**
 * Renders its children once their place is near the viewport, or in an idle period of their own
 * after the page's first view, whichever comes first; until then (and while their code loads) a
 * placeholder holds their space, so nothing moves when they arrive. The first view (header,
 * headline figures, table) thus neither downloads nor renders the charts and the map; a reader who
 * scrolls, prints or starts the tour finds them ready, since the idle moments come within seconds.
 * The render is a transition: it yields to input. Where IntersectionObserver is missing (jsdom),
 * children render right after mounting.
 */
import {
  startTransition,
  Suspense,
  useCallback,
  useEffect,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import { ownIdleSlot, type IdleSlot } from './page-idle.ts';

/** Says the part is on the page: it commits with the part, inside the same Suspense boundary. */
function Arrived({ onArrive }: { onArrive: () => void }) {
  useEffect(onArrive, [onArrive]);
  return null;
}

export function WhenNear({
  children,
  placeholderClass,
  now = false,
}: {
  /** Typically a lazy component: it suspends behind the placeholder while its code loads. */
  children: ReactNode;
  /** The placeholder's class: it sets the height the children will take. */
  placeholderClass: string;
  /** Render at once (the tour needs the map now). */
  now?: boolean;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const slot = useRef<IdleSlot | null>(null);
  // Never near in the first render, on the server as in the browser, so that the HTML the build
  // writes and the app's first render agree (hydration).
  const [near, setNear] = useState(false);
  // Whatever happens, the slot is freed when this part leaves the page.
  useEffect(() => () => slot.current?.done(), []);
  useEffect(() => {
    if (near) return;
    let done = false;
    const open = () => {
      if (done) return;
      done = true;
      startTransition(() => setNear(true));
    };
    if (typeof IntersectionObserver === 'undefined') return open();
    const own = (slot.current ??= ownIdleSlot());
    const observer = new IntersectionObserver(
      (entries) => entries.some((e) => e.isIntersecting) && open(),
      { rootMargin: '25% 0px' },
    );
    if (ref.current) observer.observe(ref.current);
    void own.ready.then(open);
    return () => {
      done = true;
      observer.disconnect();
    };
  }, [near]);
  const arrived = useCallback(() => slot.current?.done(), []);
  const placeholder = <div ref={ref} className={`placeholder ${placeholderClass}`} />;
  if (!near && !now) return placeholder;
  return (
    <Suspense fallback={placeholder}>
      {children}
      <Arrived onArrive={arrived} />
    </Suspense>
  );
}
