/** Rules over the department's positions: ids, subordination, shares, employee lists. */
import * as z from 'zod';
import { CODES } from '../codes.ts';
import { closest, num } from '../say.ts';
import { firmCatalogs } from '../firm-catalog.ts';
import { looseList, looseNumber, looseString, rule } from './rule.ts';

/** The approver above the department; every chain of `reportsTo` must end here. */
export const DIRECTOR = 'director';

const PositionView = z.object({
  id: looseString,
  role: looseString,
  reportsTo: looseString,
  headcount: looseNumber,
  revenueSharePct: looseNumber,
  duties: looseList(z.string()),
  employees: looseList(z.string()),
  firmRole: looseString,
});
type PositionViewT = z.output<typeof PositionView>;

/** Rules within one position. */
export const positionRules = rule(PositionView, (p, report) => {
  if (p.id === DIRECTOR) {
    report(['id'], CODES.positionIdReserved, 'id "director" зарезервирован для руководителя компании; выберите другой id');
  }
  if (p.firmRole !== null) {
    // Set by the firm's catalog (src/core/firm/catalogs.ts); written by hand, it must still name a firm role.
    if (p.role !== 'custom') report(['firmRole'], CODES.firmCatalog, 'firmRole задаётся только вместе с role: custom');
    else if (!firmCatalogs().roles[p.firmRole])
      report(
        ['firmRole'],
        CODES.firmCatalog,
        `роли "${p.firmRole}" нет в каталоге консалтинговой фирмы: укажите папку фирмы (--firm ПАПКА)`,
      );
  } else if (p.role === 'custom' && p.duties.length === 0) {
    report(['duties'], CODES.customRoleDuties, 'для должности с role: custom перечислите обязанности в duties: каталог их не знает');
  }
  if (p.headcount !== null && p.employees.length > p.headcount) {
    report(
      ['employees'],
      CODES.employeesOverHeadcount,
      `указано сотрудников: ${p.employees.length}, а штатная численность (headcount) ${num(p.headcount)}`,
    );
  }
});

/** Rules across the positions list. */
export const positionsRules = rule(looseList(PositionView), (positions, report) => {
  const firstIndex = new Map<string, number>();
  positions.forEach((p, i) => {
    if (p?.id == null) return;
    const seen = firstIndex.get(p.id);
    if (seen === undefined) firstIndex.set(p.id, i);
    else {
      report(
        [i, 'id'],
        CODES.positionIdDuplicate,
        `id "${p.id}" уже занят должностью department.positions[${seen}]; id должностей не должны повторяться`,
      );
    }
  });

  const ids = [...firstIndex.keys()];
  positions.forEach((p, i) => {
    const to = p?.reportsTo;
    if (to == null || to === DIRECTOR || firstIndex.has(to)) return;
    const hint = closest(to, [...ids, DIRECTOR]);
    report(
      [i, 'reportsTo'],
      CODES.reportsToUnknown,
      `нет должности с id "${to}"${hint === null ? '' : ` (возможно, имелось в виду "${hint}")`}; укажите id одной из должностей (${ids.join(', ')}) или director`,
    );
  });

  for (const cycle of reportingCycles(positions, firstIndex)) {
    const start = cycle[0] ?? 0;
    const names = cycle.map((i) => positions[i]?.id ?? '?');
    const message =
      cycle.length === 1
        ? `цикл подчинения: должность ${names[0]} подчиняется сама себе`
        : `цикл подчинения: ${[...names, names[0]].join(' → ')}`;
    report([start, 'reportsTo'], CODES.reportingCycle, message);
  }

  const shares = positions.map((p) => p?.revenueSharePct ?? 0);
  const total = shares.reduce((a, b) => a + b, 0);
  if (total > 100 + 1e-9) {
    report([], CODES.revenueShareTotal, `сумма revenueSharePct по должностям ${num(total)} %, не может превышать 100 %`);
  }
});

/**
 * Each cycle of `reportsTo` once, as position indices starting from its lowest index and
 * following the subordination («manager → lead → manager» is [manager, lead]).
 */
function reportingCycles(positions: ReadonlyArray<PositionViewT | null>, indexOf: Map<string, number>): number[][] {
  const parent = (i: number): number | null => {
    const to = positions[i]?.reportsTo;
    return to == null ? null : (indexOf.get(to) ?? null);
  };
  const state = positions.map(() => 'new' as 'new' | 'walking' | 'done');
  const cycles: number[][] = [];
  positions.forEach((_, i) => {
    const path: number[] = [];
    let cur: number | null = i;
    while (cur !== null && state[cur] === 'new') {
      state[cur] = 'walking';
      path.push(cur);
      cur = parent(cur);
    }
    if (cur !== null && state[cur] === 'walking') {
      const cycle = path.slice(path.indexOf(cur));
      const low = cycle.indexOf(Math.min(...cycle));
      cycles.push([...cycle.slice(low), ...cycle.slice(0, low)]);
    }
    for (const p of path) state[p] = 'done';
  });
  return cycles;
}
