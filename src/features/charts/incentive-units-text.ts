/**
 * The incentive-units chart's words: amounts, the arithmetic of each derived value, the takeaway
 * and the rows of its table and exports. Amounts are rupees only (the record states the costs in
 * INR; no rate is applied), with the source's digits (₹22,516 crore, not ₹22,500 crore).
 */
import { isApproximate, type DerivedMeasure } from '../../domain/derived.ts';
import type { IncentiveUnitsModel, StatedValue, UnitsSum } from '../../domain/coordinator/index.ts';
import { formatValue } from '../../domain/format.ts';
import type { Citation, Measure } from '../../domain/schema.ts';
import { plural, type Translate } from '../../i18n/i18n.ts';

/** Six significant digits: every stated cost keeps its digits, and so does half of it. */
const DIGITS = 6;

export function unitsText(t: Translate, locale: string) {
  const amount = (v: number) => formatValue(v, 'INR', locale, { digits: DIGITS });
  const hedged = (text: string, qualifier: Measure['qualifier'] | null) =>
    qualifier
      ? t('chart.qualified', { qualifier: t(`qualifier.${qualifier}`), value: text })
      : text;
  const about = (text: string, approximate: boolean) =>
    approximate ? `${t('qualifier.about')} ${text}` : text;
  const stated = (s: StatedValue) =>
    hedged(s.unit === 'INR' ? amount(s.value) : formatValue(s.value, s.unit, locale), s.qualifier);
  const percent = (m: IncentiveUnitsModel) => (m.support ? stated(m.support) : '');
  /** "50% × ₹225.16 billion = ₹112.58 billion" */
  const shareArithmetic = (share: DerivedMeasure) => {
    const [p, cost] = share.operands;
    return t('op.percent-of', {
      a: hedged(formatValue(p?.value ?? 0, 'percent', locale), p?.qualifier ?? null),
      b: hedged(amount(cost?.value ?? 0), cost?.qualifier ?? null),
      result: about(amount(share.value), isApproximate(share)),
    });
  };
  const sumArithmetic = (sum: UnitsSum) =>
    plural(t, locale, 'incentiveUnits.sumArithmetic', sum.count, {
      result: about(amount(sum.value), sum.approximate),
    });
  const shareSumArithmetic = (m: IncentiveUnitsModel) =>
    m.costTotal && m.shareTotal
      ? t('op.percent-of', {
          a: percent(m),
          b: about(amount(m.costTotal.value), m.costTotal.approximate),
          result: about(amount(m.shareTotal.value), m.shareTotal.approximate),
        })
      : null;
  return {
    amount,
    hedged,
    about,
    stated,
    percent,
    shareArithmetic,
    sumArithmetic,
    shareSumArithmetic,
  };
}

export type UnitsText = ReturnType<typeof unitsText>;

export function unitsTakeaway(t: Translate, locale: string, m: IncentiveUnitsModel, x: UnitsText) {
  if (!m.costTotal) return t('incentiveUnits.takeawayNone');
  const parts = [
    plural(t, locale, 'incentiveUnits.takeaway', m.costTotal.count, {
      costs: x.about(x.amount(m.costTotal.value), m.costTotal.approximate),
    }),
  ];
  if (m.shareTotal)
    parts.push(
      t('incentiveUnits.takeawayShare', {
        percent: x.percent(m),
        shares: x.about(x.amount(m.shareTotal.value), m.shareTotal.approximate),
      }),
    );
  if (m.outlay) parts.push(t('incentiveUnits.takeawayOutlay', { outlay: x.stated(m.outlay) }));
  return parts.join(' ');
}

/** A citation's locator as a reader sees it: "Public record A1", "Source ¶8". */
export function locatorText(t: Translate, c: Citation): string {
  return c.item !== undefined
    ? t('card.record', { item: c.row ? `${c.item} (${c.row})` : c.item })
    : `${t('card.source')} ${t('card.paragraph', { n: c.paragraph ?? '?' })}`;
}

export interface UnitsRow {
  label: string;
  site: string;
  /** INR, exact. */
  amount: number;
  kind: string;
  /** The source's words for a stated value, the arithmetic for a derived one. */
  text: string;
  source: string;
}

/** The table and the exports: each cost and share, the sums, the outlay and the approved investment. */
export function unitsRows(
  t: Translate,
  locale: string,
  m: IncentiveUnitsModel,
  x: UnitsText,
): UnitsRow[] {
  const kind = {
    stated: t('incentiveUnits.kind.stated'),
    derived: t('incentiveUnits.kind.derived'),
  };
  const supportSource = m.support ? locatorText(t, m.support.citation) : '';
  const rows: UnitsRow[] = [];
  for (const u of m.units) {
    const source = locatorText(t, u.cost.citation);
    rows.push({
      label: u.name,
      site: u.siteName ?? '',
      amount: u.cost.value,
      kind: kind.stated,
      text: u.cost.stated,
      source,
    });
    if (u.share)
      rows.push({
        label: t('incentiveUnits.row.share', { name: u.name }),
        site: u.siteName ?? '',
        amount: u.share.value,
        kind: kind.derived,
        text: x.shareArithmetic(u.share),
        source: `${supportSource}; ${source}`,
      });
  }
  if (m.costTotal)
    rows.push({
      label: plural(t, locale, 'incentiveUnits.totals', m.costTotal.count),
      site: '',
      amount: m.costTotal.value,
      kind: kind.derived,
      text: x.sumArithmetic(m.costTotal),
      source: '',
    });
  const shareSum = x.shareSumArithmetic(m);
  if (m.shareTotal && shareSum)
    rows.push({
      label: t('incentiveUnits.row.shareTotal'),
      site: '',
      amount: m.shareTotal.value,
      kind: kind.derived,
      text: shareSum,
      source: supportSource,
    });
  for (const [key, s] of [
    ['outlay', m.outlay],
    ['approved', m.approved],
  ] as const)
    if (s)
      rows.push({
        label: t(`incentiveUnits.row.${key}`),
        site: '',
        amount: s.value,
        kind: kind.stated,
        text: s.stated,
        source: locatorText(t, s.citation),
      });
  return rows;
}
