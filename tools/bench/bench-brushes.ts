/**
 * The sequence of timeline brushes the bench replays, in the browser (through the timeline's From
 * and To lists) and in Node (as range clauses for the columnar engine), so both time the same ranges.
 *
 * Brushes alternate between the two lists: even steps move From within the earlier half of the
 * years, odd steps move To within the later half, with strides that make consecutive ranges differ
 * and revisit earlier ones only after a while (100 steps over 21 years: 80 distinct ranges). Each
 * step applies the timeline's own rule (From above To pushes To up, and back), so `range` is what
 * the store holds after the step.
 */

export interface BrushStep {
  control: 'from' | 'to';
  value: number;
  /** The year range selected after this step. */
  range: [number, number];
}

/** `years`: the timeline's years, ascending and consecutive (its From/To options). */
export function brushPlan(years: readonly number[], count: number): BrushStep[] {
  if (years.length < 4) throw new Error(`a brush plan needs at least 4 years, got ${years.length}`);
  const first = years[0]!;
  const last = years[years.length - 1]!;
  const half = Math.floor(years.length / 2);
  const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));
  // Strides coprime with `half` visit every year of their half before repeating.
  const [sFrom, sTo] = [3, 7, 11, 13, 17].filter((s) => gcd(s, half) === 1) as [number, number];
  let [min, max] = [first, last];
  const steps: BrushStep[] = [];
  for (let i = 0; i < count; i++) {
    const k = Math.floor(i / 2);
    if (i % 2 === 0) {
      let value = years[(1 + k * sFrom) % half]!;
      if (value === min) value = years[(2 + k * sFrom) % half]!;
      min = value;
      max = Math.max(value, max);
      steps.push({ control: 'from', value, range: [min, max] });
    } else {
      let value = years[years.length - 1 - ((1 + k * sTo + Math.floor(k / half)) % half)]!;
      if (value === max)
        value = years[years.length - 1 - ((2 + k * sTo + Math.floor(k / half)) % half)]!;
      max = value;
      min = Math.min(value, min);
      steps.push({ control: 'to', value, range: [min, max] });
    }
  }
  return steps;
}
