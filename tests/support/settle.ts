import { act } from '@testing-library/react';

/**
 * Wait (50 ms: three of jsdom's frames), inside act(), for what a gesture schedules after it: views
 * that follow in a transition take the new inputs after the next paint (src/store/use-model.ts),
 * and recharts finishes the render cycles it needs for layers registered after mount.
 */
export const settle = () => act(() => new Promise<void>((r) => setTimeout(r, 50)));
