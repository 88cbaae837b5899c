/** The selected site's card: the first records there that the other filters leave, and how many. */
import type { Clauses } from '../../clauses.ts';
import type { RecordDetail, Records } from '../../records.ts';
import type { Source } from '../requests.ts';

/** A ledger site can hold thousands of records: the card lists the first ones and says how many. */
export const SITE_RECORDS_LISTED = 50;

export interface SiteDetailModel {
  siteId: string;
  projects: readonly RecordDetail[];
  events: readonly RecordDetail[];
  /** Records at the site under the other filters (listed or not). */
  total: number;
}

export function siteDetailModel(
  source: Source,
  records: Records,
  clauses: Clauses,
  siteId: string,
): SiteDetailModel {
  const where = {
    clauses,
    except: 'site' as const,
    and: { kind: 'in' as const, field: 'site' as const, values: [siteId] },
  };
  const rows = source
    .rows({ where, kind: 'all', orderBy: null, dir: 1, offset: 0, limit: SITE_RECORDS_LISTED })
    .map((i) => records.detail(i));
  return {
    siteId,
    projects: rows.filter((r) => r.kind === 'project'),
    events: rows.filter((r) => r.kind === 'event'),
    total: source.count({ where, kind: 'all' }),
  };
}
