/**
 * The duties of a job description: the catalog role's duties adapted to the company (job-text.ts),
 * the profile's own duties, and duties generated from the profile — the position's KPIs by name,
 * the meetings it holds or attends, the reports it prepares, the client hand-over on leave. Plan
 * figures never appear: they change by period and live in the KPI card.
 *
 * Each duty carries its clause id: a catalog duty its catalog key, a generated duty a fixed id
 * (`kpi`, `meetings`, `report-<reportId>`, `client-transfer`, …; the catalog schema keeps these
 * free), the profile's own duties `own-1`, `own-2` … in the order the profile lists them.
 */
import { kpiById, reportById } from '../../core/catalog.ts';
import { COMPANY_UNITS, type ReportId } from '../../core/profile/ids.ts';
import { companyUnits, UNIT_INS } from '../../core/business/units.ts';
import type { Profile } from '../../core/profile/schema.ts';
import type { GENERATED_DUTY_IDS } from '../../core/profile/catalog-schema.ts';
import { findHead, type TitleView } from '../shared/common.ts';
import { joinAnd, quote } from '../../core/text/names.ts';
import type { JobContext } from './context.ts';
import { adaptText, companyWording, type Slot } from './wording.ts';

/** A clause of a job description: its id (a slug) and its finished text. */
export interface Clause {
  id: string;
  text: string;
}

type GeneratedId = (typeof GENERATED_DUTY_IDS)[number];
const generated = (id: GeneratedId, text: string | null): Clause[] => (text === null ? [] : [{ id, text }]);

/** «Выполняет …» with a capital and a full stop, whatever punctuation the profile used. */
export function sentence(text: string): string {
  const trimmed = text.trim().replace(/[\s.;,:]+$/u, '');
  const [first, ...rest] = [...trimmed];
  return first === undefined ? '' : `${first.toLocaleUpperCase('ru-RU')}${rest.join('')}.`;
}

/** «Выручка (оплаченные продажи)»: the KPI's name as its card prints it, in quotes (names may hold commas). */
export function kpiName(item: JobContext['kpiItems'][number]): string {
  return quote(item.kpi === 'custom' ? (item.name ?? '') : kpiById(item.kpi).name);
}

export function kpiDuty(ctx: JobContext): string | null {
  const items = ctx.kpiItems;
  if (items.length === 0) return null;
  const allDepartment = items.every((i) => i.scope === 'department');
  const names = items.map((i) => kpiName(i) + (!allDepartment && i.scope === 'department' ? ' по Отделу' : ''));
  const who = allDepartment ? 'Отделом ' : '';
  return `Обеспечивает выполнение ${who}плановых значений ключевых показателей, установленных на период: ${joinAnd(names)}.`;
}

export function meetingDuty(ctx: JobContext): string | null {
  const { daily, weekly, monthly } = ctx.meetings;
  const acc: string[] = [];
  const pre: string[] = [];
  if (daily) {
    acc.push('ежедневную планёрку Отдела');
    pre.push('ежедневной планёрке Отдела');
  }
  if (weekly) {
    acc.push(`еженедельное совещание план/факт ${weekly}`);
    pre.push(`еженедельном совещании план/факт ${weekly}`);
  }
  if (monthly) {
    acc.push('ежемесячное совещание по итогам месяца');
    pre.push('ежемесячном совещании по итогам месяца');
  }
  if (acc.length === 0) return null;
  if (ctx.isHead) {
    return `Проводит ${joinAnd(acc)}: разбирает на ${acc.length > 1 ? 'них' : daily ? 'ней' : 'нём'} выполнение плана, состояние воронки продаж и сделки под риском.`;
  }
  const on = pre.length > 1 ? 'них' : daily ? 'ней' : 'нём';
  const report = REPORTS_AT_MEETINGS[ctx.role] ?? (ctx.kpiItems.length > 0 ? 'о выполнении своих показателей' : null);
  return report
    ? `Участвует в ${joinAnd(pre)} и отчитывается на ${on} ${report}.`
    : `Участвует в ${joinAnd(pre)} и докладывает на ${on} о выполнении порученных задач.`;
}

/** What a seat reports on at the department's meetings. */
const REPORTS_AT_MEETINGS: Partial<Record<string, string>> = {
  'sales-manager': 'о выполнении плана и прогнозе на конец периода',
  'key-account-manager': 'о выполнении плана по клиентской базе и о клиентах, которые снижают закупки',
  'lead-generation': 'о количестве звонков, квалифицированных лидов и назначенных встреч',
};

export interface PreparedReport {
  id: ReportId;
  name: string;
  recipient: TitleView;
  deadline: string;
}

/**
 * Who prepares a report of the profile: the positions with the catalog owner's role; when the
 * department has none, its head, or the only position reporting to the director.
 */
export function reportPreparers(profile: Profile, id: ReportId): string[] {
  const report = reportById(id);
  const owners = profile.department.positions.filter((p) => p.role === report.owner).map((p) => p.id);
  if (owners.length > 0) return owners;
  const head = findHead(profile);
  if (head) return [head.id];
  const top = profile.department.positions.filter((p) => p.reportsTo === 'director');
  return top.length === 1 && top[0] ? [top[0].id] : [];
}

function deadlineFor(ctx: JobContext, deadline: string): string {
  if (ctx.meetings.weekly) return deadline;
  // Without a weekly meeting a report cannot be due «к еженедельному совещанию».
  return deadline
    .replace(/^к еженедельному совещанию, /u, '')
    .replace(/^к еженедельному совещанию отдела$/u, 'не позднее последнего рабочего дня недели');
}

export function preparedReports(ctx: JobContext): PreparedReport[] {
  // A report listed twice in the profile is still one duty (and one clause id).
  return [...new Set(ctx.profile.processes.reports)]
    .filter((id) => reportPreparers(ctx.profile, id).includes(ctx.position.id))
    .map((id) => {
      const report = reportById(id);
      const recipientPosition = report.recipient === 'director' ? null : (ctx.others.find((p) => p.role === report.recipient) ?? null);
      const recipient = report.recipient === 'director' ? ctx.director : (recipientPosition?.title ?? ctx.superior);
      return { id, name: report.name, recipient, deadline: companyWording(deadlineFor(ctx, report.deadline), ctx) };
    });
}

export function reportDuties(ctx: JobContext): Clause[] {
  return preparedReports(ctx).map((r) => {
    const id = `report-${r.id}`;
    if (r.id === 'daily-activity' && ctx.crm) {
      return {
        id,
        text: `Ежедневно вносит в ${ctx.crm} звонки, встречи, коммерческие предложения и задачи так, чтобы ${quote(r.name)} для ${r.recipient.gen} был сформирован ${r.deadline}.`,
      };
    }
    return { id, text: `Готовит ${quote(r.name)} и представляет его ${r.recipient.dat} ${r.deadline}.` };
  });
}

/** Seats that own clients and hand them over for a leave. */
const CLIENT_OWNERS = new Set(['sales-manager', 'key-account-manager']);

export function transferDuty(ctx: JobContext): string | null {
  if (!ctx.clientTransferOnLeave || !CLIENT_OWNERS.has(ctx.role)) return null;
  return `Перед уходом в отпуск передаёт закреплённых за ним клиентов и открытые сделки работнику, которого определяет ${ctx.superior.nom}, и описывает ${ctx.crmLoc} состояние каждой сделки и следующий шаг; при временной нетрудоспособности клиенты передаются по решению ${ctx.superior.gen}. По возвращении принимает клиентов обратно.`;
}

/** What every custom seat does besides its own duties: the profile knows nothing more about it. */
export function customDuties(ctx: JobContext): Clause[] {
  return [
    ...generated(
      'subordinates-control',
      ctx.subordinates.length > 0
        ? 'Контролирует выполнение подчинёнными работниками планов, заданий, регламентов Отдела и правил внутреннего трудового распорядка.'
        : null,
    ),
    ...generated('superior-orders', `Выполняет поручения ${ctx.superior.gen}, связанные со своей трудовой функцией.`),
    ...generated('deadlines', 'Соблюдает сроки подготовки документов и сведений, установленные регламентами Отдела.'),
    ...generated(
      'risks',
      `Сообщает ${ctx.superior.dat} о рисках невыполнения порученных задач и о нарушениях, которые выявил в своей работе.`,
    ),
  ];
}

/** The profile's own duties, as sentences: `own-1`, `own-2` … by their place in the profile. */
export function ownDuties(ctx: JobContext): Clause[] {
  return ctx.position.duties.flatMap((duty, i) => {
    const text = sentence(duty);
    return text ? [{ id: `own-${i + 1}`, text }] : [];
  });
}

/** The units the company has, not a fixed list: a subscription business has no warehouse to work with. */
function unitsDuty(ctx: JobContext): string {
  const units = companyUnits(ctx.profile);
  const names = COMPANY_UNITS.filter((u) => units.has(u)).map((u) => UNIT_INS[u]);
  if (!units.has('accounting')) names.unshift('бухгалтером, ведущим учёт Компании');
  return `Взаимодействует по вопросам продаж с ${joinAnd(names)}.`;
}

/** All duties of the position, in the order the document lists them. */
export function buildDuties(ctx: JobContext): Clause[] {
  const slots: Record<Slot, Clause[]> = {
    kpis: generated('kpi', kpiDuty(ctx)),
    meetings: generated('meetings', meetingDuty(ctx)),
    reports: reportDuties(ctx),
  };
  const own = ownDuties(ctx);
  const transfer = generated('client-transfer', transferDuty(ctx));
  if (ctx.catalog === null) {
    return [...own, ...slots.kpis, ...slots.meetings, ...slots.reports, ...customDuties(ctx), ...transfer];
  }
  const placed = new Set<Slot>();
  const out: Clause[] = [];
  for (const [id, duty] of Object.entries(ctx.catalog.duties)) {
    const { text, slot } = adaptText(duty, ctx);
    if (slot && slots[slot].length > 0) {
      if (!placed.has(slot)) out.push(...slots[slot]);
      placed.add(slot);
      continue;
    }
    if (text !== null) out.push({ id, text: id === 'other-departments' ? unitsDuty(ctx) : text });
  }
  if (!placed.has('kpis')) out.unshift(...slots.kpis);
  out.push(...own);
  if (!placed.has('meetings')) out.push(...slots.meetings);
  if (!placed.has('reports')) out.push(...slots.reports);
  out.push(...transfer);
  return out;
}
