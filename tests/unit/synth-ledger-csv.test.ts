/**
 * The bench's CSV ledger generator: deterministic to the byte, and every row valid for the import.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readCsvRows } from '../support/csv.ts';
import type { ImportMessage } from '../../src/domain/import/import-protocol.ts';
import { validateHeader, type RowError } from '../../src/domain/import/ledger-columns.ts';
import { validateRecord, type LedgerRecord } from '../../src/domain/import/ledger.ts';
import { runImport } from '../../src/domain/import/run-import.ts';
import {
  SYNTH_LEDGER_HEADER,
  synthLedgerCsv,
  synthLedgerCsvChunks,
  writeSynthLedgerCsv,
} from '../../tools/lib/synth-ledger-csv.ts';

const dir = mkdtempSync(join(tmpdir(), 'synth-ledger-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('synthLedgerCsv', () => {
  it('gives the same bytes for the same seed, and other bytes for another seed', () => {
    const a = synthLedgerCsv(1_000, 42);
    expect(synthLedgerCsv(1_000, 42)).toBe(a);
    expect(synthLedgerCsv(1_000, 43)).not.toBe(a);
    expect([...synthLedgerCsvChunks(1_000, 42, 7)].join('')).toBe(a); // chunking changes nothing
    const file = writeSynthLedgerCsv(1_000, 42, dir);
    expect(file.cached).toBe(false);
    expect(readFileSync(file.path, 'utf8')).toBe(a);
    expect(writeSynthLedgerCsv(1_000, 42, dir)).toEqual({ ...file, cached: true });
  });

  it('writes 1,000 rows that the ledger validator accepts with zero errors', () => {
    const text = synthLedgerCsv(1_000, 7);
    expect(text.startsWith(`${SYNTH_LEDGER_HEADER}\n`)).toBe(true);
    const [head, ...rows] = readCsvRows(text);
    const header = validateHeader(head ?? []);
    if ('errors' in header) throw new Error(JSON.stringify(header.errors));
    const errors: RowError[] = [];
    const records: LedgerRecord[] = [];
    rows.forEach((fields, i) => {
      const r = validateRecord(fields, header.header, i + 2);
      if ('errors' in r) errors.push(...r.errors);
      else records.push(r.record);
    });
    expect(errors).toEqual([]);
    expect(records).toHaveLength(1_000);
    // Every record its own site; years, precisions, amounts and countries as described.
    expect(new Set(records.map((r) => r.siteName)).size).toBe(1_000);
    expect(new Set(records.map((r) => `${r.lat},${r.lon}`)).size).toBeGreaterThan(990);
    expect(Math.min(...records.map((r) => r.year))).toBeGreaterThanOrEqual(2010);
    expect(Math.max(...records.map((r) => r.year))).toBeLessThanOrEqual(2030);
    expect(new Set(records.map((r) => r.date.length))).toEqual(new Set([4, 7, 10]));
    const withAmount = records.filter((r) => r.amount !== undefined).length;
    expect(withAmount).toBeGreaterThan(600);
    expect(withAmount).toBeLessThan(800);
    expect(new Set(records.flatMap((r) => r.partners.map((p) => p.country)))).toEqual(
      new Set(['IN', 'JP', 'US', 'TW']),
    );
  });

  it('imports through the worker pipeline (runImport) as a valid ledger', async () => {
    const messages: ImportMessage[] = [];
    await runImport(new File([synthLedgerCsv(1_000, 7)], 'synth.csv'), (m) => messages.push(m));
    const done = messages.at(-1);
    expect(done?.type === 'done' && !done.ok ? done.errors : []).toEqual([]);
    expect(done).toMatchObject({ type: 'done', kind: 'ledger', ok: true, recordCount: 1_000 });
  });
});
