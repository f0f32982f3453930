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
  warnings.push(...handoverWarnings(profile), ...markupWarnings(profile));
  return warnings;
}

/**
 * A hand-over of every new client (no `segments`): the sellers lose each client at once, while
 * the plan counts on their revenue from them, and nothing says which clients are key.
 */
function handoverWarnings(profile: Profile): Issue[] {
  const rule = profile.clients.handover;
  if (rule === null || rule === false || rule.segments !== null) return [];
  const sellerPlan = profile.kpis
    .find((k) => k.position === rule.from)
    ?.items.some((item) => item.kpi === 'revenue' && item.scope !== 'department');
  return [
    issue(
      'warning',
      CODES.handoverAllClients,
      ['clients', 'handover', 'segments'],
      `передаются все новые клиенты (от "${rule.from}" к "${rule.to}"): не указано, какие клиенты ключевые${
        sellerPlan === true ? `, а личный план выручки "${rule.from}" рассчитан на продажи своим клиентам` : ''
      }; ограничьте передачу сегментами — например, segments: [a] (клиенты сегмента A из clients.segments)`,
    ),
  ];
}

/** Markup a profile string may carry by mistake: it is printed as it is, never interpreted. */
const MARKUP = /\*\*|__|`|\[[^\]\n]*\]\([^)\n]*\)|^#{1,6}\s|\{\{|\}\}|\{#|<\/?[a-z][^>]*>/mu;

/** Every string of the profile with its path. */
function strings(value: unknown, path: Array<string | number>): Array<{ path: Array<string | number>; text: string }> {
  if (typeof value === 'string') return [{ path, text: value }];
  if (Array.isArray(value)) return value.flatMap((v, i) => strings(v, [...path, i]));
  if (value !== null && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => strings(v, [...path, k]));
  return [];
}

/**
 * Documents print the profile's text literally (src/core/templating/literal.ts), so «**важно**»
 * or «{{name}}» would reach the signed page as typed: the user is told before that happens.
 */
function markupWarnings(profile: Profile): Issue[] {
  // Clause overrides are templates: their markup is meant (src/core/firm/overrides.ts).
  const printed = { ...profile, documents: { ...profile.documents, overrides: [] } };
  return strings(printed, []).flatMap(({ path, text }) => {
    const m = MARKUP.exec(text);
    if (!m) return [];
    return [
      issue(
        'warning',
        CODES.textMarkup,
        path,
        `текст «${text.length > 60 ? `${text.slice(0, 57)}…` : text}» содержит знаки разметки («${m[0].trim()}»): документы печатают его как есть, вместе с этими знаками; уберите их`,
      ),
    ];
  });
}
