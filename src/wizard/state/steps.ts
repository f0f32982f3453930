/** The wizard's steps, which parts of the profile each edits, and where its method is explained. */
import { keyUnder } from './paths.ts';

export const STEP_IDS = ['company', 'selling', 'structure', 'plan', 'kpi', 'motivation', 'processes', 'documents', 'review'] as const;
export type StepId = (typeof STEP_IDS)[number];

export interface StepInfo {
  id: StepId;
  title: string;
  /** Profile paths whose problems this step shows and fixes; the longest prefix that matches wins. */
  owns: readonly string[];
  /** A methodology page that explains the step. */
  help: { href: string; label: string } | null;
}

export const STEPS: readonly StepInfo[] = [
  {
    id: 'company',
    title: 'Компания',
    owns: ['company', 'currency', 'locale', 'schemaVersion'],
    help: { href: 'methodology/sales-system/#order', label: 'С чего начинается система продаж' },
  },
  {
    id: 'selling',
    title: 'Как вы продаёте',
    owns: ['company.offering', 'company.channels', 'company.units', 'clients'],
    help: null,
  },
  {
    id: 'structure',
    title: 'Структура отдела',
    owns: ['department'],
    help: { href: 'methodology/sales-system/#structure', label: 'Структура и роли отдела' },
  },
  { id: 'plan', title: 'План и воронка', owns: ['plan'], help: { href: 'methodology/planning/#annual', label: 'Как планировать продажи' } },
  { id: 'kpi', title: 'KPI', owns: ['kpis'], help: { href: 'methodology/kpi/#weights', label: 'Как выбирать KPI и веса' } },
  {
    id: 'motivation',
    title: 'Мотивация',
    owns: ['motivation'],
    help: { href: 'methodology/motivation/#curve', label: 'Принципы мотивации: кривая премии' },
  },
  {
    id: 'processes',
    title: 'Процессы',
    owns: ['processes'],
    help: { href: 'methodology/planning/#meetings', label: 'Совещания и контроль плана' },
  },
  { id: 'documents', title: 'Документы', owns: ['documents'], help: null },
  { id: 'review', title: 'Проверка и скачивание', owns: [], help: null },
];

export function stepInfo(id: StepId): StepInfo {
  return STEPS.find((s) => s.id === id) ?? STEPS[0]!;
}

export const isStepId = (value: string): value is StepId => (STEP_IDS as readonly string[]).includes(value);

/**
 * The step that fixes a problem at `key`: the one owning the longest prefix of it (`company` is
 * the company step's, `company.channels` the selling step's); problems of the whole file belong
 * to the review.
 */
export function stepOf(key: string): StepId {
  let best: { id: StepId; length: number } | null = null;
  for (const step of STEPS) {
    for (const prefix of step.owns) {
      if (keyUnder(key, prefix) && (best === null || prefix.length > best.length)) best = { id: step.id, length: prefix.length };
    }
  }
  return best?.id ?? 'review';
}
