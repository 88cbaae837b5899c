import { useMemo } from 'react';
import { useDashboard } from '../store/use-dashboard.ts';
import { languageOf } from '../store/dashboard-store.ts';
import { numberTag, translator, type Locale, type Translate } from './i18n.ts';

/**
 * The translator for the language in use, with `locale`, the tag to format numbers and dates with
 * (en, en-IN when an English reader asked for lakh and crore, ja, hi), and `lang`, the language.
 */
export function useT(): { t: Translate; locale: string; lang: Locale } {
  const lang = useDashboard(languageOf);
  const indianUnits = useDashboard((s) => s.indianUnits);
  return useMemo(
    () => ({ t: translator(lang), locale: numberTag(lang, indianUnits), lang }),
    [lang, indianUnits],
  );
}
