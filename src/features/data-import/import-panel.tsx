import { useCallback, useEffect, useRef, useState, type DragEvent } from 'react';
import { LEDGER_COLUMNS } from '../../domain/import/ledger-columns.ts';
import { MAX_ERRORS_SHOWN } from '../../domain/import/import-protocol.ts';
import type { Dataset } from '../../domain/schema.ts';
import type { Records } from '../../domain/records.ts';
import { useActions, useDashboard } from '../../store/use-dashboard.ts';
import { useT } from '../../i18n/use-t.ts';
import { downloadText } from '../../components/download.ts';
import { ellipsizeMiddle } from '../../domain/text.ts';
import { formatCount } from '../../domain/format.ts';
import { useImport } from './use-import.ts';
import { originText } from './origin-text.ts';
import '../../components/side-panel.css';
import './data-import.css';

/** File names can be any length: messages show at most this much of one, the whole in a title. */
const FILE_NAME_SHOWN = 80;

/** A message naming a file: on screen with the name shortened in the middle, in full as its title. */
function FileMessage({
  text,
  fileName,
  className = '',
}: {
  text: (file: string) => string;
  fileName: string;
  className?: string;
}) {
  const full = text(fileName);
  const short = ellipsizeMiddle(fileName, FILE_NAME_SHOWN);
  // The worker's own messages also name the file (a failed import): shorten it there too.
  const shown = short === fileName ? full : full.split(fileName).join(short);
  return (
    <p className={`import-message ${className}`.trim()} title={shown === full ? undefined : full}>
      {shown}
    </p>
  );
}

/**
 * Load a dataset (JSON in our schema) or a ledger (CSV or JSON records), picked or dropped; a progress
 * bar and Cancel while the worker reads it; precise problems (the first 100, all as CSV) when it is
 * refused; and one action back to the bundled dataset.
 */
export function ImportPanel({
  bundled,
  bundledOrigin,
  onClose,
}: {
  bundled: Dataset;
  bundledOrigin: string;
  onClose: () => void;
}) {
  const { t, locale } = useT();
  const origin = useDashboard((s) => s.origin);
  const skippedRows = useDashboard((s) => s.skippedRows);
  const { loadDataset } = useActions();
  const onLoad = useCallback(
    (d: Dataset, from: string, records: Records | undefined, skipped: number) =>
      loadDataset(d, from, records, skipped),
    [loadDataset],
  );
  const { state, start, cancel, loadValid } = useImport(onLoad);
  const [dragging, setDragging] = useState(false);
  const closeRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    closeRef.current?.focus();
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && onClose();
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);

  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setDragging(false);
    const file = e.dataTransfer.files[0];
    if (file) start(file);
  };
  const fmt = (n: number) => formatCount(n, locale);

  return (
    <aside
      className={dragging ? 'side-panel import-panel dragging' : 'side-panel import-panel'}
      role="dialog"
      aria-modal="false"
      aria-labelledby="import-title"
      data-testid="import-panel"
      onDragOver={(e) => {
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
    >
      <header className="side-panel-head">
        <h2 id="import-title">{t('import.title')}</h2>
        <button ref={closeRef} type="button" className="chip-button" onClick={onClose}>
          {t('import.close')}
        </button>
      </header>
      <p>{t('import.lede')}</p>
      <p
        className="muted small one-line"
        data-testid="import-origin"
        title={originText(t, origin, skippedRows, fmt)}
      >
        {originText(t, origin, skippedRows, fmt)}
      </p>
      <label className="file-pick">
        <span>{t('import.pick')}</span>
        <input
          type="file"
          accept=".csv,.json,text/csv,application/json"
          data-testid="import-file"
          disabled={state.status === 'running'}
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file) start(file);
            e.target.value = '';
          }}
        />
      </label>
      <p className="muted small">{t('import.drop')}</p>

      <div role="status" aria-live="polite" data-testid="import-status">
        {state.status === 'running' && (
          <>
            <FileMessage fileName={state.fileName} text={(file) => t('import.reading', { file })} />
            <progress
              aria-label={t('import.progressLabel')}
              max={state.progress?.total || 1}
              value={state.progress?.done ?? 0}
            />
            <button type="button" className="chip-button" onClick={cancel}>
              {t('import.cancel')}
            </button>
          </>
        )}
        {state.status === 'cancelled' && (
          <FileMessage fileName={state.fileName} text={(file) => t('import.cancelled', { file })} />
        )}
        {state.status === 'loaded' && (
          <FileMessage
            fileName={state.fileName}
            text={(file) =>
              state.records === null
                ? t('import.loaded', { file })
                : state.skippedRows > 0
                  ? t('import.loadedPartial', {
                      file,
                      count: fmt(state.records),
                      skipped: fmt(state.skippedRows),
                    })
                  : t('import.loadedRecords', { file, count: fmt(state.records) })
            }
          />
        )}
        {state.status === 'failed' && (
          <FileMessage
            className="form-error"
            fileName={state.fileName}
            text={() => t('import.failed', { message: state.message })}
          />
        )}
      </div>

      {state.status === 'invalid' && (
        <div className="import-errors" role="alert" data-testid="import-errors">
          <FileMessage
            fileName={state.outcome.done.fileName}
            text={(file) =>
              t('import.invalid', { file, count: fmt(state.outcome.done.errorCount) }) +
              (state.outcome.done.moreErrors
                ? ` ${t('import.moreErrors', { shown: MAX_ERRORS_SHOWN })}`
                : '')
            }
          />
          {state.outcome.done.partial && (
            <button
              type="button"
              className="chip-button primary"
              data-testid="import-load-valid"
              onClick={loadValid}
            >
              {t('import.loadValid', {
                count: fmt(state.outcome.done.partial.recordCount),
                skipped: fmt(state.outcome.done.partial.skippedRows),
              })}
            </button>
          )}
          <button
            type="button"
            className="chip-button"
            onClick={() =>
              downloadText(
                state.outcome.done.errorsCsv,
                'import-problems.csv',
                'text/csv;charset=utf-8',
              )
            }
          >
            {t('import.downloadErrors')}
          </button>
          <ol>
            {state.outcome.done.errors.map((e, i) => (
              <li key={i}>
                {e.row === null
                  ? t('import.errorPath', { column: e.column, reason: e.reason, value: e.value })
                  : t('import.errorRow', {
                      row: e.row,
                      column: e.column,
                      reason: e.reason,
                      value: e.value,
                    })}
              </li>
            ))}
          </ol>
        </div>
      )}

      {origin !== bundledOrigin && (
        <button
          type="button"
          className="chip-button"
          onClick={() => loadDataset(bundled, bundledOrigin)}
        >
          {t('import.backToBundled')}
        </button>
      )}
      <p className="muted small">
        {t('import.columns', { columns: LEDGER_COLUMNS.map((c) => c.key).join(', ') })}
      </p>
    </aside>
  );
}
