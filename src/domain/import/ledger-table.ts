/**
 * A ledger as columns, from the worker to the views.
 *
 *   worker:  LedgerRecord ──LedgerColumnsBuilder.push──▶ … ──finish──▶ LedgerColumns (+ transfer list)
 *   main:    LedgerColumns ──ledgerData──▶ { dataset (metadata only), records (Records) }
 *
 * Every per-row value is a typed array (transferred, not copied) or a code into a small dictionary
 * (partners, site names, dates), so a million records cross threads in one message and live in
 * ~60 MB, with no object or string per row. A record's id, label and detail are built on demand,
 * for the rows a table page or an export shows.
 *
 * This file holds only the shape both threads agree on. The worker's side, which builds it, is
 * ledger-table-builder.ts; the main thread's, which reads it as the app's Records, is
 * ledger-table-records.ts: neither thread loads the other's code.
 */

/** What the worker posts: typed arrays (transferred) and a few dictionaries. */
export interface LedgerColumns {
  length: number;
  /** The record's row in the file (CSV: header = 1) or position (JSON: from 1). */
  row: Uint32Array;
  year: Int16Array;
  dateDict: string[];
  date: Uint32Array;
  /** Codes into SECTORS and PROJECT_TYPES. */
  sector: Uint16Array;
  type: Uint16Array;
  /** Partners, CSR: row i's are partnerCodes[partnerOffsets[i] .. partnerOffsets[i + 1] - 1]. */
  partnerNames: string[];
  partnerOffsets: Uint32Array;
  partnerCodes: Uint32Array;
  /** The country of each partner entry (a code into COUNTRIES), aligned with partnerCodes. */
  partnerCountry: Uint8Array;
  /** Distinct partner countries per row (CSR, codes into COUNTRIES): the cross-filter's column. */
  countryOffsets: Uint32Array;
  countryCodes: Uint16Array;
  /** The row's site: an index into the site columns. */
  site: Uint32Array;
  siteName: string[];
  siteState: string[];
  siteLat: Float64Array;
  siteLon: Float64Array;
  /** NaN where the record has no amount; currency codes into CURRENCIES (255: none). */
  amount: Float64Array | null;
  currency: Uint8Array | null;
}
