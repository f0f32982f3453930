/** One position of the profile together with its KPI items and its motivation entry. */
import type { Period } from '../profile/ids.ts';
import type { KpiItem, MotivationEntry, Position, Profile } from '../profile/schema.ts';
import { MathError } from './errors.ts';

export interface PositionContext {
  position: Position;
  /** Index in `department.positions`. */
  positionIndex: number;
  /** Index of the position's entry in `kpis`, or null when it has no KPIs. */
  kpiEntryIndex: number | null;
  items: ReadonlyArray<KpiItem>;
  /** The position's entry in `motivation`; null means salary-only (with a warning from validation). */
  motivation: MotivationEntry | null;
  motivationIndex: number | null;
  /** How often the variable pay is computed and paid (motivation[].period); a month without variable pay. */
  payPeriod: Period;
}

export function positionContext(profile: Profile, positionId: string): PositionContext {
  const positionIndex = profile.department.positions.findIndex((p) => p.id === positionId);
  const position = profile.department.positions[positionIndex];
  if (position === undefined) throw new MathError(`no position with id "${positionId}"`);
  const kpiEntryIndex = profile.kpis.findIndex((k) => k.position === positionId);
  const motivationIndex = profile.motivation.findIndex((m) => m.position === positionId);
  const motivation = profile.motivation[motivationIndex] ?? null;
  return {
    position,
    positionIndex,
    kpiEntryIndex: kpiEntryIndex === -1 ? null : kpiEntryIndex,
    items: profile.kpis[kpiEntryIndex]?.items ?? [],
    motivation,
    motivationIndex: motivationIndex === -1 ? null : motivationIndex,
    payPeriod: motivation === null || motivation.scheme === 'salary-only' ? 'month' : motivation.period,
  };
}

/** The KPI items of a position, empty when it has none. */
export function positionItems(profile: Profile, positionId: string): ReadonlyArray<KpiItem> {
  return profile.kpis.find((k) => k.position === positionId)?.items ?? [];
}
