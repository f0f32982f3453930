/**
 * Schemas of the catalogs under content/catalog: seats, KPIs and reports that profiles refer to by
 * id. The catalogs are typed with these schemas' output types and validated by a test, so a
 * missing id fails to compile and a thin entry (too few duties) fails the test.
 */
import * as z from 'zod';
import { FullCasesSchema, Text } from './fields.ts';
import {
  CategorySchema,
  DerivationSchema,
  KpiDirectionSchema,
  KpiIdSchema,
  KpiUnitSchema,
  PeriodSchema,
  ReportIdSchema,
  RoleIdSchema,
} from './ids.ts';

const Superior = z.union([z.literal('director'), RoleIdSchema]);

/**
 * Ids the job description gives to the duties it generates from the profile (KPIs, meetings,
 * the hand-over on leave, the closing duties of a custom seat). A catalog duty may not take one,
 * so that no job description repeats a clause id whatever the profile.
 */
export const GENERATED_DUTY_IDS = [
  'kpi',
  'meetings',
  'client-transfer',
  'subordinates-control',
  'superior-orders',
  'deadlines',
  'risks',
] as const;
/** Prefixes of generated duty ids: `report-<reportId>`, `own-1`, `own-2` … for the profile's own duties. */
export const GENERATED_DUTY_PREFIXES = ['report-', 'own-'] as const;

/** A duty's id: a short English slug that becomes the clause id («plan-split»). */
const DutyId = z
  .string()
  .regex(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/, {
    error: (issue) =>
      `id обязанности — строчные латинские буквы, цифры и одиночные дефисы, с буквы в начале (например, plan-split), указано: "${String(issue.input)}"`,
  })
  .refine((id) => !(GENERATED_DUTY_IDS as readonly string[]).includes(id) && !GENERATED_DUTY_PREFIXES.some((p) => id.startsWith(p)), {
    error: (issue) =>
      `id обязанности "${String(issue.input)}" занят обязанностями, которые инструкция составляет сама (${GENERATED_DUTY_IDS.join(', ')}, ${GENERATED_DUTY_PREFIXES.map((p) => `${p}…`).join(', ')})`,
  });

export const RoleEntrySchema = z.strictObject({
  id: RoleIdSchema,
  /** Default title, nominative: «Руководитель отдела продаж». */
  title: Text,
  /** The title in the other cases, for «инструкция менеджера…», «подчиняется руководителю…». */
  cases: FullCasesSchema,
  /** Abbreviation used in practice (РОП, МОП), or null. */
  abbreviation: Text.nullable(),
  category: CategorySchema,
  /** Who the seat usually reports to; the wizard proposes it. */
  typicalSuperior: Superior,
  /** One sentence: why the seat exists. Starts with a capital, ends with a full stop. */
  mission: Text,
  /** Headline functions (трудовые функции), nouns: «Планирование продаж отдела». */
  functions: z.array(Text).min(4).max(6),
  /**
   * Concrete duties, each a clause in the 3rd person present («Ведёт переговоры с…»), keyed by
   * their clause id, in the order the job description lists them.
   */
  duties: z
    .record(DutyId, Text)
    .refine((duties) => Object.keys(duties).length >= 14, { error: 'у роли должно быть не меньше 14 обязанностей' }),
  /** Qualification requirements: education, experience, skills. */
  requirements: z.array(Text).min(2),
  /** The «должен знать» list. */
  mustKnow: z.array(Text).min(5),
  /** KPIs the wizard proposes for the seat. */
  typicalKpis: z.array(KpiIdSchema).min(1),
});
export type RoleEntry = z.output<typeof RoleEntrySchema>;

export const KpiEntrySchema = z.strictObject({
  id: KpiIdSchema,
  /** Name as it appears in a KPI card: «Новые клиенты». */
  name: Text,
  unit: KpiUnitSchema,
  direction: KpiDirectionSchema,
  defaultPeriod: PeriodSchema,
  /** Where the fact comes from: CRM, 1С, телефония... */
  source: Text,
  /** How the fact is computed, in Russian words. */
  formula: Text,
  /** What the indicator shows and why it is measured. */
  description: Text,
  /** Which plan figure of the profile gives this KPI its plan; null: the item must give `plan`. */
  derives: DerivationSchema.nullable(),
  /** Seats the indicator suits. */
  roles: z.array(RoleIdSchema).min(1),
});
export type KpiEntry = z.output<typeof KpiEntrySchema>;

export const ReportFrequencySchema = z.enum(['daily', 'weekly', 'monthly', 'quarterly']);

export const ReportEntrySchema = z.strictObject({
  id: ReportIdSchema,
  name: Text,
  /** What the report contains, item by item. */
  content: z.array(Text).min(2),
  /** The seat that prepares the report. */
  owner: RoleIdSchema,
  /** Who receives it. */
  recipient: Superior,
  frequency: ReportFrequencySchema,
  /** When it is due, as a phrase: «до 10:00 следующего рабочего дня». */
  deadline: Text,
  /** Its form: «выгрузка из CRM по форме…», «таблица план/факт». */
  form: Text,
});
export type ReportEntry = z.output<typeof ReportEntrySchema>;

/** Each entry repeats its key as `id`, so that code holding an entry knows which one it is. */
const idsMatchKeys = z.superRefine((record: Record<string, { id: string }>, ctx) => {
  for (const [key, entry] of Object.entries(record)) {
    if (entry.id !== key) ctx.addIssue({ code: 'custom', path: [key, 'id'], message: `id "${entry.id}" под ключом "${key}"` });
  }
});

// A record keyed by an enum is exhaustive in zod: a catalog that misses an id does not parse.
export const RoleCatalogSchema = z.record(RoleIdSchema, RoleEntrySchema).check(idsMatchKeys);
export const KpiCatalogSchema = z.record(KpiIdSchema, KpiEntrySchema).check(idsMatchKeys);
export const ReportCatalogSchema = z.record(ReportIdSchema, ReportEntrySchema).check(idsMatchKeys);
export type RoleCatalog = z.output<typeof RoleCatalogSchema>;
export type KpiCatalog = z.output<typeof KpiCatalogSchema>;
export type ReportCatalog = z.output<typeof ReportCatalogSchema>;
