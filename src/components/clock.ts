/**
 * The reader's clock, injected: components ask the context, tests provide a fixed one
 * (`createElement(ClockContext.Provider, { value: () => new Date(2025, 6, 16) }, …)`).
 */
import { createContext, useContext, useSyncExternalStore } from 'react';
import { localDay } from '../domain/editions.ts';

export type Clock = () => Date;

export const ClockContext = createContext<Clock>(() => new Date());

export function useClock(): Clock {
  return useContext(ClockContext);
}

const noSubscription = () => () => {};

/**
 * Today in the reader's calendar (YYYY-MM-DD), or null in the page the build writes and while
 * React hydrates it: the build's clock is not the reader's, and hydration must see the same page.
 */
export function useToday(): string | null {
  const clock = useClock();
  return useSyncExternalStore(
    noSubscription,
    () => localDay(clock()),
    () => null,
  );
}
