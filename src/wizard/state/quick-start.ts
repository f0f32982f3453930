/**
 * «С чистого листа»: five questions (what the company sells, who works in the department, their
 * salaries, the annual plan, the CRM) and a whole profile built from them, everything else from
 * defaults that fit the size of the team and what it sells. No figure of the example company
 * enters it.
 */
import { reverseFunnel } from '../../core/math/index.ts';
import type { Offering, RoleId } from '../../core/profile/ids.ts';
import { defaultKpis, defaultMotivation, freeId, roleTitle } from './defaults.ts';
import type { Draft } from './draft.ts';
import { wholeCountPlans } from './whole-plans.ts';

/** The roles the quick start asks about, in the order it asks. */
export const QUICK_ROLES = ['head-of-sales', 'sales-manager', 'key-account-manager', 'lead-generation', 'sales-assistant'] as const;
export type QuickRole = (typeof QUICK_ROLES)[number];

export interface QuickAnswers {
  offering: Offering;
  /** People per role; a role with 0 is left out. */
  team: Partial<Record<QuickRole, number>>;
  /** Monthly salary of one employee per role. */
  salaries: Partial<Record<QuickRole, number>>;
  /** The department's revenue plan for the year. */
  revenue: number;
  /** The CRM's name, or null for none. */
  crm: string | null;
}

/** What the offering means for the figures nobody was asked about. */
interface OfferingNorms {
  industry: string;
  cycleDays: number;
  grossMarginPct: number;
  recurringRevenuePct: number;
  /** New clients one seller brings in a year. */
  newClientsPerSeller: number;
  leadToMeetingPct: number;
  meetingToDealPct: number;
}

const NORMS: Readonly<Record<Offering, OfferingNorms>> = {
  goods: {
    industry: 'поставки товаров',
    cycleDays: 30,
    grossMarginPct: 25,
    recurringRevenuePct: 60,
    newClientsPerSeller: 12,
    leadToMeetingPct: 30,
    meetingToDealPct: 30,
  },
  services: {
    industry: 'оказание услуг',
    cycleDays: 30,
    grossMarginPct: 45,
    recurringRevenuePct: 50,
    newClientsPerSeller: 12,
    leadToMeetingPct: 30,
    meetingToDealPct: 25,
  },
  projects: {
    industry: 'поставка и монтаж оборудования',
    cycleDays: 90,
    grossMarginPct: 30,
    recurringRevenuePct: 30,
    newClientsPerSeller: 4,
    leadToMeetingPct: 25,
    meetingToDealPct: 20,
  },
  subscription: {
    industry: 'продажа подписки на сервис',
    cycleDays: 21,
    grossMarginPct: 70,
    recurringRevenuePct: 80,
    newClientsPerSeller: 24,
    leadToMeetingPct: 30,
    meetingToDealPct: 30,
  },
  production: {
    industry: 'производство и продажа продукции',
    cycleDays: 60,
    grossMarginPct: 30,
    recurringRevenuePct: 60,
    newClientsPerSeller: 6,
    leadToMeetingPct: 25,
    meetingToDealPct: 25,
  },
};

/** A salary when the owner left one out: a common figure for the role. */
const SALARY: Readonly<Record<QuickRole, number>> = {
  'head-of-sales': 120_000,
  'sales-manager': 50_000,
  'key-account-manager': 70_000,
  'lead-generation': 40_000,
  'sales-assistant': 40_000,
};

/** Roles whose people bring new clients (the holders of the «Новые клиенты» KPI). */
const SELLERS: readonly QuickRole[] = ['sales-manager', 'key-account-manager'];

/** Two significant digits: 437 500 → 440 000; a figure that reads as a decision. */
function round2(value: number): number {
  if (!(value > 0)) return 0;
  const step = 10 ** Math.max(0, Math.floor(Math.log10(value)) - 1);
  return Math.max(1, Math.round(value / step) * step);
}

/** The year plans are made for: the coming one from September on. */
export const planYear = (today: Date): number => today.getFullYear() + (today.getMonth() >= 8 ? 1 : 0);

/** The whole profile the quick start's answers lead to. */
export function defaultsFor(answers: QuickAnswers, today: Date = new Date()): Draft {
  const norms = NORMS[answers.offering];
  const roles = QUICK_ROLES.filter((r) => (answers.team[r] ?? 0) > 0);
  // A department needs someone: an owner who named nobody has one sales manager.
  const picked: QuickRole[] = roles.length > 0 ? roles : ['sales-manager'];
  const headcount = (r: QuickRole) => Math.max(1, Math.round(answers.team[r] ?? 1));
  const head = picked.includes('head-of-sales');

  const positions: Draft['department']['positions'] = [];
  for (const role of picked) {
    const id = freeId(
      ROLE_ID[role],
      positions.map((p) => p.id),
    );
    positions.push({
      id,
      title: roleTitle(role),
      role,
      headcount: role === 'head-of-sales' ? 1 : headcount(role),
      reportsTo: head && role !== 'head-of-sales' ? 'rop' : 'director',
      salary: answers.salaries[role] ?? SALARY[role],
    });
  }

  const sellers = picked.filter((r) => SELLERS.includes(r)).reduce((sum, r) => sum + headcount(r), 0) || 1;
  const newClients = sellers * norms.newClientsPerSeller;
  const newBusinessMonth = ((answers.revenue / 12) * (100 - norms.recurringRevenuePct)) / 100;
  const averageDeal = round2(newBusinessMonth / (newClients / 12));
  const funnelRates = { leadToMeetingPct: norms.leadToMeetingPct, meetingToDealPct: norms.meetingToDealPct, averageDeal };
  // Leads enough for the plan, stage by stage rounded up: the defaults do not start with a shortfall.
  const leads = reverseFunnel(newBusinessMonth, { ...funnelRates, leadsPerMonth: 0 }).leads;

  const base: Draft = {
    schemaVersion: 2,
    locale: 'ru-RU',
    currency: 'RUB',
    company: {
      name: '',
      legalForm: 'ООО',
      fullName: null,
      inn: null,
      city: null,
      country: 'RU',
      industry: norms.industry,
      salesModel: 'b2b',
      averageSalesCycleDays: norms.cycleDays,
      offering: answers.offering,
      director: { position: 'Генеральный директор', fullName: null },
    },
    department: { name: 'Отдел продаж', positions },
    plan: {
      year: planYear(today),
      revenue: answers.revenue,
      grossMarginPct: norms.grossMarginPct,
      recurringRevenuePct: norms.recurringRevenuePct,
      newClients,
      funnel: { leadsPerMonth: Math.max(1, leads), ...funnelRates },
    },
    kpis: [],
    motivation: [],
    processes: {
      crm: answers.crm === null || answers.crm.trim() === '' ? null : answers.crm.trim(),
      leadResponseMinutes: 15,
      meetings: { daily: true, weekly: 'monday', monthly: true },
      reports: ['daily-activity', 'weekly-pipeline', 'monthly-plan-fact'],
      clientTransferOnLeave: true,
    },
    documents: { font: 'Times New Roman', fontSize: 12 },
  };
  let draft = base;
  for (const position of positions) {
    draft = { ...draft, kpis: [...draft.kpis, { position: position.id, items: defaultKpis(position.role as RoleId, draft) }] };
  }
  draft = { ...draft, motivation: positions.map((p) => defaultMotivation(p.id, p.salary)) };
  return wholeCountPlans(draft);
}

const ROLE_ID: Readonly<Record<QuickRole, string>> = {
  'head-of-sales': 'rop',
  'sales-manager': 'manager',
  'key-account-manager': 'account',
  'lead-generation': 'lead',
  'sales-assistant': 'assistant',
};
