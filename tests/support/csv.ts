/** Reading a whole CSV text at once with the app's streaming reader (src/domain/import/csv.ts). */
import {
  createCsvParser,
  type CsvOptions,
  type CsvParser,
  type CsvRowHandler,
} from '../../src/domain/import/csv.ts';

/** Parses a whole text at once. Returns the parser for its counters. */
export function parseCsv(text: string, onRow: CsvRowHandler, options: CsvOptions = {}): CsvParser {
  const parser = createCsvParser(onRow, options);
  parser.push(text);
  parser.end();
  return parser;
}

/** All rows as arrays. */
export function readCsvRows(text: string, options: CsvOptions = {}): string[][] {
  const rows: string[][] = [];
  parseCsv(text, (fields) => rows.push(fields), options);
  return rows;
}
