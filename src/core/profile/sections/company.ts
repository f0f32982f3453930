/** `company`: who the documents are written for and who approves them. */
import * as z from 'zod';
import { CODES } from '../codes.ts';
import { LIMITS } from '../../input/limits.ts';
import { CasesSchema, Name, Text } from '../fields.ts';
import { isEntrepreneur } from '../../law/organization.ts';
import { looseEnum, looseList, looseNumber, looseString, rule } from '../rules/rule.ts';
import { ChannelTypeSchema, CompanyUnitSchema, OfferingSchema } from '../ids.ts';
import { num } from '../say.ts';

export const COUNTRIES = ['RU', 'KZ', 'UA', 'BY', 'other'] as const;
export const CountrySchema = z.enum(COUNTRIES);
export type Country = z.output<typeof CountrySchema>;

export const DirectorSchema = z.strictObject({
  /** Должность руководителя, который утверждает документы (гриф «УТВЕРЖДАЮ»): «Генеральный директор». */
  position: Name.meta({
    description: 'Должность руководителя, который утверждает документы (гриф «УТВЕРЖДАЮ»): «Генеральный директор».',
  }),
  /** Фамилия, имя и отчество руководителя полностью: «Петров Андрей Викторович». Не указано (null) — в грифе «УТВЕРЖДАЮ» остаётся строка для подписи и расшифровки; у ИП обязательно. */
  fullName: Name.nullable().default(null).meta({
    description:
      'Фамилия, имя и отчество руководителя полностью: «Петров Андрей Викторович». Не указано (null) — в грифе «УТВЕРЖДАЮ» остаётся строка для подписи и расшифровки; у ИП обязательно.',
  }),
  /** Пол руководителя (male или female) для согласования слов «действующий/действующая»; не указан — null. */
  gender: z.enum(['male', 'female']).nullable().default(null).meta({
    description: 'Пол руководителя (male или female) для согласования слов «действующий/действующая»; не указан — null.',
  }),
  /** Падежные формы должности руководителя, если она не из числа распространённых («Управляющий партнёр»). */
  positionCases: CasesSchema.nullable().default(null).meta({
    description: 'Падежные формы должности руководителя, если она не из числа распространённых («Управляющий партнёр»).',
  }),
});

// Registry numbers by country: ИНН (RU), БИН/ИИН (KZ), УНП (BY), код ЄДРПОУ or РНОКПП (UA).
const INN_LENGTHS: Record<Country, { name: string; lengths: number[] }> = {
  RU: { name: 'ИНН', lengths: [10, 12] },
  KZ: { name: 'БИН/ИИН', lengths: [12] },
  BY: { name: 'УНП', lengths: [9] },
  UA: { name: 'код ЕГРПОУ/РНОКПП', lengths: [8, 10] },
  other: { name: 'регистрационный номер', lengths: [] },
};

export const ChannelSchema = z.strictObject({
  /** Канал: direct (прямые продажи), dealers (дилеры и дистрибьюторы), tenders (государственные и корпоративные закупки), marketplaces, online (свой сайт, входящие заявки), partners (агенты за вознаграждение). */
  type: ChannelTypeSchema.meta({
    description:
      'Канал: direct (прямые продажи), dealers (дилеры и дистрибьюторы), tenders (государственные и корпоративные закупки), marketplaces, online (свой сайт, входящие заявки), partners (агенты за вознаграждение).',
  }),
  /** Доля годового плана выручки, которую даёт канал, %; доли каналов в сумме 100. */
  sharePct: z
    .number()
    .gt(0)
    .max(100)
    .meta({ description: 'Доля годового плана выручки, которую даёт канал, %; доли каналов в сумме 100.' }),
  /** id должности, которая ведёт канал; не указано (null) — руководитель отдела. */
  owner: Name.nullable().default(null).meta({ description: 'id должности, которая ведёт канал; не указано (null) — руководитель отдела.' }),
});
export type Channel = z.output<typeof ChannelSchema>;

/** How far channel shares may sum from 100 (rounded thirds). */
const SHARE_TOLERANCE = 0.01;

const Channels = z
  .array(ChannelSchema)
  .min(1)
  .check(
    rule(looseList(z.object({ type: looseString, sharePct: looseNumber })), (channels, report) => {
      const seen = new Set<string>();
      channels.forEach((c, i) => {
        if (c?.type == null) return;
        if (seen.has(c.type)) report([i, 'type'], CODES.channelDuplicate, `канал ${c.type} указан дважды: объедините доли в одной записи`);
        seen.add(c.type);
      });
      if (channels.some((c) => c?.sharePct == null)) return;
      const total = channels.reduce((sum, c) => sum + (c?.sharePct ?? 0), 0);
      if (Math.abs(total - 100) > SHARE_TOLERANCE) {
        report([], CODES.channelShareTotal, `доли каналов в сумме ${num(total)} %, должно быть 100 %`);
      }
    }),
  );

const Inn = z
  .union([z.string(), z.number()], { error: 'ожидается номер из цифр в кавычках, например "6671234567"' })
  .transform((v) => String(v).trim().slice(0, 40))
  .pipe(z.string().regex(/^\d+$/, { error: 'номер должен состоять только из цифр, например "6671234567"' }));

export const CompanySchema = z
  .strictObject({
    /** Краткое название без организационно-правовой формы, как оно звучит в тексте: «ТехноСнаб». */
    name: Name.meta({ description: 'Краткое название без организационно-правовой формы, как оно звучит в тексте: «ТехноСнаб».' }),
    /** Организационно-правовая форма сокращённо: ООО, АО, ПАО, ИП, ТОО, ТОВ и т. п. */
    legalForm: Name.meta({ description: 'Организационно-правовая форма сокращённо: ООО, АО, ПАО, ИП, ТОО, ТОВ и т. п.' }),
    /** Полное наименование; не указано (null) — составляется из формы и названия: «Общество с ограниченной ответственностью «ТехноСнаб»». */
    fullName: Name.nullable().default(null).meta({
      description:
        'Полное наименование; не указано (null) — составляется из формы и названия: «Общество с ограниченной ответственностью «ТехноСнаб»».',
    }),
    /** ИНН (RU: 10 или 12 цифр), БИН/ИИН (KZ: 12), УНП (BY: 9), код ЕГРПОУ/РНОКПП (UA: 8 или 10); пишется в кавычках. */
    inn: Inn.nullable().default(null).meta({
      description: 'ИНН (RU: 10 или 12 цифр), БИН/ИИН (KZ: 12), УНП (BY: 9), код ЕГРПОУ/РНОКПП (UA: 8 или 10); пишется в кавычках.',
    }),
    /** Город, где составлены документы (реквизит «место составления»). */
    city: Name.nullable().default(null).meta({ description: 'Город, где составлены документы (реквизит «место составления»).' }),
    /** Страна (RU, KZ, UA, BY или other): от неё зависят ссылки на трудовое законодательство. */
    country: CountrySchema.meta({
      description: 'Страна (RU, KZ, UA, BY или other): от неё зависят ссылки на трудовое законодательство.',
    }),
    /** Чем занимается компания, со строчной буквы, чтобы читалось после «компания занимается»: «оптовые поставки оборудования». */
    industry: Text.meta({
      description:
        'Чем занимается компания, со строчной буквы, чтобы читалось после «компания занимается»: «оптовые поставки оборудования».',
    }),
    /** Кому продаёт компания: b2b (бизнесу), b2c (частным лицам) или b2b2c (через партнёров конечным клиентам). */
    salesModel: z.enum(['b2b', 'b2c', 'b2b2c']).meta({
      description: 'Кому продаёт компания: b2b (бизнесу), b2c (частным лицам) или b2b2c (через партнёров конечным клиентам).',
    }),
    /** Средняя длительность сделки от первого контакта до оплаты, в днях. */
    averageSalesCycleDays: z
      .number()
      .int()
      .positive()
      .max(LIMITS.days)
      .nullable()
      .default(null)
      .meta({ description: 'Средняя длительность сделки от первого контакта до оплаты, в днях.' }),
    /** Логотип компании для титульной части документов: путь к файлу PNG, JPEG или SVG (не больше 2 МБ) относительно файла профиля, или data:-адрес картинки (так его хранит сайт). Не указан (null) — без логотипа. */
    logo: z
      .string()
      .trim()
      .min(1)
      .max(3 * 1024 * 1024)
      .nullable()
      .default(null)
      .meta({
        description:
          'Логотип компании для титульной части документов: путь к файлу PNG, JPEG или SVG (не больше 2 МБ) относительно файла профиля, или data:-адрес картинки (так его хранит сайт). Не указан (null) — без логотипа.',
      }),
    /** Руководитель компании, который утверждает документы. */
    director: DirectorSchema.meta({ description: 'Руководитель компании, который утверждает документы.' }),
    /** Что продаёт компания: goods (товары со склада или под заказ), services (услуги: логистика, обслуживание, ИТ…), projects (поставка с монтажом, внедрением, стройка: у сделки этапы и приёмка), subscription (подписка, SaaS, абонентские договоры), production (изготовление по заказу клиента). От этого зависят воронка, слова и процессы документов. */
    offering: OfferingSchema.default('goods').meta({
      description:
        'Что продаёт компания: goods (товары со склада или под заказ), services (услуги: логистика, обслуживание, ИТ…), projects (поставка с монтажом, внедрением, стройка: у сделки этапы и приёмка), subscription (подписка, SaaS, абонентские договоры), production (изготовление по заказу клиента). От этого зависят воронка, слова и процессы документов.',
    }),
    /** Каналы продаж с долями плана выручки; не указано (null) — только прямые продажи (direct, 100 %), канал ведёт руководитель отдела. */
    channels: Channels.nullable().default(null).meta({
      description:
        'Каналы продаж с долями плана выручки; не указано (null) — только прямые продажи (direct, 100 %), канал ведёт руководитель отдела.',
    }),
    /** Другие подразделения, с которыми работает отдел: accounting, finance, legal, hr, marketing, logistics, warehouse, production, installation, service, support, it, security. Документы называют только их; работу отсутствующих выполняет руководитель компании (бухгалтерию — приходящий бухгалтер). Не указано (null) — по роду деятельности (offering), у ИП — только бухгалтерия. */
    units: z.array(CompanyUnitSchema).nullable().default(null).meta({
      description:
        'Другие подразделения, с которыми работает отдел: accounting, finance, legal, hr, marketing, logistics, warehouse, production, installation, service, support, it, security. Документы называют только их; работу отсутствующих выполняет руководитель компании (бухгалтерию — приходящий бухгалтер). Не указано (null) — по роду деятельности (offering), у ИП — только бухгалтерия.',
    }),
  })
  .check(
    // An entrepreneur's name is the organisation's name in the documents («ИП Карпов И. С.»).
    rule(
      z.object({ legalForm: looseString, director: z.object({ fullName: looseString }).nullable().catch(null) }),
      ({ legalForm, director }, report) => {
        if (legalForm === null || director === null || !isEntrepreneur(legalForm) || director.fullName !== null) return;
        report(
          ['director', 'fullName'],
          CODES.entrepreneurName,
          'у индивидуального предпринимателя укажите фамилию, имя и отчество: они входят в наименование в документах',
        );
      },
    ),
    rule(z.object({ country: looseEnum(COUNTRIES), inn: looseString }), ({ country, inn }, report) => {
      if (country === null || inn === null || !/^\d+$/.test(inn)) return;
      const { name, lengths } = INN_LENGTHS[country];
      if (lengths.length === 0 || lengths.includes(inn.length)) return;
      report(
        ['inn'],
        CODES.innFormat,
        `${name} для страны ${country} состоит из ${lengths.join(' или ')} цифр, указано ${inn.length}; если номер начинается с нуля, заключите его в кавычки`,
      );
    }),
  );
export type Company = z.output<typeof CompanySchema>;
