/**
 * Warnings about a valid profile: things that work but are probably not what the company wants
 * (profile.md, «Errors and warnings»). Warnings that need the payout math (funnel shortfall,
 * payroll share) come from the math module through `validateProfile`'s `extraChecks`.
 */
import { CODES } from './codes.ts';
import { issue, type Issue } from './issues.ts';
import type { Profile } from './schema.ts';
import { num } from './say.ts';

/** Practitioners' rules of thumb (domain brief §3.2): 3–5 KPIs a seat, no weight under 10 %. */
export const MAX_KPIS_PER_POSITION = 5;
export const MIN_KPI_WEIGHT = 10;

export function profileWarnings(profile: Profile): Issue[] {
  const warnings: Issue[] = [];
  profile.kpis.forEach((entry, k) => {
    if (entry.items.length > MAX_KPIS_PER_POSITION) {
      warnings.push(
        issue(
          'warning',
          CODES.tooManyKpis,
          ['kpis', k, 'items'],
          `у должности "${entry.position}" ${entry.items.length} показателей: больше ${MAX_KPIS_PER_POSITION} размывают внимание, обычно хватает 3–5`,
        ),
      );
    }
    entry.items.forEach((item, j) => {
      if (item.weight < MIN_KPI_WEIGHT) {
        warnings.push(
          issue(
            'warning',
            CODES.kpiWeightSmall,
            ['kpis', k, 'items', j, 'weight'],
            `вес ${num(item.weight)} % меньше ${MIN_KPI_WEIGHT} %: такой показатель почти не влияет на премию`,
          ),
        );
      }
    });
  });

  profile.department.positions.forEach((position, i) => {
    if (!profile.motivation.some((m) => m.position === position.id)) {
      warnings.push(
        issue(
          'warning',
          CODES.motivationMissing,
          'motivation',
          `для должности "${position.id}" нет записи в motivation: сотрудники получат только оклад (salary-only)`,
        ),
      );
    }
    const entry = profile.kpis.find((k) => k.position === position.id);
    const sharesPlan = entry?.items.some((item) => item.kpi === 'revenue' && item.scope === 'personal' && item.plan === null);
    if (position.revenueSharePct !== null && sharesPlan !== true) {
      warnings.push(
        issue(
          'warning',
          CODES.revenueShareUnused,
          ['department', 'positions', i, 'revenueSharePct'],
          `доля выручки задана, но у должности "${position.id}" нет личного KPI revenue без своего plan: доля ни на что не влияет`,
        ),
      );
    }
  });
  return warnings;
}
