/**
 * The charter's interaction table: one row for each unit the company has (profile `company.units`),
 * with what the department receives from it and gives it. Some units work differently for different
 * offerings (logistics ships stock for a distributor and finished orders for a manufacturer).
 */
import type { CompanyUnit, Offering } from '../../core/profile/ids.ts';

export interface UnitRow {
  unit: string;
  receives: string;
  gives: string;
}

type Row = Omit<UnitRow, 'unit'> & { unit: string };

const ROWS: Record<CompanyUnit, Row | ((offering: Offering) => Row)> = {
  accounting: {
    unit: 'Бухгалтерия',
    receives: 'сведения об оплатах, дебиторской задолженности и подписанных клиентами закрывающих документах',
    gives: 'заявки на выставление счетов, подписанные клиентами документы',
  },
  finance: {
    unit: 'Финансовая служба',
    receives: 'решения по кредитным лимитам и отсрочкам, платёжный календарь',
    gives: 'прогноз поступлений от клиентов, заявки на кредитный лимит',
  },
  legal: {
    unit: 'Юридическая служба',
    receives: 'типовые формы договоров, заключения по разногласиям с клиентами',
    gives: 'проекты договоров с изменёнными условиями, претензии клиентов',
  },
  hr: {
    unit: 'Служба персонала',
    receives: 'кандидатов на вакантные должности, кадровые документы',
    gives: 'заявки на подбор, предложения по обучению работников Отдела',
  },
  marketing: {
    unit: 'Маркетинг',
    receives: 'обращения клиентов из рекламных каналов, материалы для клиентов',
    gives: 'оценку качества обращений по источникам, сведения о сделках из каждого канала',
  },
  logistics: (offering) =>
    offering === 'services'
      ? {
          unit: 'Логистика',
          receives: 'свободный транспорт и сроки перевозки по направлениям',
          gives: 'заявки клиентов на перевозку, согласованные сроки и условия',
        }
      : {
          unit: 'Логистика',
          receives:
            offering === 'production' ? 'сроки доставки готовой продукции и стоимость перевозки' : 'сроки и стоимость доставки по регионам',
          gives: 'заявки на доставку с адресом, сроком и контактом клиента',
        },
  // A services company's warehouse keeps its clients' cargo, not stock for sale.
  warehouse: (offering) =>
    offering === 'services'
      ? {
          unit: 'Склад',
          receives: 'свободные складские мощности и условия хранения',
          gives: 'заявки на приёмку и хранение грузов клиентов',
        }
      : {
          unit: 'Склад',
          receives:
            offering === 'production'
              ? 'сведения о готовой продукции и её отгрузке'
              : 'остатки и сроки поступления товара, подтверждение резерва',
          gives:
            offering === 'production'
              ? 'распоряжения на отгрузку готовой продукции'
              : 'заказы на резерв и отгрузку, согласованные с клиентом сроки',
        },
  production: {
    unit: 'Производство',
    receives: 'подтверждённые сроки изготовления, сведения о ходе выполнения заказов',
    gives: 'производственные заказы со спецификацией, прогноз заказов по месяцам',
  },
  installation: (offering) => ({
    unit: offering === 'projects' ? 'Монтажное подразделение' : 'Служба монтажа',
    receives: 'сроки выполнения работ, акты выполненных работ',
    gives: 'договоры, сметы и технические задания на работы, контакты на объекте клиента',
  }),
  service: (offering) => ({
    unit: offering === 'services' ? 'Подразделение, оказывающее услуги' : 'Сервисная служба',
    receives: 'фактический уровень сервиса по клиентам, претензии клиентов и меры по ним',
    gives: 'условия договоров и тарифов, заявки на начало обслуживания новых клиентов',
  }),
  support: {
    unit: 'Служба поддержки',
    receives: 'сведения об обращениях и активности клиентов, признаки риска отказа от услуг',
    gives: 'сведения о задачах новых клиентов, договорённости с клиентом',
  },
  it: {
    unit: 'ИТ-служба',
    receives: `доступы к системам, доработки учётных систем`,
    gives: 'заявки на доступы и доработки, сведения о сбоях',
  },
  security: {
    unit: 'Служба безопасности',
    receives: 'результаты проверки контрагентов',
    gives: 'запросы на проверку новых клиентов и условий сделок',
  },
};

/** The rows of the units the company has, in the order of the unit list. */
export function unitRows(units: ReadonlySet<CompanyUnit>, offering: Offering, order: readonly CompanyUnit[]): UnitRow[] {
  return order
    .filter((u) => units.has(u))
    .map((u) => {
      const row = ROWS[u];
      return typeof row === 'function' ? row(offering) : row;
    });
}
