// Setup for the component project: unmount React trees between tests (Testing Library only
// does this automatically when vitest globals are enabled, which they are not here).
import { cleanup } from '@testing-library/react';
import { afterEach, beforeAll } from 'vitest';
import { loadCatalogue } from '../../src/i18n/i18n.ts';

// The app loads the Japanese and Hindi catalogues when they are chosen; tests switch at will.
beforeAll(() => Promise.all([loadCatalogue('ja'), loadCatalogue('hi')]));

afterEach(() => {
  cleanup();
});

// jsdom does no layout and has no ResizeObserver, so recharts' responsive charts would measure
// 0×0 and draw nothing. This stand-in reports, once on observe(), a width of 800 px and the
// height of the nearest ancestor with an inline pixel height (the chart frame sets one), else 400.
if (typeof globalThis.ResizeObserver === 'undefined') {
  const inlineHeight = (el: Element | null): number => {
    for (let node = el; node instanceof HTMLElement; node = node.parentElement) {
      const h = /^(\d+(?:\.\d+)?)px$/.exec(node.style.height);
      if (h) return Number(h[1]);
    }
    return 400;
  };
  class FixedSizeResizeObserver implements ResizeObserver {
    constructor(private readonly callback: ResizeObserverCallback) {}
    observe(target: Element): void {
      const contentRect = { width: 800, height: inlineHeight(target) } as DOMRectReadOnly;
      this.callback([{ target, contentRect } as ResizeObserverEntry], this);
    }
    unobserve(): void {}
    disconnect(): void {}
  }
  globalThis.ResizeObserver = FixedSizeResizeObserver;
}
