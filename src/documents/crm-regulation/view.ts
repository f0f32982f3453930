/**
 * «Регламент работы в {CRM}» and, for a company without a CRM, «Рекомендации по выбору и
 * внедрению CRM-системы»: one view for both templates. Roles, pipeline stages and mandatory
 * fields are finished here; the templates only place them.
 */
import type { Profile } from '../../core/profile/schema.ts';
import { reportById } from '../../core/catalog.ts';
import { includes } from '../shared/include.ts';
import { countNoun } from '../../core/text/plural.ts';
import { buildCommonView, capitalize, type CommonView } from '../shared/common.ts';
import { weekdayPhrase } from '../charter/view.ts';
import { crmRoles, offerStageName, pipelineStages, staleDaysGen, GENITIVE, type CrmRoles, type StageRow } from '../shared/crm-roles.ts';

export interface FieldRow {
  field: string;
  rule: string;
}

export interface CrmRegulationView extends CommonView {
  roles: CrmRoles;
  stages: StageRow[];
  b2c: boolean;
  clientFields: FieldRow[];
  contactFields: FieldRow[];
  dealFields: FieldRow[];
  staleGen: string;
  leadResponseGen: string;
  weeklyMeeting: string | null;
  reports: string[];
  clientTransferOnLeave: boolean;
  /** Recommendation only: how many people will work in the system. */
  usersText: string;
  hasLeadRegulation: boolean;
  hasMotivation: boolean;
  /** «Коммерческое предложение», for projects «Смета и технико-коммерческое предложение». */
  offerStage: string;
}

function clientFields(b2c: boolean, roles: CrmRoles, taxId: string): FieldRow[] {
  const rows: FieldRow[] = b2c
    ? [
        { field: 'Фамилия, имя, отчество покупателя', rule: 'при создании карточки' },
        { field: 'Телефон и (или) адрес электронной почты', rule: 'при создании карточки; проверяется на дубли' },
        { field: 'Город, адрес доставки или оказания услуги', rule: 'до выставления счёта' },
      ]
    : [
        { field: 'Полное наименование организации (как в её документах)', rule: 'при создании карточки' },
        {
          field: `${capitalize(taxId)}; у иностранной организации — номер по реестру её страны`,
          rule: 'до выставления первого счёта; по нему проверяются дубли',
        },
        { field: 'Город (регион) и адрес', rule: 'при создании карточки' },
        { field: 'Отрасль, сегмент', rule: 'на этапе «Квалификация»' },
        { field: 'Потенциал закупок в год (оценка)', rule: 'на этапе «Встреча / презентация»' },
      ];
  rows.push(
    { field: 'Источник (канал) обращения', rule: 'при создании карточки, из справочника' },
    { field: 'Ответственный работник', rule: 'при создании карточки; меняет только ' + roles.boss.nom },
    {
      field: 'Статус клиента (потенциальный, действующий, ушедший)',
      rule: 'при создании; обновляется при первой оплате и при уходе клиента',
    },
  );
  if (!b2c) rows.push({ field: 'Согласованные условия оплаты и доставки', rule: 'после подписания договора' });
  return rows;
}

const CONTACT_FIELDS: FieldRow[] = [
  { field: 'Фамилия, имя, отчество', rule: 'при создании контакта' },
  { field: 'Должность и роль в принятии решения (принимает решение, влияет, пользуется)', rule: 'на этапе «Квалификация»' },
  { field: 'Рабочий и мобильный телефон', rule: 'хотя бы один — при создании контакта' },
  { field: 'Адрес электронной почты', rule: 'до направления коммерческого предложения' },
  { field: 'Предпочтительный канал связи (телефон, почта, мессенджер)', rule: 'после первого разговора' },
  {
    field: 'Отметка о согласии на обработку персональных данных (для физических лиц)',
    rule: 'до первой рассылки или передачи данных третьим лицам',
  },
];

function dealFields(): FieldRow[] {
  return [
    { field: 'Название сделки (клиент и предмет)', rule: 'при создании' },
    { field: 'Клиент и контактное лицо', rule: 'при создании' },
    { field: 'Этап воронки', rule: 'всегда соответствует фактическому состоянию' },
    { field: 'Ожидаемая сумма', rule: 'с этапа «Встреча / презентация»; уточняется по коммерческому предложению' },
    { field: 'Ожидаемая дата закрытия', rule: 'с этапа «Встреча / презентация»' },
    { field: 'Источник (канал) обращения', rule: 'при создании' },
    { field: 'Ответственный работник', rule: 'при создании' },
    { field: 'Следующая задача с датой', rule: 'всегда, пока сделка открыта' },
    { field: 'Коммерческое предложение, договор, счёт (файлы или номера)', rule: 'на этапах, где они появляются' },
    { field: 'Причина отказа и комментарий', rule: 'при переводе в «Закрыта неуспешно»' },
  ];
}

export function buildCrmRegulationView(profile: Profile): CrmRegulationView {
  const common = buildCommonView(profile);
  const roles = crmRoles(common, profile);
  const b2c = profile.company.salesModel === 'b2c';
  return {
    ...common,
    roles,
    stages: pipelineStages(roles, profile),
    b2c,
    clientFields: clientFields(b2c, roles, common.law.taxId),
    contactFields: CONTACT_FIELDS,
    dealFields: dealFields(),
    staleGen: staleDaysGen(profile),
    leadResponseGen: countNoun(profile.processes.leadResponseMinutes, GENITIVE.minute),
    weeklyMeeting: weekdayPhrase(profile.processes.meetings.weekly),
    reports: profile.processes.reports.map((id) => reportById(id).name),
    clientTransferOnLeave: profile.processes.clientTransferOnLeave,
    usersText: countNoun(common.dept.headcount, { one: 'пользователя', few: 'пользователей', many: 'пользователей' }),
    hasLeadRegulation: includes(profile, 'lead-regulation'),
    hasMotivation: includes(profile, 'motivation'),
    offerStage: offerStageName(profile),
  };
}

export type { CommonView };
