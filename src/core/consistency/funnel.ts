/**
 * The funnel reconciles: the figures the sales plan prints (its funnel table, its new-client and
 * meeting tables) agree with the math (src/core/math/funnel.ts), positions' plans add up to no more
 * than the department's, the lead plans of the positions need no more leads than the funnel's flow,
 * and the deals with new clients the plan needs a month are not more than the new clients it plans.
 */
import { funnelCheck } from '../math/funnel.ts';
import { MONTHS_IN_PERIOD } from '../math/department-plan.ts';
import { positionKpiPlans } from '../math/plans.ts';
import type { Profile } from '../profile/schema.ts';
import { decimalsOf, parseRussianNumber, tables, type LocatedTable } from './text.ts';
import type { Finding, PackCheck } from './types.ts';

const fmt = (n: number): string => String(Math.round(n * 10) / 10).replace('.', ',');

/** A printed figure against the math, within the rounding of the print. */
function agrees(printed: string, exact: number): boolean {
  const n = parseRussianNumber(printed.replace(/[^\d,\u00a0 −-]/g, '').trim());
  if (n === null) return true;
  return Math.abs(n - exact) <= 0.5 * 10 ** -decimalsOf(printed.replace(/[^\d,]/g, '')) + 1e-9;
}

const withId = (list: readonly LocatedTable[], suffix: string): LocatedTable | undefined => list.find((t) => t.id?.endsWith(suffix));

/** Rows «<position title>, на сотрудника»: the figure a month times the headcount, summed. */
function positionsSum(profile: Profile, table: LocatedTable): number {
  let sum = 0;
  for (const row of table.rows.slice(1)) {
    const position = profile.department.positions.find((p) => (row[0] ?? '').startsWith(`${p.title}, на сотрудника`));
    const month = parseRussianNumber(row[1] ?? '');
    if (position && month !== null) sum += month * position.headcount;
  }
  return sum;
}

export const checkFunnel: PackCheck = ({ profile, models }) => {
  const findings: Finding[] = [];
  const plan = models.find((m) => m.meta.id === 'sales-plan');
  const check = funnelCheck(profile);
  const newClientsMonth = profile.plan.newClients / 12;
  const planWhere = (clause: string | null) => [{ document: 'sales-plan', clause }];
  if (plan) {
    const list = tables(plan);
    const funnelTable = withId(list, 'funnel-table');
    if (funnelTable) {
      const expect: Array<[RegExp, number, number, number]> = [
        [/^Лиды/u, profile.plan.funnel.leadsPerMonth, check.required.leads, check.shortBy.leads],
        [/^Встречи/u, check.output.meetings, check.required.meetings, check.shortBy.meetings],
        [/^Сделки/u, check.output.deals, check.required.deals, check.shortBy.deals],
        [/^Новые продажи/u, check.capacity, check.need, check.shortBy.revenue],
      ];
      for (const [label, gives, needs, short] of expect) {
        const row = funnelTable.rows.find((r) => label.test(r[0] ?? ''));
        if (!row) continue;
        if (!agrees(row[1] ?? '', gives) || !agrees(row[2] ?? '', needs)) {
          findings.push({
            check: 'funnel',
            severity: 'error',
            message: `строка «${row[0]}» воронки напечатана как ${row[1]} / ${row[2]}, а расчёт даёт ${fmt(gives)} / ${fmt(needs)}`,
            where: planWhere(funnelTable.id),
          });
        }
        // The «Не хватает» column, printed when the funnel falls short, is the math's gap at that stage.
        if (row[3] !== undefined && !agrees(row[3], short)) {
          findings.push({
            check: 'funnel',
            severity: 'error',
            message: `в строке «${row[0]}» воронки нехватка напечатана как ${row[3]}, а расчёт даёт ${fmt(short)}`,
            where: planWhere(funnelTable.id),
          });
        }
      }
    }
    for (const [suffix, what] of [
      ['new-clients-table', 'новых клиентов'],
      ['meetings-table', 'назначенных встреч'],
    ] as const) {
      const table = withId(list, suffix);
      const department = table?.rows.find((r) => (r[0] ?? '').startsWith('Отдел'));
      const total = parseRussianNumber(department?.[1] ?? '');
      if (!table || total === null) continue;
      const sum = positionsSum(profile, table);
      if (sum > total + 0.05 * Math.max(1, total)) {
        findings.push({
          check: 'funnel',
          severity: 'error',
          message: `сумма планов должностей — ${fmt(sum)} ${what} в месяц — больше плана Отдела (${department?.[1]})`,
          where: planWhere(table.id),
        });
      }
    }
    if (check.required.deals > Math.ceil(newClientsMonth - 1e-9) && profile.plan.newClients > 0) {
      findings.push({
        check: 'funnel',
        severity: 'warning',
        message: `для плана новых продаж нужно ${check.required.deals} сделок с новыми клиентами в месяц, а план новых клиентов — ${fmt(newClientsMonth)} в месяц: каждая сделка с новым клиентом даёт нового клиента, одна из двух цифр неверна`,
        where: planWhere(funnelTable?.id ?? null),
      });
    }
  }
  // The positions' lead plans (per employee a month, times the headcount) against the funnel's flow.
  let leads = 0;
  const leadPositions = new Set<string>();
  for (const position of profile.department.positions) {
    for (const item of positionKpiPlans(profile, position.id)) {
      if (item.kpi !== 'qualified-leads' || item.scope === 'department') continue;
      leads += (item.plan / MONTHS_IN_PERIOD[item.period]) * position.headcount;
      leadPositions.add(position.id);
    }
  }
  if (leads > profile.plan.funnel.leadsPerMonth + 1e-9) {
    // The cards that carry the lead plans: where the consultant fixes them.
    const cards = models
      .filter((m) => m.meta.id.startsWith('kpi-card-') && leadPositions.has(m.meta.positionId ?? ''))
      .map((m) => ({ document: m.meta.id, clause: null }));
    findings.push({
      check: 'funnel',
      severity: 'error',
      message: `планы должностей по лидам — ${fmt(leads)} в месяц — больше потока лидов плана (${profile.plan.funnel.leadsPerMonth} в месяц)`,
      where: cards.length ? cards : planWhere(null),
    });
  }
  return findings;
};
