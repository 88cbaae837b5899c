import { useEffect, useId, useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import { useT } from '../i18n/use-t.ts';
import { safeFileName, toCsv, toJson, type Column } from '../domain/export.ts';
import { downloadBlob, downloadText, svgToPng, type PngCaption } from './download.ts';
import type { Translate } from '../i18n/i18n.ts';
import './export-menu.css';

export interface ExportMenuProps<R> {
  /** File name stem; the date is appended. */
  name: string;
  title: string;
  /** The rows, or a function giving them when an export is asked for (large tables). */
  rows: readonly R[] | (() => readonly R[]);
  columns: readonly Column<R>[];
  /** Where the chart's <svg> is, for a PNG; omit for no PNG. */
  drawing?: RefObject<HTMLElement | null> | undefined;
  pngDisabled?: boolean;
}

/** What travels with a chart picture: its takeaway, its source lines, the active filters, the date. */
function captionFor(drawing: HTMLElement, title: string, t: Translate): PngCaption {
  const frame = drawing.closest('.chart-frame');
  const text = (el: Element | null | undefined) =>
    el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  const takeaway = text(frame?.querySelector('.takeaway'));
  const sources = [
    ...(frame?.querySelectorAll('.chart-foot [data-testid="source-line"]') ?? []),
  ].map(text);
  const chips = [...document.querySelectorAll('[data-testid="filter-chip"] > span')].map(text);
  return {
    title,
    lines: [
      takeaway,
      ...sources,
      chips.length > 0 ? t('export.filters', { filters: chips.join('; ') }) : t('export.noFilters'),
      t('export.stamp', { date: new Date().toISOString().slice(0, 10) }),
    ].filter((l) => l !== ''),
  };
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
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const kinds = drawing ? (['csv', 'json', 'png'] as const) : (['csv', 'json'] as const);

  const exportAs = async (kind: 'csv' | 'json' | 'png') => {
    setOpen(false);
    setError(null);
    const base = `${name}-${new Date().toISOString().slice(0, 10)}`;
    try {
      const list = typeof rows === 'function' ? rows() : rows;
      if (kind === 'csv')
        downloadText(toCsv(list, columns), safeFileName(base, 'csv'), 'text/csv;charset=utf-8');
      else if (kind === 'json')
        downloadText(toJson(list, columns), safeFileName(base, 'json'), 'application/json');
      else if (drawing?.current)
        downloadBlob(
          await svgToPng(drawing.current, captionFor(drawing.current, title, t)),
          safeFileName(base, 'png'),
        );
    } catch (e) {
      setError(t('export.failed', { reason: e instanceof Error ? e.message : String(e) }));
    }
  };

  const close = (refocus: boolean) => {
    setOpen(false);
    if (refocus) buttonRef.current?.focus();
  };
  const items = () => [
    ...(listRef.current?.querySelectorAll<HTMLButtonElement>('[role="menuitem"]:not(:disabled)') ??
      []),
  ];
  const onMenuKey = (e: KeyboardEvent<HTMLUListElement>) => {
    const list = items();
    const at = list.indexOf(document.activeElement as HTMLButtonElement);
    const go = (i: number) => list[(i + list.length) % list.length]?.focus();
    const keys: Record<string, () => void> = {
      Escape: () => close(true),
      Tab: () => close(false),
      ArrowDown: () => go(at + 1),
      ArrowUp: () => go(at - 1),
      Home: () => go(0),
      End: () => go(list.length - 1),
    };
    const action = keys[e.key];
    if (!action) return;
    if (e.key !== 'Tab') e.preventDefault();
    action();
  };

  // Menu semantics: focus goes to the first item on opening; a click elsewhere closes it.
  useEffect(() => {
    if (!open) return;
    items()[0]?.focus();
    const onDown = (e: PointerEvent) => {
      if (!rootRef.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onDown);
    return () => document.removeEventListener('pointerdown', onDown);
  }, [open]);

  return (
    <div className="menu" ref={rootRef}>
      <button
        ref={buttonRef}
        type="button"
        className="chip-button"
        aria-haspopup="menu"
        aria-expanded={open}
        // The menu exists only while open: a reference to a missing element would dangle.
        aria-controls={open ? menuId : undefined}
        aria-label={t('export.menuFor', { title })}
        onClick={() => setOpen((v) => !v)}
        onKeyDown={(e) => {
          if (e.key === 'Escape' && open) close(true);
          if (e.key === 'ArrowDown' && !open) {
            e.preventDefault();
            setOpen(true);
          }
        }}
      >
        {t('export.menu')}
      </button>
      {open && (
        <ul id={menuId} ref={listRef} role="menu" className="menu-list" onKeyDown={onMenuKey}>
          {kinds.map((kind) => (
            <li role="none" key={kind}>
              <button
                type="button"
                role="menuitem"
                tabIndex={-1}
                data-export={kind}
                disabled={kind === 'png' && pngDisabled}
                onClick={() => {
                  buttonRef.current?.focus();
                  void exportAs(kind);
                }}
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
