/** A small chart of a pay curve: attainment across, bonus percent (or rate) up. */
import { curveValue } from '../../core/math/index.ts';
import { formatNumber } from '../../core/text/format.ts';

const W = 320;
const H = 180;
const PAD = { left: 40, right: 12, top: 12, bottom: 30 };

export function CurveChart({
  curve,
  valueLabel,
  valueUnit,
}: {
  curve: ReadonlyArray<readonly [number, number]>;
  valueLabel: string;
  valueUnit: string;
}) {
  if (curve.length === 0) return null;
  const maxX = Math.max(150, ...curve.map((p) => p[0]));
  const maxY = Math.max(1, ...curve.map((p) => p[1])) * 1.1;
  const x = (a: number) => PAD.left + (a / maxX) * (W - PAD.left - PAD.right);
  const y = (v: number) => H - PAD.bottom - (v / maxY) * (H - PAD.top - PAD.bottom);
  // Beyond the last point the curve stays flat (motivation.md), so draw it to the right edge.
  const last = curve[curve.length - 1]!;
  const points = [...curve, [maxX, last[1]] as const].map(([a, v]) => `${x(a).toFixed(1)},${y(v).toFixed(1)}`).join(' ');
  const ticksX = [0, 50, 100, 150].filter((t) => t <= maxX);
  const ticksY = [0, maxY / 2.2, maxY / 1.1].map((t) => Math.round(t));
  const at100 = curveValue(curve, 100);
  const label = `График: ${valueLabel} в зависимости от выполнения плана. При 100 % — ${formatNumber(at100, 1).replace(/,0$/, '')}${valueUnit}.`;
  return (
    <svg class="curve-chart" viewBox={`0 0 ${W} ${H}`} role="img" aria-label={label}>
      <line x1={PAD.left} y1={y(0)} x2={W - PAD.right} y2={y(0)} class="axis" />
      <line x1={PAD.left} y1={PAD.top} x2={PAD.left} y2={y(0)} class="axis" />
      {ticksX.map((t) => (
        <g key={`x${t}`}>
          <line x1={x(t)} y1={PAD.top} x2={x(t)} y2={y(0)} class="grid-line" />
          <text x={x(t)} y={H - PAD.bottom + 16} text-anchor="middle">
            {t} %
          </text>
        </g>
      ))}
      {ticksY.map((t) => (
        <text key={`y${t}`} x={PAD.left - 6} y={y(t) + 4} text-anchor="end">
          {t}
        </text>
      ))}
      <polyline points={points} class="curve" />
      {curve.map(([a, v], i) => (
        <circle key={i} cx={x(a)} cy={y(v)} r="3" class="dot" />
      ))}
    </svg>
  );
}
