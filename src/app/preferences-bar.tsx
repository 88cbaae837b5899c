/**
 * Language, theme and Indian units: presentation choices, each kept in the URL (lang, theme,
 * units). The language names itself in its own script, so a reader who cannot read the page can
 * still find theirs.
 */
import { useId } from 'react';
import { useActions, useDashboard } from '../store/use-dashboard.ts';
import { useT } from '../i18n/use-t.ts';
import { useTheme } from '../components/use-theme.ts';
import { LOCALE_NAMES, LOCALES, isLocale } from '../i18n/i18n.ts';

export function PreferencesBar() {
  const { t, lang } = useT();
  const theme = useTheme();
  const indianUnits = useDashboard((s) => s.indianUnits);
  const { setLang, setTheme, setIndianUnits } = useActions();
  const id = useId();
  return (
    <div className="header-prefs" role="group" aria-label={t('prefs.group')}>
      <label className="pref" htmlFor={`${id}-lang`}>
        <span className="pref-label">{t('prefs.language')}</span>
        <select
          id={`${id}-lang`}
          className="pref-select"
          value={lang}
          onChange={(e) => {
            if (isLocale(e.target.value)) setLang(e.target.value);
          }}
        >
          {LOCALES.map((l) => (
            <option key={l} value={l} lang={l}>
              {LOCALE_NAMES[l]}
            </option>
          ))}
        </select>
      </label>
      <button
        type="button"
        className="header-button pref-theme"
        aria-pressed={theme === 'dark'}
        onClick={() => setTheme(theme === 'dark' ? 'light' : 'dark')}
      >
        {t('prefs.dark')}
      </button>
      {lang === 'en' && (
        <label className="pref pref-check">
          <input
            type="checkbox"
            checked={indianUnits}
            onChange={(e) => setIndianUnits(e.target.checked)}
          />
          <span>{t('prefs.indianUnits')}</span>
        </label>
      )}
    </div>
  );
}
