/**
 * Catalog wording adapted to one company. The roles catalog is written for any sales department:
 * it says «в CRM», «руководителю отдела», «менеджеру по работе с ключевыми клиентами». A job
 * description must instead name the company's CRM (or its client register when it has none),
 * the employee's actual superior, and only positions the department has.
 *
 * `ADAPTATIONS` is an explicit table keyed by phrases of our own catalog: each entry rewrites
 * its phrase for the profile or drops the whole item (`null`). A test checks that every key still
 * occurs in the catalog and that no catalog phrase naming a position or the CRM is left to chance.
 * After the table, the department and the company become the defined terms «Отдел» and
 * «Компания», and the remaining «в CRM» take the company's wording.
 */
import { reportById } from '../../core/catalog.ts';
import type { CompanyUnit, RoleId } from '../../core/profile/ids.ts';
import { joinAnd, quote } from '../../core/text/names.ts';
import { includes } from '../shared/include.ts';
import { inOfferingWords, type OtherOfferingWords } from '../shared/offered.ts';
import { companyUnits, suppliesGoods, unitsIns } from '../shared/units.ts';
import { otherWithRole, type JobContext } from './context.ts';

/** Marks inserted names so that the term normalisation below leaves them as they are. */
const OPEN = '\u0001';
const CLOSE = '\u0002';
export const keep = (text: string): string => `${OPEN}${text}${CLOSE}`;

/** A generated duty that can take the place of a catalog duty. */
export type Slot = 'kpis' | 'meetings' | 'reports';

export interface Adaptation {
  /** A phrase of content/catalog/roles.ts, exactly as written there. */
  key: string;
  /** Catalog roles whose texts contain the phrase (documentation, checked by the test). */
  roles: readonly RoleId[];
  /** The phrase for this company, or null to drop the whole item. */
  rewrite?: (ctx: JobContext) => string | null;
  /** The item is replaced by the generated duty of this kind when the position has one. */
  slot?: Slot;
}

const crmOr = (ctx: JobContext, withCrm: (crm: string) => string, without: string): string => (ctx.crm ? withCrm(keep(ctx.crm)) : without);

const title = (t: string): string => keep(t);

/** A catalog phrase about goods: kept for a goods seller, in this offering's own words for the others. */
const soldAs = (key: string, roles: readonly RoleId[], words: OtherOfferingWords): Adaptation => ({
  key,
  roles,
  rewrite: (ctx) => inOfferingWords(ctx.profile.company.offering, key, words),
});

/** Stock and shipping units matter to the seat only where goods are shipped. */
const goodsUnits = (ctx: JobContext): CompanyUnit[] => (suppliesGoods(ctx.profile) ? ['warehouse', 'logistics'] : []);

export const ADAPTATIONS: readonly Adaptation[] = [
  // --- Other units: only those the company has (company.units); none left, the duty goes.
  {
    key: 'на склад и в логистику',
    roles: ['sales-assistant'],
    rewrite: (ctx) => {
      const units = companyUnits(ctx.profile);
      const to = [...(units.has('warehouse') ? ['на склад'] : []), ...(units.has('logistics') ? ['в службу логистики'] : [])];
      return to.length === 0 || !suppliesGoods(ctx.profile) ? null : to.join(' и ');
    },
  },
  {
    key: 'Взаимодействует с маркетингом, финансовой службой, складом и логистикой по вопросам продаж.',
    roles: ['head-of-sales'],
    rewrite: (ctx) => {
      const units = unitsIns(companyUnits(ctx.profile), [
        'marketing',
        'finance',
        ...goodsUnits(ctx),
        'service',
        'support',
        'installation',
        'production',
      ]);
      return units === null ? null : `Взаимодействует с ${units} по вопросам продаж.`;
    },
  },
  {
    key: 'Решает вопросы клиентов вместе с логистикой, складом, сервисом и бухгалтерией.',
    roles: ['key-account-manager'],
    rewrite: (ctx) => {
      const units = unitsIns(companyUnits(ctx.profile), [...goodsUnits(ctx), 'service', 'support', 'installation', 'accounting']);
      return units === null ? null : `Решает вопросы клиентов вместе с ${units}.`;
    },
  },
  // --- Plans, meetings and reports: the profile's own versions replace the catalog's.
  {
    key: 'Выполняет личный план продаж и плановые показатели активности, установленные на период.',
    roles: ['sales-manager'],
    slot: 'kpis',
  },
  { key: 'Выполняет план продаж по закреплённой клиентской базе.', roles: ['key-account-manager'], slot: 'kpis' },
  { key: 'Выполняет план по назначенным встречам и показателям активности на период.', roles: ['lead-generation'], slot: 'kpis' },
  { key: 'Выполняет план по количеству квалифицированных лидов и новых клиентов.', roles: ['marketing-manager'], slot: 'kpis' },
  {
    key: 'Проводит ежедневные планёрки, еженедельные совещания план/факт и ежемесячное подведение итогов.',
    roles: ['head-of-sales'],
    slot: 'meetings',
    rewrite: () => null,
  },
  {
    key: 'Участвует в планёрках и совещаниях отдела, отчитывается о выполнении плана и прогнозе на конец периода.',
    roles: ['sales-manager'],
    slot: 'meetings',
    rewrite: (ctx) => `Отчитывается перед ${title(ctx.superior.ins)} о выполнении плана и прогнозе на конец периода.`,
  },
  { key: 'Готовит отчёты о работе отдела для руководства компании в установленные сроки.', roles: ['head-of-sales'], slot: 'reports' },
  {
    key: 'Собирает данные для ежедневных, еженедельных и ежемесячных отчётов отдела.',
    roles: ['sales-assistant'],
    rewrite: (ctx) => {
      const names = reportNames(ctx);
      return names.length > 0 ? `Собирает данные для регулярных отчётов отдела: ${joinAnd(names)}.` : 'Собирает данные для отчётов отдела.';
    },
  },
  {
    key: 'Отчитывается на планёрках о количестве звонков, квалифицированных лидов и назначенных встреч.',
    roles: ['lead-generation'],
    slot: 'meetings',
    rewrite: (ctx) => `Отчитывается перед ${title(ctx.superior.ins)} о количестве звонков, квалифицированных лидов и назначенных встреч.`,
  },
  {
    key: 'Отчитывается о выполнении плана по клиентской базе на совещаниях отдела.',
    roles: ['key-account-manager'],
    slot: 'meetings',
    rewrite: (ctx) => `Отчитывается перед ${title(ctx.superior.ins)} о выполнении плана по клиентской базе.`,
  },
  // --- Incoming requests: the company's response time.
  {
    key: 'Обрабатывает входящие обращения в срок, установленный регламентом, и уточняет потребность клиента.',
    roles: ['sales-manager'],
    rewrite: (ctx) =>
      `Обрабатывает входящую заявку ${ctx.leadResponse} с момента её поступления в рабочее время и уточняет потребность клиента.`,
  },
  {
    key: 'Обрабатывает входящие заявки в срок, установленный регламентом обработки заявок.',
    roles: ['lead-generation'],
    rewrite: (ctx) =>
      `Обрабатывает входящую заявку ${ctx.leadResponse} с момента её поступления в рабочее время: связывается с клиентом и фиксирует обращение ${ctx.crm ? `в ${keep(ctx.crm)}` : 'в учётной базе клиентов'}.`,
  },
  // --- Transfer of clients.
  {
    key: 'Организует передачу клиентов при увольнении, отпуске или переводе сотрудника.',
    roles: ['head-of-sales'],
    rewrite: (ctx) =>
      ctx.clientTransferOnLeave
        ? 'Организует передачу клиентов и открытых сделок при увольнении, переводе, отпуске или временной нетрудоспособности сотрудника.'
        : 'Организует передачу клиентов и открытых сделок при увольнении или переводе сотрудника.',
  },
  // --- Positions the department may lack, and the employee's actual superior.
  {
    key: 'Передаёт клиента менеджеру по работе с ключевыми клиентами',
    roles: ['sales-manager'],
    rewrite: (ctx) => {
      const kam = otherWithRole(ctx, 'key-account-manager');
      return kam ? `Передаёт клиента ${title(kam.title.dat)}` : null;
    },
  },
  {
    key: 'Принимает клиентов от менеджеров по продажам в порядке',
    roles: ['key-account-manager'],
    rewrite: (ctx) => {
      const seller = otherWithRole(ctx, 'sales-manager');
      return seller ? `Принимает клиентов, которых передаёт ${title(seller.title.nom)}, в порядке` : null;
    },
  },
  {
    key: 'Назначает квалифицированным клиентам встречи с менеджерами по продажам с учётом их календаря.',
    roles: ['lead-generation'],
    rewrite: (ctx) => {
      const seller = otherWithRole(ctx, 'sales-manager');
      return seller
        ? `Назначает квалифицированным клиентам встречи с ${title(seller.title.ins)}, ответственным за клиента, с учётом его календаря.`
        : 'Назначает квалифицированным клиентам встречи с работниками отдела, ответственными за сделку, с учётом их календаря.';
    },
  },
  {
    key: 'Передаёт менеджеру по продажам всё, что узнал о клиенте, через карточку в CRM.',
    roles: ['lead-generation'],
    rewrite: (ctx) => {
      const seller = otherWithRole(ctx, 'sales-manager');
      if (!seller) return null;
      const where = crmOr(ctx, (crm) => `через карточку клиента в ${crm}`, 'через запись в учётной базе клиентов');
      return `Передаёт ${title(seller.title.dat)} всё, что узнал о клиенте, ${where}.`;
    },
  },
  {
    key: 'Сообщает маркетингу,',
    roles: ['lead-generation'],
    rewrite: (ctx) => {
      const marketing = otherWithRole(ctx, 'marketing-manager');
      return marketing ? `Сообщает ${title(marketing.title.dat)},` : 'Сообщает маркетингу,';
    },
  },
  {
    key: 'представляет их на утверждение руководителю компании',
    roles: ['head-of-sales'],
    rewrite: (ctx) => `представляет их на утверждение ${title(ctx.superiorIsDirector ? ctx.superior.dat : ctx.director.dat)}`,
  },
  {
    key: 'с руководителем отдела и юристом',
    roles: ['sales-manager'],
    // A lawyer only where the company has a legal unit (an entrepreneur decides the terms himself).
    rewrite: (ctx) => (companyUnits(ctx.profile).has('legal') ? `с ${title(ctx.superior.ins)} и юристом` : `с ${title(ctx.superior.ins)}`),
  },
  // A team lead and a tender specialist answer to their own superior: the head of sales, or the director in a small company.
  { key: 'перед руководителем отдела', roles: ['team-lead', 'tender-specialist'], rewrite: (ctx) => `перед ${title(ctx.superior.ins)}` },
  { key: 'для руководителя отдела', roles: ['team-lead', 'tender-specialist'], rewrite: (ctx) => `для ${title(ctx.superior.gen)}` },
  { key: 'Предлагает руководителю отдела', roles: ['team-lead'], rewrite: (ctx) => `Предлагает ${title(ctx.superior.dat)}` },
  { key: 'Передаёт руководителю отдела', roles: ['team-lead'], rewrite: (ctx) => `Передаёт ${title(ctx.superior.dat)}` },
  { key: 'Вносит руководителю отдела', roles: ['team-lead'], rewrite: (ctx) => `Вносит ${title(ctx.superior.dat)}` },
  { key: 'вместе с руководителем отдела', roles: ['tender-specialist'], rewrite: (ctx) => `вместе с ${title(ctx.superior.ins)}` },
  { key: 'согласованной руководителем отдела', roles: ['tender-specialist'], rewrite: (ctx) => `согласованной ${title(ctx.superior.ins)}` },
  { key: 'Сообщает руководителю о рисках', roles: ['sales-manager'], rewrite: (ctx) => `Сообщает ${title(ctx.superior.dat)} о рисках` },
  { key: 'и передаёт их руководителю отдела.', roles: ['sales-manager'], rewrite: (ctx) => `и передаёт их ${title(ctx.superior.dat)}.` },
  {
    key: 'и передаёт их руководителю отдела продаж.',
    roles: ['key-account-manager'],
    rewrite: (ctx) => `и передаёт их ${title(ctx.superior.dat)}.`,
  },
  {
    key: 'и согласовывает их с руководителем.',
    roles: ['marketing-manager'],
    rewrite: (ctx) => `и согласовывает их с ${title(ctx.superior.ins)}.`,
  },
  { key: 'с руководителем отдела продаж', roles: ['marketing-manager'], rewrite: (ctx) => `с ${title(ctx.leader.ins)}` },
  {
    key: 'Проверяет заполнение обязательных полей в CRM и сообщает руководителю о нарушениях.',
    roles: ['sales-assistant'],
    rewrite: (ctx) =>
      `${crmOr(ctx, (crm) => `Проверяет заполнение обязательных полей в ${crm}`, 'Проверяет полноту записей в учётной базе клиентов')} и сообщает ${title(ctx.superior.dat)} о нарушениях.`,
  },
  // --- The CRM where the catalog's «в CRM» does not fit the sentence as a place.
  {
    key: 'карточки клиентов и контактов в CRM',
    roles: ['sales-manager'],
    rewrite: (ctx) =>
      crmOr(ctx, (crm) => `карточки клиентов и контактов в ${crm}`, 'сведения о клиентах и их контактных лицах в учётной базе'),
  },
  {
    key: 'Устраняет дубли карточек клиентов и контактов в CRM.',
    roles: ['sales-assistant'],
    rewrite: (ctx) =>
      crmOr(
        ctx,
        (crm) => `Устраняет дубли карточек клиентов и контактов в ${crm}.`,
        'Устраняет повторяющиеся записи о клиентах и контактных лицах в учётной базе.',
      ),
  },
  {
    key: 'Ведение клиентов и сделок в CRM.',
    roles: ['sales-manager'],
    rewrite: (ctx) => crmOr(ctx, (crm) => `Ведение клиентов и сделок в ${crm}.`, 'Ведение учётной базы клиентов и сделок.'),
  },
  {
    key: 'Следит за полнотой и достоверностью данных в CRM и проверяет соблюдение правил работы с ней.',
    roles: ['head-of-sales'],
    rewrite: (ctx) =>
      crmOr(
        ctx,
        (crm) => `Следит за полнотой и достоверностью данных в ${crm} и проверяет, соблюдают ли сотрудники правила работы в системе.`,
        'Следит за полнотой и достоверностью учётной базы клиентов и проверяет, соблюдают ли сотрудники порядок её ведения.',
      ),
  },
  {
    key: 'Записывает в CRM',
    roles: ['sales-manager', 'key-account-manager', 'lead-generation'],
    rewrite: (ctx) => crmOr(ctx, (crm) => `Записывает в ${crm}`, 'Записывает в учётную базу клиентов'),
  },
  {
    key: 'из всех каналов в CRM с указанием источника',
    roles: ['marketing-manager'],
    rewrite: (ctx) =>
      crmOr(
        ctx,
        (crm) => `из всех каналов в ${crm} с указанием источника`,
        'из всех каналов в учётную базу клиентов с указанием источника',
      ),
  },
  {
    key: 'Ведение клиентской базы в CRM.',
    roles: ['key-account-manager'],
    rewrite: (ctx) => crmOr(ctx, (crm) => `Ведение клиентской базы в ${crm}.`, 'Ведение учёта закреплённых клиентов.'),
  },
  {
    key: 'Ведение базы лидов в CRM.',
    roles: ['lead-generation'],
    rewrite: (ctx) => crmOr(ctx, (crm) => `Ведение базы лидов в ${crm}.`, 'Ведение базы лидов.'),
  },
  {
    key: 'Назначение встреч менеджерам по продажам.',
    roles: ['lead-generation'],
    rewrite: (ctx) => {
      const seller = otherWithRole(ctx, 'sales-manager');
      return seller ? `Назначение встреч с клиентами для ${title(seller.title.gen)}.` : 'Назначение встреч с квалифицированными клиентами.';
    },
  },
  {
    key: 'правила работы в CRM и телефонии',
    roles: ['lead-generation'],
    rewrite: (ctx) =>
      crmOr(ctx, (crm) => `правила работы в ${crm} и с телефонией`, 'порядок ведения учётной базы клиентов и правила работы с телефонией'),
  },
  {
    key: 'правила работы в CRM и 1С',
    roles: ['sales-assistant'],
    // The accounting system by the profile's name (shared/sources.ts), as the KPI cards and the motivation name it.
    rewrite: (ctx) => {
      const accounting = ctx.accounting.named ? keep(ctx.accounting.loc) : ctx.accounting.loc;
      return crmOr(
        ctx,
        (crm) => `правила работы в ${crm} и в ${accounting}`,
        `порядок ведения учётной базы клиентов и правила работы в ${accounting}`,
      );
    },
  },
  {
    key: 'правила работы в CRM',
    roles: ['head-of-sales', 'sales-manager', 'key-account-manager', 'marketing-manager'],
    rewrite: (ctx) => crmOr(ctx, (crm) => `правила работы в ${crm}`, 'порядок ведения учётной базы клиентов'),
  },
  // Requirements speak of experience with CRM systems in general, not of the company's.
  { key: 'уверенная работа в CRM.', roles: ['key-account-manager'], rewrite: () => 'уверенная работа в CRM-системах.' },
  {
    key: 'уверенная работа в CRM и с телефонией.',
    roles: ['lead-generation'],
    rewrite: () => 'уверенная работа в CRM-системах и с телефонией.',
  },
  { key: 'Уверенная работа в CRM, 1С', roles: ['sales-assistant'], rewrite: () => 'Уверенная работа в CRM-системах, 1С' },
  // --- The pack's working documents by their titles, only when the pack has them.
  {
    key: 'коммерческой политикой компании',
    roles: ['head-of-sales'],
    rewrite: (ctx) => (includes(ctx.profile, 'commercial-policy') ? keep('Коммерческой политикой Компании') : 'Компанией'),
  },
  {
    key: 'по утверждённым сценариям',
    roles: ['lead-generation'],
    rewrite: (ctx) => (includes(ctx.profile, 'sales-standard') ? `по сценариям ${keep('Стандарта продаж')}` : 'по утверждённым сценариям'),
  },
  {
    key: 'норм звонков, встреч и отправленных предложений',
    roles: ['team-lead'],
    rewrite: (ctx) =>
      includes(ctx.profile, 'sales-standard')
        ? `норм звонков, встреч и отправленных предложений, установленных ${keep('Стандартом продаж')}`
        : 'норм звонков, встреч и отправленных предложений',
  },
  {
    key: 'сценарии звонков и приёмы работы с возражениями',
    roles: ['lead-generation'],
    rewrite: (ctx) =>
      includes(ctx.profile, 'sales-standard')
        ? `${keep('Стандарт продаж')}: этапы сделки, нормы активности, сценарии звонков и приёмы работы с возражениями`
        : 'сценарии звонков и приёмы работы с возражениями',
  },
  // A department in general, not the company's Отдел.
  {
    key: 'руководства группой или отделом продаж',
    roles: ['head-of-sales'],
    rewrite: () => keep('руководства группой или отделом продаж'),
  },
  // The lead-generation mission names the sellers it works for.
  {
    key: 'назначает им встречи с менеджерами по продажам',
    roles: ['lead-generation'],
    rewrite: (ctx) => {
      const seller = otherWithRole(ctx, 'sales-manager');
      return seller
        ? `назначает им встречи с ${title(seller.title.ins)}`
        : 'назначает им встречи с работниками отдела, ответственными за продажи';
    },
  },
  // --- What the company sells (company.offering): the catalog speaks of goods; each other
  // offering has its own words, so a SaaS seller's job description names no shipment or assortment.
  soldAs('ассортимент, цены и условия поставки товаров и услуг компании', ['head-of-sales', 'key-account-manager'], {
    services: 'перечень услуг компании, тарифы и условия их оказания',
    projects: 'виды работ и решений компании, порядок расчёта смет и условия договоров подряда',
    subscription: 'продукт компании, его тарифные планы, цены и условия подписки',
    production: 'номенклатуру изделий компании, порядок расчёта цены заказа и сроки изготовления',
  }),
  soldAs('Сопровождение сделок до оплаты и отгрузки.', ['sales-manager'], {
    services: 'Сопровождение сделок до оплаты и начала оказания услуг.',
    projects: 'Сопровождение сделок до подписания договора и оплаты первого этапа.',
    subscription: 'Сопровождение сделок до оплаты подписки и подключения клиента.',
    production: 'Сопровождение заказов до оплаты, изготовления и отгрузки.',
  }),
  soldAs('рассчитывает стоимость и условия поставки', ['sales-manager'], {
    services: 'рассчитывает стоимость и условия оказания услуг',
    projects: 'рассчитывает стоимость работ и порядок оплаты этапов',
    subscription: 'подбирает тарифный план и рассчитывает стоимость подписки',
    production: 'рассчитывает цену и сроки изготовления',
  }),
  soldAs('Контролирует оплату, отгрузку и исполнение', ['sales-manager'], {
    services: 'Контролирует оплату, начало оказания услуг и исполнение',
    projects: 'Контролирует оплату этапов, ход работ и исполнение',
    subscription: 'Контролирует оплату, подключение клиента и исполнение',
    production: 'Контролирует оплату, изготовление, отгрузку и исполнение',
  }),
  soldAs('ассортимент, характеристики и цены товаров и услуг компании', ['sales-manager'], {
    services: 'состав, особенности и тарифы услуг компании',
    projects: 'виды работ и решений компании, их особенности и порядок расчёта стоимости',
    subscription: 'возможности продукта компании, его тарифные планы и цены',
    production: 'номенклатуру и характеристики изделий компании и порядок расчёта цены',
  }),
  soldAs('условия поставки, оплаты и гарантийные обязательства компании', ['sales-manager'], {
    services: 'условия оказания услуг и оплаты и ответственность компании по договору',
    projects: 'условия договоров подряда, порядок оплаты этапов и гарантийные обязательства компании',
    subscription: 'условия подписки, оплаты, продления и поддержки клиентов',
    production: 'условия изготовления, поставки и оплаты и гарантийные обязательства компании',
  }),
  soldAs('продукты, цены и условия поставки компании', ['tender-specialist'], {
    services: 'услуги, тарифы и условия их оказания компанией',
    projects: 'виды работ компании, порядок расчёта смет и условия договоров подряда',
    subscription: 'продукт компании, его тарифные планы и условия подписки',
    production: 'изделия компании, порядок расчёта цены и сроки изготовления',
  }),
  soldAs('Допродажи и расширение ассортимента, который покупают клиенты.', ['key-account-manager'], {
    services: 'Допродажи и расширение перечня услуг, которые заказывают клиенты.',
    projects: 'Дополнительные работы и следующие очереди проектов для закреплённых заказчиков.',
    subscription: 'Допродажи: расширение тарифного плана, дополнительные модули и пользователи.',
    production: 'Повторные заказы и новые изделия для постоянных заказчиков.',
  }),
  soldAs('объёмы закупок, ассортимент, график контактов', ['key-account-manager'], {
    services: 'объём и состав услуг, график контактов',
    projects: 'планы заказчика по новым объектам и этапам, график контактов',
    subscription: 'сроки продления, число пользователей и модули, график контактов',
    production: 'объёмы и сроки повторных заказов, график контактов',
  }),
  soldAs('предлагает им товары и услуги компании, которые они ещё не покупают', ['key-account-manager'], {
    services: 'предлагает им услуги компании, которые они ещё не заказывают',
    projects: 'предлагает им работы и решения компании, которые они ещё не заказывали',
    subscription: 'предлагает им модули и тарифные планы, которыми они ещё не пользуются',
    production: 'предлагает им изделия компании, которые они ещё не заказывают',
  }),
  soldAs('Следит за выполнением заказов, сроками отгрузки', ['key-account-manager'], {
    services: 'Следит за оказанием услуг, соблюдением сроков',
    projects: 'Следит за ходом работ по договорам, сроками этапов',
    subscription: 'Следит за работой клиентов в продукте, сроками продления',
    production: 'Следит за изготовлением заказов, сроками отгрузки',
  }),
  soldAs('ассортимент и цены товаров и услуг компании', ['sales-assistant'], {
    services: 'перечень и тарифы услуг компании',
    projects: 'виды работ компании и порядок расчёта их стоимости',
    subscription: 'тарифные планы продукта компании и их цены',
    production: 'номенклатуру и цены изделий компании',
  }),
  soldAs('товары и услуги компании и их преимущества', ['marketing-manager'], {
    services: 'услуги компании и их преимущества',
    projects: 'работы и решения компании и их преимущества',
    subscription: 'продукт компании и его преимущества',
    production: 'изделия компании и их преимущества',
  }),
  soldAs('описания товаров и услуг', ['marketing-manager'], {
    services: 'описания услуг',
    projects: 'описания работ и выполненных проектов',
    subscription: 'описания продукта и тарифных планов',
    production: 'описания изделий',
  }),
  soldAs('каталоги и описания товаров', ['marketing-manager'], {
    services: 'описания услуг и примеры работы с клиентами',
    projects: 'портфолио выполненных проектов',
    subscription: 'описания продукта и тарифных планов',
    production: 'каталоги и описания изделий',
  }),
  soldAs('которые отвечают за товар или работу', ['tender-specialist'], {
    services: 'которые отвечают за оказание услуги',
    projects: 'которые отвечают за работы',
    subscription: 'которые отвечают за продукт и его внедрение',
    production: 'которые отвечают за изделие и его изготовление',
  }),
  // A maker ships what it makes: the assistant's shipping work stays for production.
  soldAs('следит за отгрузками и за порядком данных', ['sales-assistant'], {
    services: 'следит за сроками оказания услуг и за порядком данных',
    projects: 'следит за сроками этапов по договорам и за порядком данных',
    subscription: 'следит за подключением клиентов и за порядком данных',
    production: 'следит за отгрузками и за порядком данных',
  }),
  soldAs('Координация отгрузок и доставки.', ['sales-assistant'], {
    services: 'Координация начала оказания услуг с исполнителями.',
    projects: 'Координация сроков работ с исполнителями проекта.',
    subscription: 'Координация подключения клиентов со службой поддержки.',
    production: 'Координация отгрузок и доставки.',
  }),
  soldAs('о готовности заказа, отгрузке и сроках доставки', ['sales-assistant'], {
    services: 'о готовности документов и сроках начала оказания услуг',
    projects: 'о готовности документов и сроках этапов работ',
    subscription: 'о готовности документов и подключении к продукту',
    production: 'о готовности заказа, отгрузке и сроках доставки',
  }),
  soldAs('товары и услуги компании и основные потребности', ['lead-generation'], {
    services: 'услуги компании и основные потребности',
    projects: 'работы и решения компании и основные потребности',
    subscription: 'продукт компании, его тарифные планы и основные потребности',
    production: 'изделия компании и основные потребности',
  }),
];

function reportNames(ctx: JobContext): string[] {
  return ctx.profile.processes.reports.map((id) => keep(quote(reportById(id).name)));
}

/**
 * «отдел(а) (продаж)» → «Отдел(а)» and «компани(я|и|ю|ей)» → «Компани…»: the defined terms of the
 * document. Marked segments (names, titles) are left alone.
 */
function definedTerms(text: string): string {
  return text
    .split(new RegExp(`(${OPEN}[^${CLOSE}]*${CLOSE})`, 'u'))
    .map((part) => {
      if (part.startsWith(OPEN)) return part;
      return part
        .replace(/(?<!\p{L})отдел(а|у|ом|е)?(?: продаж)?(?![\p{L}-])/gu, (_m, ending: string | undefined) => `Отдел${ending ?? ''}`)
        .replace(/(?<!\p{L})компани(я|и|ю|ей)(?![\p{L}-])/gu, (_m, ending: string) => `Компани${ending}`);
    })
    .join('');
}

/** The remaining «в CRM»: the company's CRM, or its client register. Any other «CRM» left over is a gap in the table. */
function crmWording(text: string, ctx: JobContext): string {
  const crm = ctx.crm;
  let out = text
    .replace(/по данным CRM(?![\p{L}\d-])/gu, crm ? `по данным ${keep(crm)}` : 'по данным учётной базы клиентов')
    .replace(/(?<!\p{L})в CRM(?![\p{L}\d-])/gu, crm ? `в ${keep(crm)}` : 'в учётной базе клиентов');
  const outside = out.replace(new RegExp(`${OPEN}[^${CLOSE}]*${CLOSE}`, 'gu'), '');
  if (/(?<![\p{L}\d])CRM(?!-систем)/u.test(outside)) {
    if (crm === null) throw new Error(`job description: catalog phrase mentions CRM and has no wording without one: «${text}»`);
    out = out.replace(/(?<![\p{L}\d])CRM(?![-\p{L}])/gu, keep(crm));
  }
  return out;
}

const unmark = (text: string): string => text.replace(new RegExp(`[${OPEN}${CLOSE}]`, 'gu'), '');

export interface Adapted {
  text: string | null;
  slot: Slot | null;
}

/** One catalog text for this company: rewritten, or null when it refers to what the company lacks. */
export function adaptText(text: string, ctx: JobContext): Adapted {
  let out = text;
  let slot: Slot | null = null;
  for (const rule of ADAPTATIONS) {
    if (!out.includes(rule.key)) continue;
    if (rule.slot) slot = rule.slot;
    if (rule.rewrite) {
      const replacement = rule.rewrite(ctx);
      if (replacement === null) return { text: null, slot };
      out = out.split(rule.key).join(replacement);
    }
  }
  return { text: unmark(crmWording(definedTerms(out), ctx)), slot };
}

/** Adapt a list, dropping what does not apply (slots are ignored: only duties have them). */
export function adaptAll(texts: readonly string[], ctx: JobContext): string[] {
  return texts.map((t) => adaptText(t, ctx).text).filter((t): t is string => t !== null);
}

/** Company wording for text written by us in views (not the catalog): defined terms and CRM. */
export function companyWording(text: string, ctx: JobContext): string {
  return unmark(crmWording(definedTerms(text), ctx));
}
