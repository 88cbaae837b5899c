/**
 * An imported ledger as a dataset the dashboard can show: one project per record, one site per
 * distinct place, and the file as the one source (a record cites its row). Headline figures,
 * events and the tour belong to the bundled record and are not invented for a ledger.
 */
import type { Dataset, Project, Site } from '../schema.ts';
import type { LedgerRecord } from './ledger.ts';

/** Ledgers up to this size are shown through the row engine; bigger ones need the columnar views. */
export const MAX_LEDGER_ROWS_SHOWN = 50_000;

/** Japan's rough box: a place inside it is in Japan, anything else is taken to be in India. */
const inJapan = (lat: number, lon: number) => lat >= 24 && lat <= 46 && lon >= 122 && lon <= 154;

const clip = (s: string, max: number) => (s.length > max ? `${s.slice(0, max - 1)}…` : s);

export function ledgerToDataset(records: readonly LedgerRecord[], fileName: string): Dataset {
  const sourceId = 'ledger';
  const title = clip(fileName.trim() === '' ? 'Imported ledger' : fileName.trim(), 200);
  const sites = new Map<string, Site>();
  const projects: Project[] = [];
  let lastRow = 1;
  for (const r of records) {
    lastRow = Math.max(lastRow, r.row);
    const placeKey = `${r.siteName}\u0000${r.state}\u0000${r.lat}\u0000${r.lon}`;
    let site = sites.get(placeKey);
    if (!site) {
      site = {
        id: `site-${sites.size + 1}`,
        name: clip(r.siteName, 120),
        lat: r.lat,
        lon: r.lon,
        precision: 'site',
        country: inJapan(r.lat, r.lon) ? 'JP' : 'IN',
        region: clip(r.state, 80),
        coordinateSource: clip(`As given in ${title}`, 160),
        citations: [
          {
            source: sourceId,
            paragraph: r.row,
            paraphrase: clip(`Row ${r.row} of ${title}.`, 240),
          },
        ],
      };
      sites.set(placeKey, site);
    }
    const countries = new Set(r.partners.map((p) => p.country));
    // A Japanese partner makes it part of the partnership; Indian partners alone, a domestic project.
    const scope = countries.has('JP')
      ? 'bilateral'
      : [...countries].every((c) => c === 'IN')
        ? 'domestic'
        : 'third-country';
    projects.push({
      id: `row-${r.row}`,
      name: clip(`${r.partners.map((p) => p.name).join(' · ')} – ${r.siteName}`, 140),
      partners: r.partners.map((p) => ({ name: clip(p.name, 120), country: p.country })),
      sector: r.sector,
      type: r.type,
      scope,
      status: 'unstated',
      siteId: site.id,
      date: r.date,
      citations: [
        { source: sourceId, paragraph: r.row, paraphrase: clip(`Row ${r.row} of ${title}.`, 240) },
      ],
    });
  }
  return {
    schemaVersion: 1,
    title,
    asOf: String(records.reduce((y, r) => Math.max(y, r.year), 1900)),
    sources: [{ id: sourceId, title, titleKind: 'ours', paragraphCount: lastRow }],
    figures: [],
    sites: [...sites.values()],
    projects,
    events: [],
    omissions: [],
    tour: [],
  };
}
