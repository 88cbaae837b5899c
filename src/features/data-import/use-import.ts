/**
 * Runs one import at a time in a Web Worker and reports its progress and outcome. Nothing reaches
 * the store until the worker says `done` with a valid result: a failed or cancelled import leaves
 * the data, the filters and the URL exactly as they were.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import {
  createImportCollector,
  type ImportMessage,
  type ImportOutcome,
  type ImportProgress,
} from '../../domain/import/import-protocol.ts';
import { ledgerData } from '../../domain/import/ledger-table-records.ts';
import type { Records } from '../../domain/records.ts';
import type { Dataset } from '../../domain/schema.ts';

export type ImportState =
  | { status: 'idle' }
  | { status: 'running'; fileName: string; progress: ImportProgress | null }
  | {
      status: 'loaded';
      fileName: string;
      notes: string[];
      records: number | null;
      /** Rows left out by the user's choice (a partial import); 0 otherwise. */
      skippedRows: number;
    }
  | { status: 'invalid'; outcome: Extract<ImportOutcome, { kind: 'invalid' }> }
  | { status: 'failed'; fileName: string; message: string }
  | { status: 'cancelled'; fileName: string };

export function useImport(
  onLoad: (
    dataset: Dataset,
    origin: string,
    records: Records | undefined,
    skippedRows: number,
  ) => void,
) {
  const [state, setState] = useState<ImportState>({ status: 'idle' });
  const worker = useRef<Worker | null>(null);

  const stop = () => {
    worker.current?.terminate();
    worker.current = null;
  };
  useEffect(() => stop, []);

  const start = useCallback(
    (file: File) => {
      stop();
      const w = new Worker(new URL('../../domain/import/import-worker.ts', import.meta.url), {
        type: 'module',
      });
      worker.current = w;
      const collector = createImportCollector();
      setState({ status: 'running', fileName: file.name, progress: null });
      w.onerror = (e) => {
        stop();
        setState({
          status: 'failed',
          fileName: file.name,
          message: e.message || 'The import worker stopped.',
        });
      };
      w.onmessage = (event: MessageEvent<ImportMessage>) => {
        const outcome = collector.accept(event.data);
        if (!outcome) {
          if (event.data.type === 'progress')
            setState({ status: 'running', fileName: file.name, progress: event.data });
          return;
        }
        stop();
        if (outcome.kind === 'invalid') return setState({ status: 'invalid', outcome });
        if (outcome.kind === 'failed')
          return setState({
            status: 'failed',
            fileName: outcome.fileName,
            message: outcome.message,
          });
        let dataset: Dataset;
        let records: Records | undefined;
        if (outcome.kind === 'dataset') dataset = outcome.dataset;
        else {
          try {
            const ledger = ledgerData(outcome.columns, outcome.fileName);
            dataset = ledger.dataset;
            records = ledger.records;
          } catch (e) {
            return setState({
              status: 'failed',
              fileName: outcome.fileName,
              message: `${outcome.fileName}: ${e instanceof Error ? e.message : String(e)}`,
            });
          }
        }
        onLoad(dataset, outcome.fileName, records, 0);
        setState({
          status: 'loaded',
          fileName: outcome.fileName,
          notes: outcome.notes,
          records: records ? records.table.length : null,
          skippedRows: 0,
        });
      };
      w.postMessage({ type: 'start', file });
    },
    [onLoad],
  );

  const cancel = useCallback(() => {
    setState((s) => {
      if (s.status !== 'running') return s;
      stop();
      return { status: 'cancelled', fileName: s.fileName };
    });
  }, []);

  /** After a refused ledger: load its valid records and leave out the rows with problems. */
  const loadValid = useCallback(() => {
    if (state.status !== 'invalid') return;
    const { fileName, partial, notes } = state.outcome.done;
    if (!partial) return;
    try {
      const ledger = ledgerData(partial.columns, fileName);
      onLoad(ledger.dataset, fileName, ledger.records, partial.skippedRows);
      setState({
        status: 'loaded',
        fileName,
        notes,
        records: ledger.records.table.length,
        skippedRows: partial.skippedRows,
      });
    } catch (e) {
      setState({
        status: 'failed',
        fileName,
        message: `${fileName}: ${e instanceof Error ? e.message : String(e)}`,
      });
    }
  }, [state, onLoad]);

  return { state, start, cancel, loadValid, reset: () => setState({ status: 'idle' }) };
}
