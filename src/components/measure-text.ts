/** A measure as a reader sees it: qualifier, number, unit word. */
import { formatValue } from '../domain/format.ts';
import type { Measure } from '../domain/schema.ts';
import type { Currency, Unit } from '../domain/schema-enums.ts';
import { isApproximate, type DerivedMeasure } from '../domain/derived.ts';
import type { MessageKey, Translate } from '../i18n/i18n.ts';

const UNIT_TEMPLATES: Partial<Record<Unit, MessageKey>> = {
  people: 'unit.people',
  companies: 'unit.companies',
  MW: 'unit.MW',
  years: 'unit.years',
  days: 'unit.days',
};

export function valueText(
  t: Translate,
  locale: string,
  value: number,
  unit: Unit,
  per?: Currency | 'year',
  signed = false,
): string {
  const number = formatValue(value, unit, locale, {
    signed,
    rate: per !== undefined && per !== 'year',
  });
  const template = UNIT_TEMPLATES[unit];
  const withUnit = template ? t(template, { value: number }) : number;
  if (per === 'year') return t('unit.perYear', { value: withUnit });
  if (per !== undefined) return t('unit.rate', { value: withUnit });
  return withUnit;
}

export function measureText(
  t: Translate,
  locale: string,
  m: Measure,
): { qualifier: string | null; value: string } {
  return {
    qualifier: m.qualifier ? t(`qualifier.${m.qualifier}`) : null,
    value: valueText(t, locale, m.value, m.unit),
  };
}

/** A derived result, hedged with "about" when any input was hedged in its source. */
export function derivedText(t: Translate, locale: string, m: DerivedMeasure): string {
  const text = valueText(t, locale, m.value, m.unit, m.per, m.op === 'growth');
  return isApproximate(m) ? `${t('qualifier.about')} ${text}` : text;
}

/** The arithmetic behind a derived measure, in the reader's language: "nearly ₹629 billion ÷ ₹650 billion = about 96.8%". */
export function arithmeticText(t: Translate, locale: string, m: DerivedMeasure): string {
  const [a, b] = m.operands.map((o) => {
    const text = valueText(t, locale, o.value, o.unit);
    return o.qualifier ? `${t(`qualifier.${o.qualifier}`)} ${text}` : text;
  });
  const result = derivedText(t, locale, m);
  return t(`op.${m.op}`, { a: a ?? '', b: b ?? '', years: m.years ?? '', result });
}
