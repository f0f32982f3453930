/**
 * Rules that join sections: kpis and motivation refer to positions, schemes need KPIs, and
 * derived plans need a non-zero source figure in `plan`.
 */
import * as z from 'zod';
import { catalogKpi } from '../firm-catalog.ts';
import { CODES } from '../codes.ts';
import { closest } from '../say.ts';
import { isCatalogKpi } from './kpi-rules.ts';
import { looseList, looseNumber, looseString, rule, type Report } from './rule.ts';

const ProfileView = z.object({
  department: z.object({ positions: looseList(z.object({ id: looseString, revenueSharePct: looseNumber })) }).catch({ positions: [] }),
  kpis: looseList(
    z.object({
      position: looseString,
      items: looseList(z.object({ kpi: looseString, scope: looseString, plan: z.unknown() })),
    }),
  ),
  motivation: looseList(z.object({ position: looseString, scheme: looseString })),
  plan: z
    .object({ newClients: looseNumber, funnel: z.object({ leadsPerMonth: looseNumber }).catch({ leadsPerMonth: null }) })
    .catch({ newClients: null, funnel: { leadsPerMonth: null } }),
});
type View = z.output<typeof ProfileView>;

export const profileRules = rule(ProfileView, (p, report) => {
  checkReferences(p, 'kpis', report);
  checkReferences(p, 'motivation', report);
  checkSchemes(p, report);
  checkDerivations(p, report);
});

function checkReferences(p: View, section: 'kpis' | 'motivation', report: Report): void {
  const ids = p.department.positions.flatMap((pos) => (pos?.id == null ? [] : [pos.id]));
  // With no readable positions the department itself is reported; every reference would be noise.
  if (ids.length === 0) return;
  const first = new Map<string, number>();
  p[section].forEach((entry, i) => {
    const id = entry?.position;
    if (id == null) return;
    if (!ids.includes(id)) {
      const hint = closest(id, ids);
      report(
        [section, i, 'position'],
        CODES.positionUnknown,
        `нет должности с id "${id}"${hint === null ? '' : ` (возможно, имелось в виду "${hint}")`}; должности: ${ids.join(', ')}`,
      );
      return;
    }
    const seen = first.get(id);
    if (seen === undefined) first.set(id, i);
    else {
      const what = section === 'kpis' ? 'KPI' : 'схема мотивации';
      report(
        [section, i, 'position'],
        section === 'kpis' ? CODES.kpiEntryDuplicate : CODES.motivationEntryDuplicate,
        `для должности "${id}" ${what} уже ${section === 'kpis' ? 'заданы' : 'задана'} в ${section}[${seen}]; у должности одна запись`,
      );
    }
  });
}

function checkSchemes(p: View, report: Report): void {
  const known = new Set(p.department.positions.map((pos) => pos?.id));
  p.motivation.forEach((m, i) => {
    // An unknown position is reported by checkReferences; its scheme cannot be judged.
    if (m?.position == null || m.scheme === null || !known.has(m.position)) return;
    const entry = p.kpis.find((k) => k?.position === m.position);
    if (m.scheme === 'kpi-bonus' && entry === undefined) {
      report(
        ['motivation', i, 'scheme'],
        CODES.schemeNeedsKpis,
        `схема kpi-bonus считает премию по KPI, а для должности "${m.position}" нет записи в kpis: добавьте её или выберите другую схему`,
      );
    }
    if (m.scheme === 'revenue-percent' && !entry?.items.some((item) => item?.kpi === 'revenue')) {
      report(
        ['motivation', i, 'scheme'],
        CODES.schemeNeedsRevenueKpi,
        `схема revenue-percent начисляет процент от плана выручки, а у должности "${m.position}" нет KPI revenue в kpis`,
      );
    }
  });
}

function checkDerivations(p: View, report: Report): void {
  const positions = p.department.positions;
  const shareTotal = positions.reduce((sum, pos) => sum + (pos?.revenueSharePct ?? 0), 0);
  p.kpis.forEach((entry, k) => {
    entry?.items.forEach((item, j) => {
      if (item === null || !isCatalogKpi(item.kpi) || (item.plan !== undefined && item.plan !== null)) return;
      const path = ['kpis', k, 'items', j, 'plan'];
      const name = `«${catalogKpi(item.kpi).name}» (${item.kpi})`;
      const derives = catalogKpi(item.kpi).derives;
      if (derives === 'new-clients' && p.plan.newClients === 0) {
        report(path, CODES.kpiPlanUnderivable, `план показателя ${name} выводится из plan.newClients, а он равен 0: укажите plan`);
      }
      if (derives === 'meetings-set' && p.plan.funnel.leadsPerMonth === 0) {
        report(
          path,
          CODES.kpiPlanUnderivable,
          `план показателя ${name} выводится из plan.funnel.leadsPerMonth, а он равен 0: укажите plan`,
        );
      }
      const own = positions.find((pos) => pos?.id === entry.position);
      if (derives === 'revenue' && item.scope !== 'department' && own?.revenueSharePct == null && shareTotal >= 100) {
        report(
          path,
          CODES.revenueShareLeftover,
          `личный план выручки должности "${entry.position}" не из чего вывести: доли revenueSharePct других должностей уже составляют 100 %; уменьшите их или укажите plan`,
        );
      }
    });
  });
}
