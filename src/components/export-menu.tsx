import { useId, useState, type RefObject } from 'react';
import { useT } from '../i18n/use-t.ts';
import { safeFileName, toCsv, toJson, type Column } from '../domain/export.ts';
import { downloadBlob, downloadText, svgToPng } from './download.ts';

export interface ExportMenuProps<R> {
  /** File name stem; the date is appended. */
  name: string;
  title: string;
  rows: readonly R[];
  columns: readonly Column<R>[];
  /** Where the chart's <svg> is, for a PNG; omit for no PNG. */
  drawing?: RefObject<HTMLElement | null> | undefined;
  pngDisabled?: boolean;
}

/** CSV and JSON of the records behind a view, and a PNG of its drawing. Errors are shown, not thrown. */
export function ExportMenu<R>({
  name,
  title,
  rows,
  columns,
  drawing,
  pngDisabled = false,
}: ExportMenuProps<R>) {
  const { t } = useT();
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const menuId = useId();
  const kinds = drawing ? (['csv', 'json', 'png'] as const) : (['csv', 'json'] as const);

  const exportAs = async (kind: 'csv' | 'json' | 'png') => {
    setOpen(false);
    setError(null);
    const base = `${name}-${new Date().toISOString().slice(0, 10)}`;
    try {
      if (kind === 'csv')
        downloadText(toCsv(rows, columns), safeFileName(base, 'csv'), 'text/csv;charset=utf-8');
      else if (kind === 'json')
        downloadText(toJson(rows, columns), safeFileName(base, 'json'), 'application/json');
      else if (drawing?.current)
        downloadBlob(await svgToPng(drawing.current), safeFileName(base, 'png'));
    } catch (e) {
      setError(t('export.failed', { reason: e instanceof Error ? e.message : String(e) }));
    }
  };

  return (
    <div className="menu">
      <button
        type="button"
        className="chip-button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={menuId}
        aria-label={t('export.menuFor', { title })}
        onClick={() => setOpen((v) => !v)}
      >
        {t('export.menu')}
      </button>
      {open && (
        <ul
          id={menuId}
          role="menu"
          className="menu-list"
          onKeyDown={(e) => e.key === 'Escape' && setOpen(false)}
        >
          {kinds.map((kind) => (
            <li role="none" key={kind}>
              <button
                type="button"
                role="menuitem"
                data-export={kind}
                disabled={kind === 'png' && pngDisabled}
                onClick={() => void exportAs(kind)}
              >
                {t(`export.${kind}`)}
              </button>
            </li>
          ))}
        </ul>
      )}
      {error && (
        <p className="export-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
