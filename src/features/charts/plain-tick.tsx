import { formatTick } from '../../domain/format.ts';
/**
 * Numeric axis ticks as plain <text>: recharts' own tick measures each new string in the DOM (to
 * wrap it), a forced layout per tick whenever the counts, and so the ticks, change under a brush.
 */
interface TickProps {
  x?: number | string;
  y?: number | string;
  payload?: { value?: unknown };
  fill?: string;
  fontSize?: number | string;
}

export function plainTick(side: 'bottom' | 'left', format: (value: number) => string) {
  function PlainTick({ x = 0, y = 0, payload, fill, fontSize }: TickProps) {
    const value = Number(payload?.value ?? 0);
    return (
      <text
        x={Number(x) + (side === 'left' ? -4 : 0)}
        y={Number(y) + (side === 'bottom' ? 4 : 0)}
        dy={side === 'bottom' ? '0.71em' : '0.32em'}
        textAnchor={side === 'left' ? 'end' : 'middle'}
        fill={fill}
        fontSize={fontSize}
      >
        {format(value)}
      </text>
    );
  }
  return PlainTick;
}

const countTicks = new Map<string, ReturnType<typeof plainTick>>();
/**
 * A count axis's ticks in a locale (30K, 3万, 30 हज़ार): one component per side and locale, so
 * recharts sees a stable component type across renders.
 */
export function countTick(side: 'bottom' | 'left', locale: string) {
  const key = `${side}|${locale}`;
  let tick = countTicks.get(key);
  if (!tick) countTicks.set(key, (tick = plainTick(side, (v) => formatTick(v, locale))));
  return tick;
}
