import { useEffect, useMemo, useSyncExternalStore } from 'react';
import { useDashboard } from '../store/use-dashboard.ts';
import { languageOf } from '../store/dashboard-store.ts';
import {
  cataloguesVersion,
  loadCatalogue,
  numberTag,
  subscribeCatalogues,
  translator,
  type Locale,
  type Translate,
} from './i18n.ts';

/**
 * The translator for the language in use, with `locale`, the tag to format numbers and dates with
 * (en, en-IN when an English reader asked for lakh and crore, ja, hi), and `lang`, the language.
 * A language whose catalogue has not arrived yet reads in English until it has (loadCatalogue).
 */
export function useT(): { t: Translate; locale: string; lang: Locale } {
  const lang = useDashboard(languageOf);
  const indianUnits = useDashboard((s) => s.indianUnits);
  const catalogues = useSyncExternalStore(
    subscribeCatalogues,
    cataloguesVersion,
    cataloguesVersion,
  );
  useEffect(() => {
    loadCatalogue(lang).catch(() => undefined); // stays in English; choosing it again retries
  }, [lang]);
  // A new translator when a catalogue arrives: what it returns has changed, though the translator
  // reads the catalogue at call time (so the linter cannot see the dependency).
  return useMemo(
    () => ({ t: translator(lang), locale: numberTag(lang, indianUnits), lang }),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [lang, indianUnits, catalogues],
  );
}
