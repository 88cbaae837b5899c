import { useMemo } from 'react';
import { useDashboard } from '../store/use-dashboard.ts';
import { translator, type Locale, type Translate } from './i18n.ts';

/** The translator for the store's current locale. */
export function useT(): { t: Translate; locale: Locale } {
  const locale = useDashboard((s) => s.locale);
  return useMemo(() => ({ t: translator(locale), locale }), [locale]);
}
