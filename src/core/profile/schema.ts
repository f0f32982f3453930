/**
 * The company profile, schema version 2 (/work/shared/spec/profile.md and profile-v2.md): the one input of every
 * document. Field descriptions (`.meta`) are the user documentation; docs/profile.md is generated
 * from them by describe.ts.
 *
 * The parsed output is total: every optional field is present, as `null` or its default, because
 * templates run Handlebars in strict mode, where a missing key throws.
 */
import * as z from 'zod';
import { CURRENCY_SIGNS, type CurrencyCode } from '../text/format.ts';
import { businessRules } from './rules/business-rules.ts';
import { profileRules } from './rules/profile-rules.ts';
import { ClientsSchema } from './sections/clients.ts';
import { CompanySchema } from './sections/company.ts';
import { DepartmentSchema } from './sections/department.ts';
import { OptionalDocumentsSchema } from './sections/documents.ts';
import { PositionKpisSchema } from './sections/kpis.ts';
import { MotivationEntrySchema } from './sections/motivation.ts';
import { PlanSchema } from './sections/plan.ts';
import { ProcessesSchema } from './sections/processes.ts';
import { CURRENT_SCHEMA_VERSION } from './version.ts';

export { CURRENT_SCHEMA_VERSION };

// One list with the formatter's signs, so a currency cannot be accepted and then fail to print.
const CURRENCIES = Object.keys(CURRENCY_SIGNS) as CurrencyCode[];
export const CurrencySchema = z.enum(CURRENCIES);

export const ProfileSchema = z
  .strictObject({
    /** Версия формата профиля: 2. Профиль старой версии переводится в текущую автоматически. */
    schemaVersion: z
      .literal(CURRENT_SCHEMA_VERSION)
      .meta({ description: 'Версия формата профиля: 2. Профиль старой версии переводится в текущую автоматически.' }),
    /** Язык и региональные правила документов; пока только ru-RU. */
    locale: z.literal('ru-RU').default('ru-RU').meta({ description: 'Язык и региональные правила документов; пока только ru-RU.' }),
    /** Валюта всех сумм профиля: RUB, KZT, UAH, BYN, USD или EUR. */
    currency: CurrencySchema.meta({ description: 'Валюта всех сумм профиля: RUB, KZT, UAH, BYN, USD или EUR.' }),
    /** Компания. */
    company: CompanySchema.meta({ description: 'Компания.' }),
    /** Отдел продаж и его должности. */
    department: DepartmentSchema.meta({ description: 'Отдел продаж и его должности.' }),
    /** Годовой план отдела. */
    plan: PlanSchema.meta({ description: 'Годовой план отдела.' }),
    /** KPI по должностям: одна запись на должность. */
    kpis: z.array(PositionKpisSchema).meta({ description: 'KPI по должностям: одна запись на должность.' }),
    /** Схемы мотивации по должностям: одна запись на должность; должность без записи получает только оклад. */
    motivation: z.array(MotivationEntrySchema).meta({
      description: 'Схемы мотивации по должностям: одна запись на должность; должность без записи получает только оклад.',
    }),
    /** Процессы отдела: CRM, заявки, совещания, отчёты. */
    processes: ProcessesSchema.meta({ description: 'Процессы отдела: CRM, заявки, совещания, отчёты.' }),
    /** Клиенты: сегменты, передача клиентов между должностями, коммерческая политика; весь раздел необязателен. */
    clients: ClientsSchema.default({ segments: null, handover: null, commercialPolicy: null }).meta({
      description: 'Клиенты: сегменты, передача клиентов между должностями, коммерческая политика; весь раздел необязателен.',
    }),
    /** Настройки пакета документов; весь раздел необязателен. */
    documents: OptionalDocumentsSchema.meta({ description: 'Настройки пакета документов; весь раздел необязателен.' }),
  })
  .check(profileRules, businessRules);

/** A validated profile: every optional field present (null or its default). */
export type Profile = z.output<typeof ProfileSchema>;
/** A profile as written by the user or the wizard, before defaults. */
export type ProfileInput = z.input<typeof ProfileSchema>;

export type { Company, Channel } from './sections/company.ts';
export type { Clients, CommercialPolicy, Handover, Segment } from './sections/clients.ts';
export type { Department, Position, PositionRole } from './sections/department.ts';
export type { Documents } from './sections/documents.ts';
export type { PositionKpis, KpiItem } from './sections/kpis.ts';
export type { MotivationEntry, MotivationScheme } from './sections/motivation.ts';
export type { Plan, ProductLine } from './sections/plan.ts';
export type { ActivityNorm, Deduction, Processes, Weekday } from './sections/processes.ts';
