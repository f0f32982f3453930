/**
 * The parts of a job description that are not in the roles catalog: rights, role-specific
 * responsibility, relationships with the other seats and departments, and the general lists a
 * custom role gets (functions derived from its duties, requirements and «должен знать» by
 * category). Everything is finished Russian text; the template only places it.
 */
import type { RoleId } from '../../core/profile/ids.ts';
import { joinAnd } from '../../core/text/names.ts';
import { otherWithRole, type JobContext } from './context.ts';
import type { Clause } from './duties.ts';
import { companyUnits, suppliesGoods, warehouseUnitIns } from '../shared/units.ts';
import { adaptAll, companyWording } from './wording.ts';
import { includes } from '../shared/include.ts';

type Role = RoleId | 'custom';

// --------------------------------------------------------------------------------------------
// Functions, requirements, «должен знать»

/** Functions of a custom role, recognised in its duties by keywords (first match wins per line). */
const CUSTOM_FUNCTIONS: ReadonlyArray<{ test: RegExp; text: (ctx: JobContext) => string }> = [
  { test: /план|прогноз/iu, text: () => 'Планирование работы и контроль выполнения плановых показателей на своём участке.' },
  { test: /планёрк|совещани|распределя/iu, text: () => 'Организация текущей работы и распределение задач.' },
  { test: /переговор|сделк|клиент/iu, text: () => 'Участие в работе с клиентами и в проведении сделок.' },
  { test: /обуча|наставля|адаптаци/iu, text: () => 'Обучение и наставничество работников Отдела.' },
  {
    test: /CRM|данн/u,
    text: (ctx) =>
      ctx.crm ? `Поддержание полноты и достоверности данных в ${ctx.crm}.` : 'Поддержание полноты и достоверности учётной базы клиентов.',
  },
  { test: /KPI|преми/u, text: () => 'Подготовка данных для оценки результатов работы и расчёта оплаты труда.' },
  { test: /отчёт/iu, text: () => 'Подготовка отчётности о работе своего участка.' },
];

/** Generic functions for a custom role whose duties say little; an entrepreneur has no other departments. */
function customFallbackFunctions(ctx: JobContext): string[] {
  return [
    'Выполнение задач Отдела на порученном участке работы.',
    'Учёт и отчётность о результатах своей работы.',
    ctx.common.org.isEntrepreneur
      ? 'Взаимодействие с другими работниками и бухгалтером Работодателя по вопросам своего участка.'
      : 'Взаимодействие с работниками Отдела и других подразделений Компании по вопросам своего участка.',
  ];
}

/**
 * Who outside the department gives the employee information: the other departments of a company,
 * or, at an entrepreneur's, the employer himself and the person keeping the books.
 */
export function outsideSources(ctx: JobContext): string {
  return ctx.common.org.isEntrepreneur ? `${ctx.director.gen}, других работников и бухгалтера` : 'работников и подразделений Компании';
}

export function functionsOf(ctx: JobContext): string[] {
  if (ctx.catalog) return adaptAll(ctx.catalog.functions, ctx);
  const found: string[] = [];
  for (const f of CUSTOM_FUNCTIONS) {
    if (ctx.position.duties.some((d) => f.test.test(d))) found.push(f.text(ctx));
  }
  if (ctx.subordinates.length > 0) found.unshift('Руководство работой подчинённых работников и контроль её результатов.');
  for (const f of customFallbackFunctions(ctx)) if (found.length < 4) found.push(f);
  return [...new Set(found)].slice(0, 6);
}

const CUSTOM_REQUIREMENTS: Record<'руководитель' | 'специалист', string[]> = {
  руководитель: [
    'Высшее образование.',
    'Опыт работы в продажах не менее 2 лет, в том числе опыт руководства работниками или наставничества.',
    'Навыки планирования, постановки задач и контроля их выполнения, уверенная работа в CRM-системах и офисных программах.',
  ],
  специалист: [
    'Среднее профессиональное или высшее образование.',
    'Опыт работы по направлению деятельности, соответствующему должности, не менее 1 года.',
    'Уверенная работа в CRM-системах, офисных программах и электронной почте.',
  ],
};

/** Requirements as list items: lower-case phrases without the final full stop. */
export function requirementsOf(ctx: JobContext): string[] {
  const list = ctx.catalog ? adaptAll(ctx.catalog.requirements, ctx) : CUSTOM_REQUIREMENTS[ctx.category];
  const items = list.map(listItem);
  if (ctx.crm) items.push(`опыт работы в ${ctx.crm} является преимуществом`);
  return items;
}

export function mustKnowOf(ctx: JobContext): string[] {
  const own = ctx.catalog
    ? adaptAll(ctx.catalog.mustKnow, ctx)
    : [
        'товары и услуги Компании в объёме, необходимом для выполнения своих обязанностей',
        ...(ctx.category === 'руководитель'
          ? [
              'методы планирования, постановки задач, контроля и оценки работы подчинённых',
              'основы трудового законодательства в части управления персоналом',
            ]
          : []),
        ctx.common.org.isEntrepreneur
          ? `регламенты Отдела и порядок взаимодействия с ${ctx.director.ins} и бухгалтером`
          : 'регламенты Отдела и порядок взаимодействия с другими подразделениями Компании',
        ctx.crm ? `правила работы в ${ctx.crm}` : 'порядок ведения учётной базы клиентов',
        'порядок подготовки отчётности по своему участку работы',
      ];
  return [
    ...own,
    'правила внутреннего трудового распорядка, требования охраны труда и пожарной безопасности',
    'порядок работы со сведениями, составляющими коммерческую тайну Компании, и с персональными данными клиентов',
  ];
}

/** «Высшее образование.» → «высшее образование». */
export function listItem(text: string): string {
  const trimmed = text.trim().replace(/[\s.;,]+$/u, '');
  const [first, ...rest] = [...trimmed];
  if (first === undefined) return '';
  const word = trimmed.split(/[\s-]/)[0] ?? '';
  if (word.length > 1 && word === word.toLocaleUpperCase('ru-RU')) return trimmed;
  return `${first.toLocaleLowerCase('ru-RU')}${rest.join('')}`;
}

// --------------------------------------------------------------------------------------------
// Rights: each with its clause id (`job-description.rights.discounts`), unique across the lists below.

/** Who sets the limits of discounts and payment terms: the commercial policy when the pack has it (by its title), else the company. */
const limitsSetBy = (ctx: JobContext): string =>
  includes(ctx.profile, 'commercial-policy') ? 'Коммерческой политикой Компании' : 'Компанией';

const ROLE_RIGHTS: Partial<Record<Role, (ctx: JobContext) => Clause[]>> = {
  'head-of-sales': (ctx) => [
    {
      id: 'discounts',
      text: `Согласовывать клиентам скидки и особые условия оплаты в пределах, установленных ${limitsSetBy(ctx)}.`,
    },
    {
      id: 'representation',
      text: 'Представлять Компанию во взаимоотношениях с клиентами по вопросам продаж в пределах полномочий, предоставленных доверенностью.',
    },
  ],
  'sales-manager': (ctx) => [
    {
      id: 'discounts',
      text: `Предоставлять клиентам скидки и отсрочку платежа в пределах полномочий, установленных ${limitsSetBy(ctx)}.`,
    },
    {
      id: 'negotiations',
      text: 'Вести переговоры и переписку с клиентами от имени Компании в пределах полномочий, предоставленных доверенностью или приказом.',
    },
    { id: 'escalation', text: `Передавать условия сделки, выходящие за пределы его полномочий, на согласование ${ctx.superior.dat}.` },
  ],
  'key-account-manager': (ctx) => [
    {
      id: 'discounts',
      text: `Предоставлять закреплённым клиентам скидки и отсрочку платежа в пределах полномочий, установленных ${limitsSetBy(ctx)}.`,
    },
    {
      id: 'order-info',
      text: ctx.common.org.isEntrepreneur
        ? `Запрашивать у ${ctx.director.gen} и бухгалтера сведения о заказах, отгрузках и расчётах закреплённых клиентов.`
        : orderInfoRight(ctx),
    },
    { id: 'reconciliation', text: 'Инициировать сверку взаиморасчётов с закреплёнными клиентами.' },
  ],
  'lead-generation': (ctx) => {
    const seller = otherWithRole(ctx, 'sales-manager');
    return [
      {
        id: 'lead-rejection',
        text: `Отклонять обращения, которые не соответствуют утверждённым критериям квалификации, с указанием причины ${ctx.crmLoc}.`,
      },
      {
        id: 'meeting-results',
        text: seller
          ? `Получать от ${seller.title.gen} сведения о результатах назначенных встреч.`
          : 'Получать сведения о результатах назначенных им встреч.',
      },
    ];
  },
  'sales-assistant': () => [
    { id: 'deal-documents', text: 'Требовать от работников Отдела сведений и документов, необходимых для оформления сделок и отгрузок.' },
    {
      id: 'returns',
      text: 'Возвращать на доработку заявки и документы, оформленные с нарушением установленного порядка, с указанием причины.',
    },
  ],
  'marketing-manager': (ctx) => [
    { id: 'budget', text: `Распоряжаться маркетинговым бюджетом в пределах, утверждённых ${ctx.director.ins}.` },
    {
      id: 'contractors',
      text: `Привлекать подрядчиков (рекламные агентства, дизайнеров, типографии) в пределах утверждённого бюджета по согласованию с ${ctx.superior.ins}.`,
    },
  ],
};

export function rightsOf(ctx: JobContext): Clause[] {
  const crmAccess = ctx.crm ? ` (в том числе ${ctx.crm})` : '';
  const first: Clause[] = [
    {
      id: 'information',
      text: `Запрашивать и получать от ${outsideSources(ctx)} сведения и документы, необходимые для выполнения своих обязанностей.`,
    },
    {
      id: 'proposals',
      text: `Вносить ${ctx.superior.dat} предложения по совершенствованию работы, связанной с обязанностями, предусмотренными настоящей инструкцией.`,
    },
  ];
  const managing: Clause[] =
    ctx.subordinates.length > 0
      ? [
          {
            id: 'instructions',
            text: 'Давать подчинённым работникам обязательные для исполнения задания и распоряжения в пределах своих полномочий и контролировать их исполнение.',
          },
          {
            id: 'staff-proposals',
            text: `Вносить ${ctx.isHead ? ctx.director.dat : ctx.superior.dat} предложения о приёме, переводе и увольнении подчинённых работников, об их поощрении и о применении к ним дисциплинарных взысканий.`,
          },
          { id: 'staff-development', text: 'Участвовать в подборе, обучении и оценке подчинённых работников.' },
        ]
      : [];
  const role = ROLE_RIGHTS[ctx.role]?.(ctx) ?? [];
  const last: Clause[] = [
    {
      id: 'resources',
      text: `Пользоваться информационными системами Компании${crmAccess}, средствами связи и другими ресурсами, выделенными для работы, в объёме, необходимом для выполнения обязанностей.`,
    },
    {
      id: 'work-conditions',
      text: 'Требовать от Компании обеспечения организационно-технических условий, необходимых для выполнения должностных обязанностей.',
    },
    {
      id: 'training',
      text: 'Проходить обучение и повышать квалификацию по направлениям, связанным с трудовой функцией, в порядке, установленном в Компании.',
    },
    { id: 'draft-decisions', text: 'Знакомиться с проектами решений руководства Компании, касающимися его деятельности.' },
  ];
  const out = [...first, ...managing, ...role];
  for (const right of last) if (out.length < 8) out.push(right);
  return out;
}

// --------------------------------------------------------------------------------------------
// Responsibility

const ROLE_RESPONSIBILITY: Partial<Record<Role, string[]>> = {
  'head-of-sales': [
    'достоверность отчётов о работе Отдела, представляемых руководству Компании',
    'своевременное доведение до работников Отдела планов, показателей и регламентов',
  ],
  'sales-manager': [
    'соблюдение утверждённых пределов скидок и условий оплаты при заключении сделок',
    'своевременную работу с задолженностью своих клиентов',
  ],
  'key-account-manager': [
    'соблюдение утверждённых пределов скидок и условий оплаты при заключении сделок',
    'своевременную работу с задолженностью закреплённых клиентов',
  ],
  'lead-generation': ['соответствие передаваемых обращений утверждённым критериям квалификации'],
  'sales-assistant': ['правильность оформления документов по сделкам и их сохранность'],
  'marketing-manager': ['целевое и обоснованное расходование маркетингового бюджета'],
};

export function responsibilityOf(ctx: JobContext): string[] {
  return [
    `достоверность и своевременность сведений, которые он вносит ${ctx.crm ? `в ${ctx.crm}` : 'в учётную базу клиентов'} и в отчёты`,
    'сохранность и неразглашение сведений о клиентах и условиях сделок, составляющих коммерческую тайну Компании, а также персональных данных клиентов',
    ...(ctx.subordinates.length > 0 ? ['организацию работы подчинённых работников и соблюдение ими регламентов Отдела'] : []),
    ...(ROLE_RESPONSIBILITY[ctx.role] ?? []),
    'соблюдение регламентов Отдела, правил внутреннего трудового распорядка и сроков, установленных настоящей инструкцией',
  ];
}

// --------------------------------------------------------------------------------------------
// Relationships

/** What the position exchanges with another seat of the department, by the pair of roles. */
const PAIRS: Partial<Record<Role, Partial<Record<Role, string>>>> = {
  'sales-manager': {
    'key-account-manager': 'передаёт клиентов в порядке, установленном регламентом передачи клиентов, вместе с историей работы с ними',
    'lead-generation': 'получает назначенные встречи и сведения о квалифицированных клиентах, сообщает о результатах встреч',
    'sales-assistant': 'передаёт заявки на подготовку счетов, договоров и отгрузок, получает готовые документы и сведения об оплатах',
    'marketing-manager': 'получает материалы для продаж и сведения о рекламных акциях, сообщает о качестве обращений и запросах клиентов',
  },
  'key-account-manager': {
    'sales-manager':
      'принимает клиентов в порядке, установленном регламентом передачи клиентов, и получает сведения об истории работы с ними',
    'lead-generation': 'получает обращения закреплённых за ним клиентов, поступившие в общий поток заявок',
    'sales-assistant': 'передаёт заявки на подготовку документов и отгрузок, получает готовые документы и сведения об оплатах',
    'marketing-manager': 'согласовывает акции и рассылки для закреплённых клиентов, сообщает об их отзывах и запросах',
  },
  'lead-generation': {
    'sales-manager': 'передаёт квалифицированных клиентов и назначенные встречи, получает сведения о результатах встреч',
    'key-account-manager': 'передаёт без квалификации обращения клиентов, закреплённых за ним',
    'sales-assistant': 'согласует регистрацию и распределение входящих заявок',
    'marketing-manager': 'получает обращения из рекламных каналов, сообщает о качестве лидов по каждому каналу',
  },
  'sales-assistant': {
    'sales-manager': 'получает заявки на подготовку документов и отгрузок, сообщает о готовности документов, отгрузках и поступлении оплат',
    'key-account-manager':
      'получает заявки на подготовку документов и отгрузок, сообщает о готовности документов, отгрузках и поступлении оплат',
    'lead-generation': 'передаёт зарегистрированные входящие заявки для квалификации',
    'marketing-manager': 'получает каталоги, образцы и рекламные материалы для Отдела',
  },
  'marketing-manager': {
    'sales-manager': 'передаёт обращения клиентов и материалы для продаж, получает сведения о качестве обращений и их результатах',
    'key-account-manager': 'согласовывает акции и рассылки для действующих клиентов, получает их отзывы',
    'lead-generation': 'передаёт обращения из рекламных каналов, получает сведения о качестве лидов',
    'sales-assistant': 'передаёт каталоги, образцы и рекламные материалы для Отдела',
  },
};

const GENERIC_PAIR = 'обменивается сведениями о клиентах и сделках, необходимыми для выполнения обязанностей';

export interface Relation {
  /** «с Менеджером по лидогенерации». */
  party: string;
  text: string;
}

/** The other seats of the department (not the superior, not subordinates) and what passes between them. */
export function colleaguesOf(ctx: JobContext): Relation[] {
  const superiorId = ctx.position.reportsTo;
  const subs = new Set(ctx.subordinates.map((s) => s.id));
  const others = ctx.others.filter((p) => p.id !== superiorId && !subs.has(p.id));
  const out: Relation[] = [];
  const generic: string[] = [];
  for (const p of others) {
    const text = p.isHead
      ? `получает решения по вопросам, которые выходят за пределы полномочий ${ctx.superior.gen}`
      : (PAIRS[ctx.role]?.[p.role as Role] ?? null);
    if (text) out.push({ party: withPrep(p.title.ins), text });
    else generic.push(p.title.ins);
  }
  // Seats with nothing particular to exchange share one line.
  if (generic.length > 0) out.push({ party: withPrep(joinAnd(generic)), text: GENERIC_PAIR });
  return out;
}

/** «с» or «со» before a title in the instrumental («со Старшим …»). */
export function withPrep(ins: string): string {
  return /^(с|з|ш|ж)[^аеёиоуыэюя]/iu.test(ins) || /^(вс|мн)/iu.test(ins) ? `со ${ins}` : `с ${ins}`;
}

/** Whom a key-account manager asks about orders and payments: only units the company has. */
function orderInfoRight(ctx: JobContext): string {
  const units = companyUnits(ctx.profile);
  const goods = suppliesGoods(ctx.profile);
  const gen = [
    ...(goods && units.has('warehouse') ? ['склада'] : []),
    ...(goods && units.has('logistics') ? ['службы логистики'] : []),
    ...(units.has('accounting') || units.has('finance') ? ['бухгалтерии'] : []),
  ];
  const from = gen.length > 0 ? joinAnd(gen) : ctx.director.gen;
  return goods
    ? `Запрашивать у ${from} сведения о заказах, отгрузках и расчётах закреплённых клиентов.`
    : `Запрашивать у ${from} сведения о договорах, оказании услуг и расчётах закреплённых клиентов.`;
}

/** Departments outside the sales department, by role. */
type Dept = 'accounting' | 'warehouse' | 'legal' | 'marketing' | 'hr';

const DEPARTMENT_NAMES: Record<Exclude<Dept, 'accounting' | 'warehouse'>, string> = {
  legal: 'с юридической службой или юристом, обслуживающим Компанию,',
  marketing: 'с маркетингом',
  hr: 'со службой персонала',
};

const DEPARTMENT_TEXT: Partial<Record<Role, Partial<Record<Dept, string>>>> = {
  'head-of-sales': {
    accounting: 'получает сведения об оплатах и дебиторской задолженности клиентов, передаёт данные для расчёта премий работников Отдела',
    warehouse: 'согласует сроки отгрузки по крупным заказам, разбирает случаи срыва поставок',
    legal: 'получает типовые формы договоров, согласует договоры с изменёнными условиями',
    marketing: 'согласует планы рекламных кампаний, получает обращения клиентов, сообщает о качестве обращений',
    hr: 'передаёт заявки на подбор работников, участвует в их адаптации и обучении',
  },
  'sales-manager': {
    accounting:
      'получает сведения об оплатах и задолженности своих клиентов, передаёт заявки на выставление счетов и подписанные клиентами документы',
    warehouse: 'получает сведения о наличии продукции и сроках отгрузки, передаёт согласованные с клиентом заявки на отгрузку',
    legal: 'получает типовые формы договоров, передаёт на согласование договоры с изменёнными условиями',
    marketing: 'получает обращения клиентов и материалы для продаж, сообщает о качестве обращений',
  },
  'key-account-manager': {
    accounting: 'получает сведения об оплатах и задолженности закреплённых клиентов, согласует акты сверки взаиморасчётов',
    warehouse: 'согласует сроки отгрузки заказов закреплённых клиентов и решает вопросы их исполнения',
    legal: 'согласует договоры, дополнительные соглашения и ответы на претензии клиентов',
    marketing: 'согласует акции и рассылки для закреплённых клиентов',
  },
  'lead-generation': {
    marketing: 'получает обращения из рекламных каналов, сообщает о качестве лидов по каждому каналу',
  },
  'sales-assistant': {
    accounting: 'получает сведения о поступивших оплатах, передаёт документы по сделкам, готовит вместе с ней акты сверки',
    warehouse: 'передаёт заявки на отгрузку и следит за сроками их выполнения',
    legal: 'получает типовые формы договоров и спецификаций',
  },
  'marketing-manager': {
    accounting: 'передаёт счета подрядчиков на оплату в пределах утверждённого бюджета, получает сведения о расходах',
  },
  custom: {},
};

/** An entrepreneur has no departments: the books are kept by an employee or an outside accountant. */
const ENTREPRENEUR_ACCOUNTANT = 'с бухгалтером (работником или лицом, ведущим учёт по договору)';

export function departmentsOf(ctx: JobContext): Relation[] {
  const texts = DEPARTMENT_TEXT[ctx.role] ?? {};
  if (ctx.common.org.isEntrepreneur) {
    // Warehouse, legal and HR matters are the employer's own: they go to him as the superior.
    return texts.accounting ? [{ party: ENTREPRENEUR_ACCOUNTANT, text: companyWording(texts.accounting, ctx) }] : [];
  }
  const hasMarketing = ctx.others.some((p) => p.role === 'marketing-manager') || ctx.role === 'marketing-manager';
  const units = companyUnits(ctx.profile);
  // Only units the company has (company.units); stock and shipping only where goods are shipped.
  const party: Record<Dept, string | null> = {
    accounting: units.has('finance') ? 'с бухгалтерией и финансовой службой' : units.has('accounting') ? 'с бухгалтерией' : null,
    warehouse: suppliesGoods(ctx.profile) ? warehouseUnitIns(units) : null,
    legal: units.has('legal') ? DEPARTMENT_NAMES.legal : null,
    marketing: units.has('marketing') && !hasMarketing ? DEPARTMENT_NAMES.marketing : null,
    hr: units.has('hr') ? DEPARTMENT_NAMES.hr : null,
  };
  const out: Relation[] = [];
  if (party.accounting === null && texts.accounting)
    out.push({ party: ENTREPRENEUR_ACCOUNTANT, text: companyWording(texts.accounting, ctx) });
  for (const dept of ['accounting', 'warehouse', 'legal', 'marketing', 'hr'] as const) {
    const text = texts[dept];
    const name = party[dept];
    if (!text || name === null) continue;
    out.push({ party: name, text: companyWording(text, ctx) });
  }
  return out;
}

/** Seats that deal with clients directly. */
export const CLIENT_FACING = new Set<Role>(['head-of-sales', 'sales-manager', 'key-account-manager', 'lead-generation']);
