/** `department`: the seats of the sales department and who reports to whom. */
import * as z from 'zod';
import { CategorySchema, ROLE_IDS } from '../ids.ts';
import { LIMITS } from '../../input/limits.ts';
import { CasesSchema, Name, Pay, PositivePercent, Slug, Text } from '../fields.ts';
import { positionRules, positionsRules } from '../rules/department-rules.ts';

export const PositionRoleSchema = z.enum([...ROLE_IDS, 'custom']);
export type PositionRole = z.output<typeof PositionRoleSchema>;

export const PositionSchema = z
  .strictObject({
    /** Короткий латинский идентификатор должности (manager, rop, key-account): на него ссылаются reportsTo, kpis и motivation. */
    id: Slug.meta({
      description:
        'Короткий латинский идентификатор должности (manager, rop, key-account): на него ссылаются reportsTo, kpis и motivation.',
    }),
    /** Название должности, как оно записано в штатном расписании: «Менеджер по продажам». */
    title: Name.meta({ description: 'Название должности, как оно записано в штатном расписании: «Менеджер по продажам».' }),
    /** Роль из каталога (head-of-sales, team-lead, sales-manager, key-account-manager, lead-generation, sales-assistant, marketing-manager, tender-specialist) или custom со своим списком duties. */
    role: PositionRoleSchema.meta({
      description:
        'Роль из каталога (head-of-sales, team-lead, sales-manager, key-account-manager, lead-generation, sales-assistant, marketing-manager, tender-specialist) или custom со своим списком duties.',
    }),
    /** Обязанности в 3-м лице настоящего времени («Готовит счета и закрывающие документы»). Для custom обязательны; для роли из каталога добавляются к её обязанностям. */
    duties: z.array(Text).default([]).meta({
      description:
        'Обязанности в 3-м лице настоящего времени («Готовит счета и закрывающие документы»). Для custom обязательны; для роли из каталога добавляются к её обязанностям.',
    }),
    /** Штатная численность: сколько сотрудников на этой должности (целое, не меньше 1). */
    headcount: z
      .number()
      .int()
      .min(1)
      .max(LIMITS.headcount)
      .meta({ description: 'Штатная численность: сколько сотрудников на этой должности (целое, не меньше 1).' }),
    /** Кому подчиняется: id другой должности или director (руководитель компании). */
    reportsTo: Name.meta({ description: 'Кому подчиняется: id другой должности или director (руководитель компании).' }),
    /** Оклад одного сотрудника в месяц, в валюте профиля. */
    salary: Pay.meta({ description: 'Оклад одного сотрудника в месяц, в валюте профиля.' }),
    /** ФИО сотрудников для листов ознакомления; если имён меньше, чем штатных единиц, остаются пустые строки. */
    employees: z.array(Name).default([]).meta({
      description: 'ФИО сотрудников для листов ознакомления; если имён меньше, чем штатных единиц, остаются пустые строки.',
    }),
    /** Доля плана выручки отдела (%), которую берёт эта должность (на всех её сотрудников); остальное делится между прочими должностями с личным KPI выручки. */
    revenueSharePct: PositivePercent.nullable().default(null).meta({
      description:
        'Доля плана выручки отдела (%), которую берёт эта должность (на всех её сотрудников); остальное делится между прочими должностями с личным KPI выручки.',
    }),
    /** Падежные формы названия, если оно не совпадает с названием роли в каталоге: без них склонение подбирается автоматически и может ошибиться. */
    titleCases: CasesSchema.nullable().default(null).meta({
      description:
        'Падежные формы названия, если оно не совпадает с названием роли в каталоге: без них склонение подбирается автоматически и может ошибиться.',
    }),
    /** Категория в должностной инструкции: руководитель или специалист; по умолчанию берётся из каталога (для custom — специалист). */
    category: CategorySchema.nullable().default(null).meta({
      description:
        'Категория в должностной инструкции: руководитель или специалист; по умолчанию берётся из каталога (для custom — специалист).',
    }),
    /** Испытательный срок при приёме на должность, месяцев (0–6; 0 — без испытания). Больше, чем позволяет закон страны, — ошибка: RU, KZ, BY — 3 месяца (6 для заместителя руководителя организации, deputyDirector), иначе 6. */
    probationMonths: z.number().int().min(0).max(6).default(3).meta({
      description:
        'Испытательный срок при приёме на должность, месяцев (0–6; 0 — без испытания). Больше, чем позволяет закон страны, — ошибка: RU, KZ, BY — 3 месяца (6 для заместителя руководителя организации, deputyDirector), иначе 6.',
    }),
    /** Должность — заместитель руководителя организации (коммерческий директор): документы говорят об этом, и допускается испытательный срок до 6 месяцев. */
    deputyDirector: z.boolean().default(false).meta({
      description:
        'Должность — заместитель руководителя организации (коммерческий директор): документы говорят об этом, и допускается испытательный срок до 6 месяцев.',
    }),
    /** Роль из каталога консалтинговой фирмы (opkit … --firm ПАПКА): заполняется само, когда role называет роль фирмы; тогда role — custom. */
    firmRole: Slug.nullable().default(null).meta({
      description:
        'Роль из каталога консалтинговой фирмы (opkit … --firm ПАПКА): заполняется само, когда role называет роль фирмы; тогда role — custom.',
    }),
  })
  .check(positionRules);
export type Position = z.output<typeof PositionSchema>;

export const DepartmentSchema = z.strictObject({
  /** Название подразделения, как в штатном расписании: «Отдел продаж». */
  name: Name.meta({ description: 'Название подразделения, как в штатном расписании: «Отдел продаж».' }),
  /** Падежные формы названия, если оно необычное («Положение о …», «руководитель …»). */
  nameCases: CasesSchema.nullable()
    .default(null)
    .meta({ description: 'Падежные формы названия, если оно необычное («Положение о …», «руководитель …»).' }),
  /** Должности отдела; у каждой свой id. */
  positions: z.array(PositionSchema).min(1).check(positionsRules).meta({ description: 'Должности отдела; у каждой свой id.' }),
});
export type Department = z.output<typeof DepartmentSchema>;
