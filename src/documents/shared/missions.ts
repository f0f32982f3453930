/**
 * A role's mission where it differs by what the company sells: a seller of subscriptions keeps
 * clients paying, a seller of projects wins contracts. The catalog's mission is the general wording.
 * Used by the charter's list of positions and the job descriptions.
 */
import { firmCatalogs, roleById } from '../../core/catalog.ts';
import { isBuiltInRole } from '../../core/firm/catalogs.ts';
import type { Offering, RoleId } from '../../core/profile/ids.ts';

const MISSIONS: Partial<Record<RoleId, Partial<Record<Offering, string>>>> = {
  'sales-manager': {
    goods: 'Выполняет личный план продаж: находит новых покупателей, доводит их первые заказы до оплаты и отгрузки.',
    services: 'Выполняет личный план продаж: заключает договоры на обслуживание с новыми клиентами и доводит их до регулярных заказов.',
    projects: 'Выполняет личный план продаж: ведёт проекты от обследования объекта и сметы до подписания договора и оплаты первого этапа.',
    subscription:
      'Выполняет личный план продаж: проводит потенциальных клиентов через демонстрацию и пробный период к оплаченной подписке.',
    production:
      'Выполняет личный план продаж: получает заказы на изготовление, согласует с клиентом цену и сроки и доводит заказ до оплаты.',
  },
  'key-account-manager': {
    services: 'Удерживает закреплённых клиентов и наращивает объём услуг, которые они заказывают, следя за уровнем сервиса.',
    projects: 'Ведёт закреплённых заказчиков после сдачи проекта: сервис, модернизация и следующие очереди проектов.',
    subscription: 'Продлевает и расширяет подписку закреплённых клиентов и не допускает их оттока.',
    production: 'Ведёт постоянных заказчиков: планирует с ними повторные заказы и предлагает новые изделия.',
  },
};

/** The role's mission for a company that sells this. */
export function roleMission(id: string, offering: Offering): string {
  // A firm's own role (src/core/firm/catalogs.ts) has its catalog mission only.
  if (!isBuiltInRole(id)) return firmCatalogs().roles[id]?.mission ?? '';
  return MISSIONS[id]?.[offering] ?? roleById(id).mission;
}
