/**
 * A large CSV read in two halves at once (the worker starts a second worker for the second half,
 * run-import.ts) must give exactly what one pass gives: the same columns, row numbers, errors,
 * counts and notes, whatever the file holds where it is cut (a quoted field with a line break
 * across the middle, blank lines, bad rows, CRLF). Here the second reader runs in the same process.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ImportMessage } from '../../src/domain/import/import-protocol.ts';
import { LEDGER_COLUMNS } from '../../src/domain/import/ledger-columns.ts';
import { readPart, runImport, type PartReader } from '../../src/domain/import/run-import.ts';

const HEADER = LEDGER_COLUMNS.map((c) => c.key).join(',');

const ROWS = [
  (i: number) =>
    `${2017 + (i % 8)},,semiconductors,fab,Co ${i % 7}; Co ${(i + 3) % 7},IN; JP,Gujarat,Site ${i % 40},22.${i % 90},72.6,${i % 3 === 0 ? `${i}.5,INR` : ','}`,
  (i: number) =>
    `2024,2024-0${1 + (i % 9)},ai,osat,"Tata, Ltd.",IN,Assam,"Site ""${i % 5}""",26.1,92.2,,`,
  (i: number) => `2023,,space,rd-education,"Line\nbreak ${i % 4}",JP,Miyagi,Sendai,38.2,140.8,,`,
  (i: number) => `2022,,chips,fab,Bad ${i},IN,Gujarat,Site,22.3,72.6,,`, // a cell error
  () => '',
  (i: number) => `2021,,ai,fab,Co ${i},IN,Gujarat,Site,95,72.6,,`, // latitude out of range
  (i: number) => `2020,,ai,fab,Co${i},IN,Gujarat,Site,22.3,72.6,,,extra`, // ragged
  (i: number) => `2020,,ai,fab,"Co ${i}"x,IN,Gujarat,Site,22.3,72.6,,`, // text after a quote
];

function inProcess(): { reader: PartReader; calls: number[] } {
  const calls: number[] = [];
  return {
    calls,
    reader: (request) => {
      calls.push(request.start);
      let cancelled = false;
      return {
        result: readPart(file, request).then(({ result }) => {
          if (cancelled) throw new Error('cancelled');
          return result;
        }),
        cancel: () => void (cancelled = true),
      };
    },
  };
}
let file: File;

async function run(text: string, partReader?: PartReader): Promise<ImportMessage | undefined> {
  file = new File([text], 'ledger.csv');
  let done: ImportMessage | undefined;
  await runImport(
    file,
    (m) => {
      if (m.type !== 'progress') done = m;
    },
    { sliceBytes: 512, ...(partReader ? { partReader, parallelFromBytes: 0 } : {}) },
  );
  return done;
}

/** The done message with typed arrays as plain arrays and the timing left out. */
const comparable = (m: ImportMessage | undefined) =>
  JSON.parse(
    JSON.stringify(m, (k, v: unknown) =>
      k === 'elapsedMs' ? 0 : ArrayBuffer.isView(v) ? Array.from(v as Uint8Array) : v,
    ),
  ) as unknown;

describe('a CSV ledger read in two halves at once', () => {
  it('gives what one pass gives, wherever the middle falls', async () => {
    let cut = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.nat(ROWS.length - 1), fc.nat(1000)), { minLength: 1, maxLength: 60 }),
        fc.constantFrom('\n', '\r\n'),
        async (rows, eol) => {
          const text = [HEADER, ...rows.map(([k, i]) => ROWS[k]!(i))].join(eol) + eol;
          const one = await run(text);
          const { reader, calls } = inProcess();
          const two = await run(text, reader);
          cut += calls.length;
          expect(comparable(two)).toEqual(comparable(one));
        },
      ),
      { numRuns: 150 },
    );
    // The halves were really read apart in most files (else this would test one pass twice).
    expect(cut).toBeGreaterThan(100);
  });

  it('a quoted field across the middle: the whole file is read in one pass instead', async () => {
    // Line breaks inside the quotes (trimmed away from the partner's name) fill the middle.
    const text = `${HEADER}\n2024,,ai,fab,"Tata${'\n'.repeat(600)}",IN,Gujarat,Site,22.3,72.6,,\n`;
    const one = await run(text);
    const { reader, calls } = inProcess();
    const two = await run(text, reader);
    expect(calls.length).toBe(1); // started, then cancelled: the cut fell inside the quotes
    expect(comparable(two)).toEqual(comparable(one));
    expect(two).toMatchObject({ type: 'done', ok: true, recordCount: 1 });
  });

  it('the row limit over both halves names the same row as one pass', async () => {
    const text = [HEADER, ...Array.from({ length: 50 }, (_, i) => ROWS[0]!(i))].join('\n') + '\n';
    file = new File([text], 'ledger.csv');
    const messages: ImportMessage[] = [];
    const { reader } = inProcess();
    await runImport(file, (m) => messages.push(m), {
      sliceBytes: 512,
      partReader: reader,
      parallelFromBytes: 0,
      limits: { maxDataRows: 40 },
    });
    expect(messages.at(-1)).toMatchObject({ type: 'failed' });
    expect((messages.at(-1) as { message: string }).message).toContain('row 42');
  });
});
