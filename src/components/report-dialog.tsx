import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useT } from '../i18n/use-t.ts';
import { safeFileName } from '../domain/export.ts';
import { downloadText } from './download.ts';
import './report-dialog.css';

type Status = { kind: 'copied' } | { kind: 'refused' } | { kind: 'saved'; file: string } | null;

/**
 * A small non-modal dialog holding a text to take away: Copy (the clipboard, with a visible
 * receipt; when the browser refuses, the text is selected for Ctrl+C), and optionally Download as
 * .txt. Escape or Close closes it; the opener gets focus back (the caller's onClose does that).
 */
export function ReportDialog({
  title,
  lede,
  text,
  fileStem,
  onClose,
  className,
  testId,
}: {
  title: string;
  lede: ReactNode;
  text: string;
  /** The download's name without extension; no download offered when absent. */
  fileStem?: string;
  onClose: () => void;
  className?: string;
  testId?: string;
}) {
  const { t } = useT();
  const titleId = useId();
  const area = useRef<HTMLTextAreaElement>(null);
  const [status, setStatus] = useState<Status>(null);
  useEffect(() => area.current?.focus(), []);

  const copy = async () => {
    try {
      // Absent outside secure contexts (http:// other than localhost).
      if (!navigator.clipboard?.writeText) throw new Error('no clipboard');
      await navigator.clipboard.writeText(text);
      setStatus({ kind: 'copied' });
    } catch {
      area.current?.focus();
      area.current?.select();
      setStatus({ kind: 'refused' });
    }
  };
  const download = (stem: string) => {
    const file = safeFileName(stem, 'txt');
    downloadText(text, file, 'text/plain;charset=utf-8');
    setStatus({ kind: 'saved', file });
  };

  return (
    <div
      role="dialog"
      aria-labelledby={titleId}
      className={className ? `report-dialog ${className}` : 'report-dialog'}
      data-testid={testId}
      onKeyDown={(e) => {
        if (e.key !== 'Escape') return;
        e.stopPropagation();
        onClose();
      }}
    >
      <h3 id={titleId} className="report-title">
        {title}
      </h3>
      <p className="report-lede">{lede}</p>
      <textarea
        ref={area}
        className="report-text"
        readOnly
        value={text}
        rows={Math.min(14, text.split('\n').length + 1)}
        aria-label={t('report.textLabel', { title })}
        data-testid="report-text"
        spellCheck={false}
      />
      <div className="report-actions">
        <button type="button" className="chip-button" onClick={() => void copy()}>
          {t('report.copy')}
        </button>
        {fileStem !== undefined && (
          <button type="button" className="chip-button" onClick={() => download(fileStem)}>
            {t('report.download')}
          </button>
        )}
        <button type="button" className="chip-button" onClick={onClose}>
          {t('report.close')}
        </button>
      </div>
      <p className="report-status" role="status" data-testid="report-status">
        {status?.kind === 'copied' && t('report.copied')}
        {status?.kind === 'refused' && t('report.copyRefused')}
        {status?.kind === 'saved' && t('report.saved', { file: status.file })}
      </p>
    </div>
  );
}
