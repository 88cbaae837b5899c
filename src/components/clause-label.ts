/** Words for a clause, for chips and for the empty-result message. */
import type { Clause, ViewId } from '../domain/clauses.ts';
import { siteName, type Records } from '../domain/records.ts';
import type { MessageKey, Translate } from '../i18n/i18n.ts';

export function valueLabel(t: Translate, records: Records, field: string, value: string): string {
  if (field === 'site') return siteName(records, value) ?? value;
  if (field === 'sector' || field === 'type' || field === 'country')
    return t(`${field}.${value}` as MessageKey);
  return value;
}

export function clauseValueText(t: Translate, records: Records, clause: Clause): string {
  switch (clause.kind) {
    case 'in':
      return clause.values.map((v) => valueLabel(t, records, clause.field, v)).join(', ');
    case 'range':
      return t('filters.years', { min: clause.min, max: clause.max });
    case 'search':
      return t('filters.search', { query: clause.query });
  }
}

export function clauseText(t: Translate, records: Records, view: ViewId, clause: Clause): string {
  return t('filters.chip', { view: t(`view.${view}`), value: clauseValueText(t, records, clause) });
}
