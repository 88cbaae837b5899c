/** A diagonal hatch for fills that must not rely on colour alone (derived values, events). */
export function HatchPattern({
  id,
  background,
  stroke,
  strokeWidth,
}: {
  id: string;
  background: string;
  stroke: string;
  strokeWidth: number;
}) {
  return (
    <defs>
      <pattern
        id={id}
        width="6"
        height="6"
        patternUnits="userSpaceOnUse"
        patternTransform="rotate(45)"
      >
        <rect width="6" height="6" fill={background} />
        <line x1="0" y1="0" x2="0" y2="6" stroke={stroke} strokeWidth={strokeWidth} />
      </pattern>
    </defs>
  );
}
