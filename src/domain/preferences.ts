/**
 * The reader's presentation preferences that a link carries: language, theme and Indian units.
 * `null` means "not chosen": follow the browser's language or the system's colour scheme.
 */
export const LANGUAGES = ['en', 'ja', 'hi'] as const;
export type Language = (typeof LANGUAGES)[number];

export const THEMES = ['light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

export interface Preferences {
  lang: Language | null;
  theme: Theme | null;
  /** Rupees in lakh and crore in English (Hindi always uses them). */
  indianUnits: boolean;
}

export const DEFAULT_PREFERENCES: Preferences = { lang: null, theme: null, indianUnits: false };

export const isLanguage = (value: unknown): value is Language =>
  typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
export const isTheme = (value: unknown): value is Theme =>
  typeof value === 'string' && (THEMES as readonly string[]).includes(value);
