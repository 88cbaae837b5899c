import { useState } from 'react';
import { checkTileTemplate } from '../../domain/tiles.ts';
import { useT } from '../../i18n/use-t.ts';

/** The opt-in tile layer field: a template is checked before use and refused with the reason. */
export function TileSettings({
  active,
  onApply,
}: {
  active: string | null;
  onApply: (template: string | null) => void;
}) {
  const { t } = useT();
  const [value, setValue] = useState(active ?? '');
  const [error, setError] = useState<string | null>(null);
  const apply = () => {
    const check = checkTileTemplate(value);
    if (!check.ok) {
      setError(t('map.tiles.invalid', { reason: check.reason }));
      return;
    }
    setError(null);
    onApply(check.template);
  };
  return (
    <details className="tile-settings">
      <summary>{t('map.tiles.label')}</summary>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          apply();
        }}
      >
        <input
          type="url"
          className="search"
          value={value}
          aria-label={t('map.tiles.label')}
          placeholder={t('map.tiles.placeholder')}
          onChange={(e) => setValue(e.target.value)}
        />
        <button type="submit" className="chip-button">
          {t('map.tiles.apply')}
        </button>
        <button
          type="button"
          className="chip-button"
          onClick={() => {
            setError(null);
            onApply(null);
          }}
        >
          {t('map.tiles.off')}
        </button>
      </form>
      {error && (
        <p className="form-error" role="alert" data-testid="tile-error">
          {error}
        </p>
      )}
    </details>
  );
}
