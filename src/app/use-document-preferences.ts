/**
 * The document follows the reader's preferences: <html lang>, the theme (data-theme and the
 * color-scheme meta, so form controls and scrollbars match), the title, and the shipped fonts.
 *
 * Japanese and Devanagari are drawn with the system's fonts where it has them; otherwise with Noto
 * Sans JP / Noto Sans Devanagari, shipped from their npm packages (no network beyond this site).
 * Their @font-face rules load only when the language is chosen, and each face is cut into
 * unicode-range slices, so a page downloads only the slices its text uses.
 */
import { useEffect, useLayoutEffect } from 'react';
import type { Language, Theme } from '../domain/preferences.ts';

const FONTS: Partial<Record<Language, () => Promise<unknown>>> = {
  ja: () =>
    Promise.all([
      import('@fontsource/noto-sans-jp/400.css'),
      import('@fontsource/noto-sans-jp/700.css'),
    ]),
  hi: () =>
    Promise.all([
      import('@fontsource/noto-sans-devanagari/400.css'),
      import('@fontsource/noto-sans-devanagari/700.css'),
    ]),
};

export function useDocumentPreferences(lang: Language, theme: Theme, title: string): void {
  useEffect(() => {
    document.documentElement.lang = lang;
    void FONTS[lang]?.();
  }, [lang]);
  useEffect(() => {
    document.title = title;
  }, [title]);
  // Before the browser paints: the first frame is already in the reader's theme, not light then dark.
  useLayoutEffect(() => {
    const root = document.documentElement;
    root.dataset.theme = theme;
    root.style.colorScheme = theme;
    document.querySelector('meta[name="color-scheme"]')?.setAttribute('content', theme);
  }, [theme]);
}
