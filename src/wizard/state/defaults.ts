/**
 * Starting values for what the user adds: a position comes with KPIs its role typically has and
 * a bonus scheme, so the profile stays valid and the pack stays whole after every click.
 */
import { KPI_CATALOG, ROLE_CATALOG } from '../../../content/catalog/index.ts';
import type { KpiId, RoleId } from '../../core/profile/ids.ts';
import type { Draft } from './draft.ts';
import { wholeCountPlans } from './whole-plans.ts';

type Positions = Draft['department']['positions'];
type Position = Positions[number];
type KpiItemInput = Draft['kpis'][number]['items'][number];
type MotivationInput = Draft['motivation'][number];
export type CurvePoints = Array<[number, number]>;

/** Curve presets offered in the motivation step (attainment %, bonus % of target). */
export const CURVE_PRESETS: ReadonlyArray<{ id: string; label: string; curve: CurvePoints }> = [
  {
    id: 'threshold-70',
    label: 'Порог 70 %, рост до 130 % при 120 %',
    curve: [
      [0, 0],
      [70, 0],
      [70, 70],
      [100, 100],
      [120, 130],
    ],
  },
  {
    id: 'threshold-80',
    label: 'Порог 80 %, ускорение выше плана',
    curve: [
      [0, 0],
      [80, 0],
      [80, 80],
      [100, 100],
      [120, 140],
      [150, 170],
    ],
  },
  {
    id: 'linear',
    label: 'Пропорционально выполнению, до 150 %',
    curve: [
      [0, 0],
      [100, 100],
      [150, 150],
    ],
  },
  {
    id: 'soft',
    label: 'Мягкая: без порога, выше плана медленнее',
    curve: [
      [0, 0],
      [50, 25],
      [100, 100],
      [130, 115],
    ],
  },
];

export const RATE_PRESETS: ReadonlyArray<{ id: string; label: string; curve: CurvePoints }> = [
  {
    id: 'flat-2',
    label: '2 % от выполнения 60 %',
    curve: [
      [0, 0],
      [60, 0],
      [60, 2],
      [150, 2],
    ],
  },
  {
    id: 'step-2-3',
    label: '2 %, выше плана 3 %',
    curve: [
      [0, 0],
      [60, 0],
      [60, 2],
      [100, 2],
      [100, 3],
    ],
  },
];

/** Plans of indicators the profile cannot derive, per employee per period: a reasonable start. */
function startingPlan(kpi: KpiId, draft: Draft): number {
  const deal = draft.plan?.funnel?.averageDeal;
  const averageDeal = typeof deal === 'number' && deal > 0 ? deal : 100_000;
  const cycle = draft.company?.averageSalesCycleDays;
  const plans: Partial<Record<KpiId, number>> = {
    'overdue-receivables': 5,
    'repeat-purchase-rate': 80,
    'average-deal': averageDeal,
    'lead-conversion': 25,
    calls: 600,
    'proposals-sent': 20,
    'active-clients': 30,
    'deal-cycle-days': typeof cycle === 'number' && cycle > 0 ? cycle : 45,
    'lead-response-time': typeof draft.processes?.leadResponseMinutes === 'number' ? draft.processes.leadResponseMinutes : 15,
    'win-rate': 25,
    'crm-discipline': 95,
    'meetings-held': 20,
    'upsell-revenue': Math.round(averageDeal / 2),
    'qualified-leads': 100,
    'cost-per-lead': Math.max(1, Math.round(averageDeal / 200)),
  };
  return plans[kpi] ?? 10;
}

/** A catalog KPI as a new item of a position's card. */
export function kpiItem(kpi: KpiId, weight: number, draft: Draft, role: RoleId | 'custom'): KpiItemInput {
  const entry = KPI_CATALOG[kpi];
  const item: KpiItemInput = { kpi, weight, period: entry.defaultPeriod };
  // The head answers for the department's figures, not a personal share of them.
  if (role === 'head-of-sales' && entry.derives !== null) item.scope = 'department';
  if (entry.derives === null) item.plan = startingPlan(kpi, draft);
  return item;
}

const WEIGHTS: Record<number, number[]> = { 1: [100], 2: [70, 30], 3: [50, 30, 20] };

/** The role's typical KPIs, those with a plan the profile can derive first, at most three. */
export function defaultKpis(role: RoleId | 'custom', draft: Draft): KpiItemInput[] {
  if (role === 'custom') {
    return [
      {
        kpi: 'custom',
        name: 'Выполнение плана работ',
        unit: 'percent',
        plan: 100,
        weight: 100,
        period: 'month',
        source: 'отчёт руководителю',
      },
    ];
  }
  const typical = ROLE_CATALOG[role].typicalKpis;
  const ordered = [...typical.filter((k) => KPI_CATALOG[k].derives !== null), ...typical.filter((k) => KPI_CATALOG[k].derives === null)];
  const picked = ordered.slice(0, 3);
  const weights = WEIGHTS[picked.length] ?? [100];
  return picked.map((kpi, i) => kpiItem(kpi, weights[i] ?? 0, draft, role));
}

/** A bonus of about 40 % of the salary at plan, rounded to a thousand: a common first setting. */
export function defaultMotivation(positionId: string, salary: number): MotivationInput {
  return {
    position: positionId,
    scheme: 'kpi-bonus',
    targetBonus: Math.max(1000, Math.round((salary * 0.4) / 1000) * 1000),
    curve: CURVE_PRESETS[0]!.curve.map(([a, v]) => [a, v] as [number, number]),
  };
}

/** `manager`, `manager-2`, … : the first id not taken. */
export function freeId(base: string, taken: readonly string[]): string {
  if (!taken.includes(base)) return base;
  for (let n = 2; ; n++) if (!taken.includes(`${base}-${n}`)) return `${base}-${n}`;
}

const ROLE_ID_BASE: Record<RoleId | 'custom', string> = {
  'head-of-sales': 'rop',
  'team-lead': 'group-lead',
  'sales-manager': 'manager',
  'key-account-manager': 'account',
  'lead-generation': 'lead',
  'sales-assistant': 'assistant',
  'marketing-manager': 'marketing',
  'tender-specialist': 'tenders',
  custom: 'position',
};

export function roleTitle(role: RoleId | 'custom'): string {
  return role === 'custom' ? 'Новая должность' : ROLE_CATALOG[role].title;
}

/** A new position of the role, with its KPI card and bonus scheme. */
export function addPosition(draft: Draft, role: RoleId | 'custom'): { draft: Draft; id: string } {
  const positions = draft.department.positions;
  const id = freeId(
    ROLE_ID_BASE[role],
    positions.map((p) => p.id),
  );
  const head = positions.find((p) => p.role === 'head-of-sales');
  const salary = role === 'head-of-sales' ? 120_000 : 50_000;
  const position: Position = {
    id,
    title: roleTitle(role),
    role,
    headcount: 1,
    reportsTo: head && role !== 'head-of-sales' ? head.id : 'director',
    salary,
    ...(role === 'custom' ? { duties: ['Выполняет поручения руководителя отдела в пределах своей компетенции.'] } : {}),
  };
  const added: Draft = {
    ...draft,
    department: { ...draft.department, positions: [...positions, position] },
    kpis: [...draft.kpis, { position: id, items: defaultKpis(role, draft) }],
    motivation: [...draft.motivation, defaultMotivation(id, salary)],
  };
  // The new card's count plans start whole (a quarter or a year where a month gives a fraction).
  return { id, draft: wholeCountPlans(added, id) };
}

/**
 * Every place of profile v2's business sections that names a position, rewritten by `swap`
 * (`null` drops a list entry, or clears an owner the schema lets be empty).
 */
function swapBusinessRefs(draft: Draft, swap: (id: string) => string | null, fallback: string): Draft {
  const company = draft.company;
  const channels = Array.isArray(company?.channels)
    ? company.channels.map((c) => (typeof c?.owner === 'string' ? { ...c, owner: swap(c.owner) } : c))
    : company?.channels;
  const clients = draft.clients;
  const segments = Array.isArray(clients?.segments)
    ? clients.segments.map((s) => (typeof s?.owner === 'string' ? { ...s, owner: swap(s.owner) ?? fallback } : s))
    : clients?.segments;
  const handover = clients?.handover;
  // A rule that lost one of its two positions no longer says anything: back to the default.
  const handoverNext =
    handover && typeof handover === 'object'
      ? swap(handover.from) === null || swap(handover.to) === null
        ? null
        : { ...handover, from: swap(handover.from) ?? handover.from, to: swap(handover.to) ?? handover.to }
      : handover;
  const policy = clients?.commercialPolicy;
  let policyNext = policy;
  if (policy && typeof policy === 'object') {
    const discounts = Array.isArray(policy.discounts)
      ? policy.discounts.flatMap((d) => {
          const position = typeof d?.position === 'string' ? swap(d.position) : d?.position;
          return position === null ? [] : [{ ...d, position }];
        })
      : policy.discounts;
    const approver = typeof policy.creditApprover === 'string' ? (swap(policy.creditApprover) ?? fallback) : policy.creditApprover;
    policyNext = Array.isArray(discounts) && discounts.length === 0 ? null : { ...policy, discounts, creditApprover: approver };
  }
  const norms = draft.processes?.activityNorms;
  const normsNext = Array.isArray(norms)
    ? norms.flatMap((n) => {
        const position = typeof n?.position === 'string' ? swap(n.position) : n?.position;
        return position === null ? [] : [{ ...n, position }];
      })
    : norms;
  return {
    ...draft,
    ...(company ? { company: { ...company, ...(channels === undefined ? {} : { channels }) } } : {}),
    ...(clients
      ? {
          clients: {
            ...clients,
            ...(segments === undefined ? {} : { segments }),
            ...(handoverNext === undefined ? {} : { handover: handoverNext }),
            ...(policyNext === undefined ? {} : { commercialPolicy: policyNext }),
          },
        }
      : {}),
    ...(draft.processes && normsNext !== undefined ? { processes: { ...draft.processes, activityNorms: normsNext } } : {}),
  };
}

/**
 * Removes a position with its KPI card and scheme; its subordinates report to its own superior,
 * who also takes over its clients, channels and approvals (a list entry of its own is dropped).
 */
export function removePosition(draft: Draft, id: string): Draft {
  const removed = draft.department.positions.find((p) => p.id === id);
  const superior = removed?.reportsTo ?? 'director';
  const heir = superior === 'director' ? (draft.department.positions.find((p) => p.id !== id)?.id ?? 'director') : superior;
  const without: Draft = {
    ...draft,
    department: {
      ...draft.department,
      positions: draft.department.positions.filter((p) => p.id !== id).map((p) => (p.reportsTo === id ? { ...p, reportsTo: superior } : p)),
    },
    kpis: draft.kpis.filter((k) => k.position !== id),
    motivation: draft.motivation.filter((m) => m.position !== id),
  };
  return swapBusinessRefs(without, (ref) => (ref === id ? null : ref), heir);
}

/** Renames a position's id everywhere it is referred to. */
export function renamePosition(draft: Draft, from: string, to: string): Draft {
  const swap = (value: string) => (value === from ? to : value);
  const renamed: Draft = {
    ...draft,
    department: {
      ...draft.department,
      positions: draft.department.positions.map((p) => ({ ...p, id: swap(p.id), reportsTo: swap(p.reportsTo) })),
    },
    kpis: draft.kpis.map((k) => ({ ...k, position: swap(k.position) })),
    motivation: draft.motivation.map((m) => ({ ...m, position: swap(m.position) })),
  };
  return swapBusinessRefs(renamed, swap, to);
}
