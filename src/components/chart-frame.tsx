import { useId, useRef, useState, type ReactNode } from 'react';
import { useT } from '../i18n/use-t.ts';
import type { Column } from '../domain/export.ts';
import { ExportMenu } from './export-menu.tsx';
import './chart-frame.css';
import './data-table.css';

export interface ChartFrameProps<R> {
  id: string;
  title: string;
  /** One line saying what the chart shows, in words. */
  takeaway: string;
  /** Source lines, a note about what is filtered, and so on. */
  footer: ReactNode;
  /** The records behind the chart: its table alternative and its exports. */
  rows: readonly R[];
  columns: readonly Column<R>[];
  /** Shown instead of the chart when there is nothing to draw. */
  empty?: string | null;
  /** The drawing's height; 'auto': the drawing sets its own (from its width, say). */
  height?: number | 'auto';
  children: ReactNode;
}

/**
 * The one frame every chart sits in: title, takeaway, the drawing or its table, the sources,
 * an export menu (CSV, JSON, PNG) and an empty state. Charts never copy this.
 */
export function ChartFrame<R>({
  id,
  title,
  takeaway,
  footer,
  rows,
  columns,
  empty = null,
  height = 260,
  children,
}: ChartFrameProps<R>) {
  const { t } = useT();
  const [showTable, setShowTable] = useState(false);
  const drawing = useRef<HTMLDivElement>(null);
  const headingId = useId();

  return (
    <section className="chart-frame" aria-labelledby={headingId} data-chart={id}>
      <header className="chart-head">
        <div className="chart-titles">
          <h3 id={headingId}>{title}</h3>
          <p className="takeaway">{takeaway}</p>
        </div>
        <div className="chart-actions">
          <button
            type="button"
            className="chip-button"
            aria-pressed={showTable}
            onClick={() => setShowTable((v) => !v)}
          >
            {t('chart.showTable')}
          </button>
          <ExportMenu
            name={id}
            title={title}
            rows={rows}
            columns={columns}
            drawing={drawing}
            pngDisabled={showTable || empty !== null}
          />
        </div>
      </header>
      {showTable ? (
        <div className="table-scroll">
          <table className="data-table">
            <caption className="visually-hidden">{title}</caption>
            <thead>
              <tr>
                {columns.map((c) => (
                  <th key={c.key} scope="col">
                    {c.header}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((r, i) => (
                <tr key={i}>
                  {columns.map((c) => {
                    const v = c.value(r);
                    return <td key={c.key}>{Array.isArray(v) ? v.join(', ') : String(v ?? '')}</td>;
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        // The chart stays mounted while empty (hidden under the message): mounting a chart again
        // costs far more than updating it, and the frame keeps its height.
        <div className="chart-body">
          <div
            ref={drawing}
            className="chart-drawing"
            data-empty={empty !== null}
            aria-hidden={empty !== null ? true : undefined}
            style={{
              height: height === 'auto' ? undefined : height,
              visibility: empty !== null ? 'hidden' : undefined,
            }}
          >
            {children}
          </div>
          {empty !== null && <p className="chart-empty">{empty}</p>}
        </div>
      )}
      <footer className="chart-foot">{footer}</footer>
    </section>
  );
}
