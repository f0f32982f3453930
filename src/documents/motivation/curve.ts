/**
 * A payout curve as the rows of a table a reader can follow: «менее 70 %» — 0 %, «от 70 до 100 %» —
 * from 70 to 100 % rising evenly, «150 % и более» — 170 %. Steps (a threshold or a jump between
 * bands) are said in words, so the table reads the same as `curveValue` computes.
 */
import type { Curve, CurvePoint } from '../../core/math/index.ts';
import { formatNumber, formatPercent, NBSP, roundHalfAway } from '../../core/text/format.ts';
import { capitalize } from '../../core/text/names.ts';

export type CurveKind = 'coefficient' | 'rate';

export interface CurveRow {
  /** Attainment range: «менее 70 %», «от 70 до 100 %», «150 % и более». */
  range: string;
  /** Value or values: «0 %», «от 70 до 100 %». */
  value: string;
  /** How the value is found in the range, with the step at its start if there is one. */
  how: string;
}

interface Segment {
  from: number | null;
  to: number | null;
  start: number;
  end: number;
  /** The value just below `from` when the curve jumps there. */
  stepFrom: number | null;
}

const DECIMALS: Record<CurveKind, number> = { coefficient: 1, rate: 2 };
const NOUN: Record<CurveKind, string> = { coefficient: 'коэффициент', rate: 'ставка' };

function at(curve: Curve, i: number): CurvePoint {
  return curve[i] as CurvePoint;
}

/** Pieces of the curve from left to right, each constant or linear, with the step at its start. */
function segments(curve: Curve): Segment[] {
  const out: Segment[] = [];
  const first = at(curve, 0);
  if (first[0] > 0) out.push({ from: null, to: first[0], start: first[1], end: first[1], stepFrom: null });
  // The value reached just before a point: where several points share an attainment, the first one's.
  let before: number | null = first[0] > 0 ? first[1] : null;
  let i = 0;
  while (i < curve.length) {
    const x = at(curve, i)[0];
    let last = i;
    while (last + 1 < curve.length && at(curve, last + 1)[0] === x) last++;
    const entering = at(curve, i)[1];
    const value = at(curve, last)[1];
    const jumpFrom = before !== null && before !== value ? before : last > i && entering !== value ? entering : null;
    const next = curve[last + 1];
    if (next === undefined) {
      out.push({ from: x, to: null, start: value, end: value, stepFrom: jumpFrom });
      break;
    }
    out.push({ from: x, to: next[0], start: value, end: next[1], stepFrom: jumpFrom });
    before = next[1];
    i = last + 1;
  }
  return merge(out);
}

/** A flat piece followed by a flat piece at the same value with no step reads as one range. */
function merge(list: Segment[]): Segment[] {
  const out: Segment[] = [];
  for (const s of list) {
    const prev = out[out.length - 1];
    if (prev && prev.start === prev.end && s.start === s.end && s.start === prev.end && s.stepFrom === null) {
      out[out.length - 1] = { ...prev, to: s.to };
      continue;
    }
    out.push(s);
  }
  return out;
}

function rangeText(s: Segment, isFirst: boolean): string {
  if (s.from === null || (isFirst && s.from === 0 && s.start === s.end)) {
    return s.to === null ? 'при любом выполнении' : `менее ${formatPercent(s.to)}`;
  }
  if (s.to === null) return `${formatPercent(s.from)} и более`;
  return `от ${formatNumber(s.from, 1)} до ${formatPercent(s.to)}`;
}

function slopeText(s: Segment, kind: CurveKind): string {
  if (kind !== 'coefficient' || s.from === null || s.to === null) return '';
  const slope = (s.end - s.start) / (s.to - s.from);
  const shown = roundHalfAway(Math.abs(slope), 2);
  if (Math.abs(shown - Math.abs(slope)) > 1e-9) return '';
  return ` на ${formatPercent(shown, 2)} за каждый 1${NBSP}% выполнения`;
}

function bodyText(s: Segment, kind: CurveKind, last: boolean): string {
  if (s.start !== s.end) return `${s.end > s.start ? 'растёт' : 'снижается'} равномерно${slopeText(s, kind)}`;
  if (s.start === 0) return kind === 'coefficient' ? 'показатель в премию не засчитывается' : 'премия не начисляется';
  return last ? 'больше не меняется (верхняя граница шкалы)' : 'не меняется';
}

/** The curve as table rows. */
export function curveRows(curve: Curve, kind: CurveKind): CurveRow[] {
  if (curve.length === 0) return [];
  const fmt = (v: number) => formatPercent(v, DECIMALS[kind]);
  const list = segments(curve);
  return list.map((s, index) => {
    const last = s.to === null;
    const value = s.start === s.end ? fmt(s.start) : `от ${formatNumber(s.start, DECIMALS[kind])} до ${fmt(s.end)}`;
    const body = bodyText(s, kind, last);
    let how: string;
    if (s.stepFrom !== null && s.from !== null) {
      const step =
        s.stepFrom === 0
          ? `порог: при выполнении ${formatPercent(s.from)} ${NOUN[kind]} сразу составляет ${fmt(s.start)}`
          : `при выполнении ${formatPercent(s.from)} ${NOUN[kind]} ${s.start > s.stepFrom ? 'повышается' : 'снижается'} скачком с ${fmt(s.stepFrom)} до ${fmt(s.start)}`;
      how = `${capitalize(step)}, далее ${body}`;
    } else if (last && index === 0) {
      how = 'Не зависит от выполнения плана';
    } else if (last && s.from !== null && s.start === s.end) {
      how = 'Верхняя граница шкалы: при большем выполнении не растёт';
    } else {
      how = capitalize(body);
    }
    return { range: rangeText(s, index === 0), value, how };
  });
}
