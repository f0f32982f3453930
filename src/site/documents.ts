/**
 * The documents of the pack as the site describes them: a name for each kind and one line on what
 * it holds. Keyed by the registry's ids, so a new kind of document fails type-checking here until
 * the site can say what it is.
 */
import { DOCUMENT_IDS, type DocumentId } from '../documents/registry.ts';

export interface DocumentKind {
  id: DocumentId;
  /** The kind as a heading or a list item: «Должностные инструкции». */
  name: string;
  /** One line on what a document of this kind holds. */
  summary: string;
  /** One document per position (job descriptions, KPI cards) rather than one per pack. */
  perPosition: boolean;
  /** What the document becomes for some companies, said where no sample is shown beside it. */
  variant?: string;
}

const KINDS: Record<DocumentId, Omit<DocumentKind, 'id'>> = {
  charter: {
    name: 'Положение об отделе продаж',
    summary: 'Статус и структура отдела, численность, цели и задачи, функции, права, ответственность и связи с другими подразделениями.',
    perPosition: false,
  },
  'job-description': {
    name: 'Должностные инструкции',
    summary: 'Требования к кандидату, трудовые функции, обязанности, права, ответственность и порядок оценки работы.',
    perPosition: true,
  },
  'kpi-card': {
    name: 'Карты KPI',
    summary: 'Показатели должности с весами и планами по месяцам, порядок их расчёта и лист оценки за месяц.',
    perPosition: true,
  },
  motivation: {
    name: 'Положение о мотивации',
    summary: 'Оклады и переменная часть по каждой должности, шкалы выплат с порогами и пределами, порядок расчёта и фонд оплаты труда.',
    perPosition: false,
  },
  'sales-plan': {
    name: 'План продаж',
    summary: 'Годовой план по месяцам и кварталам с учётом сезонности, планы должностей, новые клиенты и проверка воронки.',
    perPosition: false,
  },
  'planning-regulation': {
    name: 'Регламент планирования и отчётности',
    summary: 'Цикл планирования, регулярные отчёты, совещания план/факт, решения при отклонении от плана и прогноз.',
    perPosition: false,
  },
  'crm-regulation': {
    name: 'Регламент работы в CRM',
    summary: 'Что и когда вносится в CRM, этапы воронки, обязательные поля, задачи, дубли и контроль качества данных.',
    perPosition: false,
    variant: 'Если CRM ещё нет, вместо регламента — рекомендации по её выбору и внедрению.',
  },
  'lead-regulation': {
    name: 'Регламент обработки заявок и передачи клиентов',
    summary: 'Каналы и регистрация обращений, срок первого ответа, распределение, квалификация и передача клиентов между сотрудниками.',
    perPosition: false,
  },
  roadmap: {
    name: 'Дорожная карта внедрения',
    summary: 'Этапы внедрения со сроками и ответственными: организационные решения, персонал, показатели и мотивация, автоматизация.',
    perPosition: false,
  },
};

/** Every kind of document, in the order of the pack. */
export const DOCUMENT_KINDS: readonly DocumentKind[] = DOCUMENT_IDS.map((id) => ({ id, ...KINDS[id] }));

/** The kind a pack document belongs to, from its id and position (`kpi-card-rop` → kpi-card). */
export function kindOf(documentId: string, positionId: string | null): DocumentKind {
  const kind = DOCUMENT_KINDS.find((k) => documentId === k.id || (positionId !== null && documentId === `${k.id}-${positionId}`));
  if (!kind) throw new Error(`no document kind for ${documentId}`);
  return kind;
}
