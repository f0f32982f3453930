/**
 * Where a problem is, in the words of the form: «Менеджер по продажам → Оклад в месяц» rather
 * than `department.positions[1].salary`. Used where the field itself is not on screen (the
 * review step).
 */
import type { Draft } from './draft.ts';
import { table } from '../../core/input/lookup.ts';

const FIELD = table<string>({
  'company.name': 'Краткое название компании',
  'company.legalForm': 'Организационно-правовая форма',
  'company.fullName': 'Полное наименование',
  'company.inn': 'ИНН / БИН / УНП',
  'company.city': 'Город',
  'company.country': 'Страна',
  'company.industry': 'Чем занимается компания',
  'company.salesModel': 'Модель продаж',
  'company.averageSalesCycleDays': 'Средний цикл сделки',
  'company.director.position': 'Должность руководителя',
  'company.director.fullName': 'ФИО руководителя',
  'company.offering': 'Что продаёт компания',
  'company.channels': 'Каналы продаж',
  'company.units': 'Подразделения компании',
  clients: 'Клиенты',
  'clients.segments': 'Сегменты клиентов',
  'clients.handover': 'Передача клиентов',
  'clients.handover.from': 'Передача клиентов → кто передаёт',
  'clients.handover.to': 'Передача клиентов → кто принимает',
  'clients.handover.when': 'Передача клиентов → когда',
  'clients.handover.afterMonths': 'Передача клиентов → через сколько месяцев',
  'clients.handover.segments': 'Передача клиентов → каких клиентов',
  'clients.commercialPolicy': 'Коммерческая политика',
  'clients.commercialPolicy.discounts': 'Скидки без согласования',
  'clients.commercialPolicy.paymentTerms': 'Условия оплаты',
  'clients.commercialPolicy.maxDeferralDays': 'Наибольшая отсрочка',
  'clients.commercialPolicy.creditApprover': 'Кто согласует отсрочку',
  currency: 'Валюта сумм',
  'department.name': 'Название отдела',
  'department.positions': 'Должности отдела',
  'plan.year': 'Год плана',
  'plan.revenue': 'Выручка за год',
  'plan.grossMarginPct': 'Валовая маржа',
  'plan.recurringRevenuePct': 'Выручка от текущих клиентов',
  'plan.maxPayrollSharePct': 'Предел ФОТ отдела',
  'plan.seasonality': 'Сезонность',
  'plan.newClients': 'Новых клиентов за год',
  plan: 'План',
  'plan.funnel': 'Воронка продаж',
  'plan.funnel.leadsPerMonth': 'Заявок в месяц',
  'plan.funnel.leadToMeetingPct': 'Из заявки во встречу',
  'plan.funnel.meetingToDealPct': 'Из встречи в сделку',
  'plan.funnel.averageDeal': 'Средняя сделка',
  processes: 'Процессы',
  'processes.crm': 'Название CRM',
  'processes.leadResponseMinutes': 'Срок первого ответа на заявку',
  'processes.reports': 'Регулярные отчёты',
  'processes.meetings.weekly': 'Еженедельное совещание',
  'processes.meetings.daily': 'Ежедневная планёрка',
  'processes.meetings.monthly': 'Ежемесячное подведение итогов',
  'processes.clientTransferOnLeave': 'Передача клиентов на время отпуска',
  'company.director.gender': 'Род должности руководителя в тексте («действующий» или «действующая»)',
  documents: 'Документы',
  'documents.include': 'Состав пакета',
  'documents.approvalDate': 'Дата утверждения',
  'documents.font': 'Шрифт',
  'documents.fontSize': 'Размер шрифта',
});

const POSITION_FIELD = table<string>({
  id: 'код должности',
  title: 'название',
  role: 'роль',
  headcount: 'штатная численность',
  reportsTo: 'кому подчиняется',
  salary: 'оклад',
  employees: 'сотрудники',
  revenueSharePct: 'доля плана выручки',
  duties: 'обязанности',
});

const KPI_FIELD = table<string>({
  kpi: 'показатель',
  name: 'название показателя',
  unit: 'единица измерения',
  weight: 'вес',
  period: 'период',
  scope: 'чей план',
  plan: 'план',
  source: 'источник факта',
  direction: 'направление',
});

const CHANNEL_FIELD = table<string>({ type: 'канал', sharePct: 'доля выручки', owner: 'кто ведёт канал' });
const SEGMENT_FIELD = table<string>({
  name: 'название',
  minAnnualRevenue: 'выручка за год от',
  owner: 'кто ведёт',
  contactEveryDays: 'контакт не реже',
});
const DISCOUNT_FIELD = table<string>({ position: 'кто', maxPct: 'скидка до' });

const MOTIVATION_FIELD = table<string>({
  scheme: 'схема оплаты',
  targetBonus: 'целевая премия',
  maxBonus: 'предел премии',
  curve: 'кривая премии',
  rateCurve: 'кривая ставки',
  base: 'база процента',
});

function positionTitle(draft: Draft, id: unknown): string {
  const p = draft.department?.positions?.find((x) => x.id === id);
  return p?.title || String(id ?? '');
}

export function describePath(draft: Draft, path: string): string | null {
  if (path === '') return null;
  const direct = FIELD[path];
  if (direct) return direct;
  let m = /^department\.positions\[(\d+)\](?:\.(\w+))?/.exec(path);
  if (m) {
    const position = draft.department?.positions?.[Number(m[1])];
    const title = position?.title || `Должность ${Number(m[1]) + 1}`;
    return m[2] ? `${title} → ${POSITION_FIELD[m[2]] ?? m[2]}` : title;
  }
  m = /^kpis\[(\d+)\](?:\.items(?:\[(\d+)\](?:\.(\w+))?)?)?/.exec(path);
  if (m) {
    const title = positionTitle(draft, draft.kpis?.[Number(m[1])]?.position);
    if (m[2] === undefined) return `KPI: ${title}`;
    return `KPI: ${title} → показатель ${Number(m[2]) + 1}${m[3] ? `, ${KPI_FIELD[m[3]] ?? m[3]}` : ''}`;
  }
  m = /^motivation\[(\d+)\](?:\.(\w+))?/.exec(path);
  if (m) {
    const title = positionTitle(draft, draft.motivation?.[Number(m[1])]?.position);
    return `Мотивация: ${title}${m[2] ? ` → ${MOTIVATION_FIELD[m[2]] ?? m[2]}` : ''}`;
  }
  m = /^company\.channels\[(\d+)\](?:\.(\w+))?/.exec(path);
  if (m) return `Каналы продаж → канал ${Number(m[1]) + 1}${m[2] ? `, ${CHANNEL_FIELD[m[2]] ?? m[2]}` : ''}`;
  m = /^clients\.segments\[(\d+)\](?:\.(\w+))?/.exec(path);
  if (m) {
    const name = draft.clients?.segments?.[Number(m[1])]?.name || `сегмент ${Number(m[1]) + 1}`;
    return `Сегменты клиентов → ${name}${m[2] ? `, ${SEGMENT_FIELD[m[2]] ?? m[2]}` : ''}`;
  }
  m = /^clients\.commercialPolicy\.discounts\[(\d+)\](?:\.(\w+))?/.exec(path);
  if (m) return `Скидки без согласования → строка ${Number(m[1]) + 1}${m[2] ? `, ${DISCOUNT_FIELD[m[2]] ?? m[2]}` : ''}`;
  m = /^plan\.seasonality\[(\d+)\]/.exec(path);
  if (m) return `Сезонность, месяц ${Number(m[1]) + 1}`;
  const prefix = Object.keys(FIELD)
    .filter((k) => path.startsWith(`${k}.`) || path.startsWith(`${k}[`))
    .sort((a, b) => b.length - a.length)[0];
  return prefix ? FIELD[prefix]! : path;
}
